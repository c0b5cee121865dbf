"""Antecedents: what a trigger names again, of what this source has told so far.

A definite noun ("the war", "this large-scale assault") names the last entity of a compatible class this
source told; a bare noun of armed conflict the frame, the conflict the story is about now; an agreement word
the agreement of its kind named last; a trigger dated in its sentence the one known event whose span holds
that date. Each only where the dates agree (`same_time`). Apart from the resolver because these are the
back-reference rules (2 and 4), read against the source's history, not the trigger's sentence alone.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import TYPE_CHECKING

from ..lang import cues
from ..model import Entity, Mention
from ..recognise import Sentence
from . import naming
from .families import SPANNING, family
from .heads import by_word, head_word
from .dates import overlaps, period
from .resolution import compatible
from .wars import ONE_SIDED, act_of_war, another_war, story_war
from .wording import definite, gerund, indefinite, marked_new, plural, possessive, present_verb

if TYPE_CHECKING:  # the functions read the resolver's state: the type only, the resolver calls them
    from .resolve import Resolver

CUES = cues("coreference")  # the cue words and patterns, of every language (claimgraph.lang)
VERBS = cues("triggers").VERBS  # a trigger that is a verb form ("attacked") tells a new happening

ONE_ACT = {"Attack"}  # classes of a frame that is a single act: a plural ("attacks") never names it again
PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n")  # a blank line: the paragraph (or section) ends


def anchored(r: Resolver, cls: str, when: tuple[str, str] | None) -> Entity | None:
    """The one known entity of a compatible class whose span overlaps `when`."""
    if not when:
        return None
    found = [e for e in dated_here(r) if compatible(cls, e.classes)
             and when[0] <= e.span[1] and e.span[0] <= when[1]]
    return found[0] if len(found) == 1 else None


def dated_here(r: Resolver) -> list[Entity]:
    """The known events and agreements with a span that this source has named so far."""
    return [e for e in r.dated if e.id in r.result.entities]


def same_agreement(r: Resolver, mention: Mention, date: str | None) -> Entity | None:
    """The agreement of the same kind this source named last, for another way of naming it
    ("the trilateral agreement between Russia, Azerbaijan and Armenia" ... "the tripartite
    agreement of November 10, 2020"), unless the dates differ or the text marks it as another."""
    if (family(mention.cls) != "agreement" or mention.cls == "Resolution" or marked_new(r.text, mention)
            or indefinite(r.text, mention)):
        return None  # an indefinite noun phrase introduces a new one
    for eid in reversed(r.recent):
        entity = r.result.entities[eid]
        if eid in r.plural and family(entity.classes[0]) == "agreement":
            return None  # "all ceasefires collapsed": several, none of which this one is
        if mention.cls in entity.classes:  # a treaty named after a ceasefire is another agreement
            return entity if same_time(r, eid, date) else None
    return None


def same_time(r: Resolver, eid: str, date: str | None, own: bool = False) -> bool:
    """Can a mention dated `date` name entity `eid`? Not when this source (or the gazetteer)
    dates it otherwise: "the agreement of November 10, 2020" is not the ceasefire of 1994.
    A date of the mention's `own` phrase says which one it is: a happening this source dated
    only more coarsely, or minted undated, is not known to be it ("initialled 24 years ago"
    [1995] ... "the signing of this Agreement on December 14, 1995" are two acts; so are "a
    meeting of the Security Council" and "the August 12 meeting"). Armed conflict and
    agreements, told over many sentences, are exempt from the undated case. An entity its sentence names later
    (in `group`, not yet linked) is not known to be dated otherwise."""
    entity = r.result.entities.get(eid)
    if entity is None:
        return True
    known = r.dates.get(eid) or (entity.span[0] if entity.span else None)
    if own and date and not known and r.minted_here(eid) and family(entity.classes[0]) not in SPANNING:
        return False
    if not (date and known):
        return True
    if own and not entity.span:
        return period(date)[0] <= period(known)[0] and period(known)[1] <= period(date)[1]
    return overlaps(date, period(known)) or bool(entity.span and overlaps(date, entity.span))


def context(r: Resolver, sentence: Sentence) -> tuple[str, str] | None:
    """When an undated sentence is set: the span of a known event it names ("during the
    dissolution of the Soviet Union")."""
    spans = [naming.named(r, m).span for m in sentence.mentions if m.kind == "entity" and naming.named(r, m).span]
    return spans[0] if spans else None


def back_reference(r: Resolver, mention: Mention, date: str | None, own: bool = False,
                    setting: tuple[str, str] | None = None) -> Entity | None:
    """The entity a trigger names again: a definite one the last compatible entity (an act of a war
    or a happening a comparison counted from only for a word of its own class); a bare noun of
    armed conflict the frame (a bare word of war the story's war, `war_now`, whose year holds a day of it), unless
    dated otherwise or set at another time (`setting`, the span
    of a known event its sentence names: "during the dissolution of the Soviet Union ... resorted
    to armed conflict" is not the 2020 war the story is about)."""
    if another_war(r.text, mention):
        return None
    if definite(r.text, mention) and mention.text.lower() not in CUES.MASS_CONFLICT:
        found = [entity for eid in reversed(r.recent) if (entity := r.result.entities[eid])
                 and compatible(mention.cls, entity.classes) and same_time(r, eid, date, own)
                 and (eid not in r.result.part_of or mention.cls in entity.classes)
                 and (eid not in r.result.compared or mention.cls in entity.classes)
                 and not one_of_many(r, mention, eid)
                 and not owned_anew(r, mention, date, eid)
                 and not act_of_war(r.text, mention, entity.classes)]
        if CUES.FOLLOWED_AFTER.match(r.text, mention.end):
            return None  # "the ceasefire that followed", "The offensive that follows": the one after what was told
        if family(mention.cls) == "agreement":  # "the agreement": an agreement before a ceasefire told since
            dated = (own or bool(CUES.YEAR_NAMED_BEFORE.search(r.text, max(0, mention.start - 30), mention.start))
                     or bool(date and mention.cls in CUES.CONCLUDED_OWN_KINDS
                             and CUES.CONCLUDED_AFTER.match(r.text, mention.end)))
            own = [e for e in found if mention.cls in e.classes]
            # "its ceasefire": a ceasefire; "the 1960 treaty", "the truce agreed ... on 14 October 1946": one of its
            # own kind and time, not the agreement of another kind told before (a truce's: a statement "signed ... on
            # 10 November" may be the ceasefire told before, set down)
            found = own if own or dated or possessive(r.text, mention) else found
        elif mention.cls == "War":  # "The conflict displaced": the war, not the clashes told last
            wars = [e for e in found if e.classes[0] == "War"]
            found = story_war(wars, r.lead_war, r.told_in, r.index) or found
        else:  # "a foreign invasion ... the fighting ... the invasion": the invasion (`heads`)
            found = by_word(head_word(r.text, mention), found, r.stems)
        return found[0] if found else None
    unlike = ONE_SIDED if mention.text.lower() in CUES.MASS_CONFLICT else ()
    frame = (mention.cls == "War" and war_now(r)) or frame_now(r, unlike)
    if family(mention.cls) != "conflict" or frame is None or marked_new(r.text, mention) or indefinite(
            r.text, mention):
        return None
    if plural(mention.text, mention.lang) and set(frame.classes) <= ONE_ACT:
        return None  # "stepping up attacks on Afghan troops": many acts, not the one attack the story tells
    if mention.text.lower() in CUES.BOMBARDMENT and frame.classes[0] in ONE_SIDED:
        return None  # "Kherson remains under daily Russian shelling": not Ukraine's counteroffensive told before
    known = r.dates.get(frame.id) or (frame.span[0] if frame.span else None)
    if date:  # a war's year holds a day of it ("the war of 1994" ... "4 May - Full-scale war breaks out")
        return frame if known and overlaps(date, period(known) if mention.cls == "War" else (known, known)) else None
    when = frame.span or (period(known) if known else None)
    if setting and when and not (setting[0] <= when[1] and when[0] <= setting[1]):
        return None
    verb = mention.text.lower() in VERBS or present_verb(r.text, mention) or gerund(r.text, mention)
    return None if verb else frame


def war_told(r: Resolver) -> Entity | None:
    """The war this source told last, for a war declared (`dates.declared_war`): a declaration of war on
    a war the text tells is that war, whatever act of it the sentence tells too ("Bolivian troops attacked
    a Paraguayan fort in June 1932, and Paraguay declared war on 10 May 1933")."""
    return next((entity for eid in reversed(r.recent) if "War" in (entity := r.result.entities[eid]).classes
                 and eid not in r.result.part_of and eid not in r.accusations and eid not in r.result.compared),
                None)


def one_of_many(r: Resolver, mention: Mention, eid: str) -> bool:
    """Is the trigger one act ("the attack") and the entity happenings told as many ("attacks on Afghan
    troops"), or the trigger many acts ("The attacks killed 42 people") and the entity one act told in an
    earlier paragraph? The one attack is not the series; a verb or a noun of its own paragraph ("Russian
    missiles struck Kyiv and Lviv. The attacks killed 12", "launched a massive missile attack on Kyiv ... The
    attacks killed 19 people") tells no number, but across a paragraph break "the attacks" are those the new
    paragraph tells of (the pagers that exploded), not acts of an earlier one."""
    if mention.cls not in ONE_ACT:
        return False
    if not plural(mention.text, mention.lang):
        return eid in r.plural
    if not plural(mention.text.lower().split(" of ")[0], mention.lang):  # "use of chemical weapons": one use
        return False
    told = r.told_at.get(eid, mention.start)
    return PARAGRAPH_BREAK.search(r.text, told, mention.start) is not None


def owned_anew(r: Resolver, mention: Mention, date: str | None, eid: str) -> bool:
    """Is the trigger a possessive act word dated in its sentence ("Its largest offensive came in May 2000") and
    the entity an event this source named and dated otherwise ("launched Operation Sunset in February 1999"), or
    a war the act word is not, begun before that date ("The war between Eritrea and Ethiopia began in May 1998")?
    Whose act it is and when say it is a new act, not the operation named last nor the war it is fought in. A
    name told undated may be it; so may the war of an act on its first day ("Upon the attack ... on September 27,
    2020, the Azerbaijani army began its great offensive": the war's opening)."""
    if not (date and possessive(r.text, mention)):
        return False
    named = r.named_dates.get(eid)
    entity = r.result.entities[eid]
    began = r.dates.get(eid) or named or (entity.span[0] if entity.span else None)
    war = entity.classes[0] == "War" and mention.cls != "War" and bool(began) and period(date)[0] > period(began)[1]
    return war or bool(named and not overlaps(date, period(named)))


def named_last(r: Resolver, fam: str) -> Entity | None:
    """The conflict the story is about now (`frame_now`), or the agreement named last, if named
    (not minted from trigger words)."""
    if fam == "conflict":
        found = frame_now(r)
    else:
        found = next((r.result.entities[e] for e in reversed(r.recent)
                      if family(r.result.entities[e].classes[0]) == fam), None)
    return None if found is None or r.minted_here(found.id) else found


def war_now(r: Resolver) -> Entity | None:
    """The war the story is about, for a bare word of war: "Yemen: the war of 1994" ... "27 April - clash at Amran"
    ... "4 May - Full-scale war breaks out" is the war of the title (where the dates agree), not the clash told last,
    a war of its own. None when no war is told: the frame then (`frame_now`)."""
    wars = [e for eid in reversed(r.recent) if eid not in r.result.part_of and eid not in r.result.compared
            and (e := r.result.entities[eid]).classes[0] == "War"]
    found = story_war(wars, r.lead_war, r.told_in, r.index)
    return found[0] if found else None


def frame_now(r: Resolver, unlike: Collection[str] = ()) -> Entity | None:
    """The armed conflict the story is about now: the last one mentioned that is not an act of a war,
    nor an act someone is accused of ("accused the army of bombing ..., but fighting continued"),
    nor one a comparison counts from ("its largest operation since the invasion of East Timor"), nor of a
    class in `unlike`: the fighting of both sides is no one side's attack ("Azerbaijan had mounted a
    large-scale attack ... but the fighting went on" is the clashes told before the attack), and a war it
    reaches back to is the text's own, as for "the war" (`wars.story_war`: "Fighting in the southern
    mountains went on for years" is the Second Chechen War, not the first one its background told)."""
    frames = [entity for eid in reversed(r.recent) if eid not in r.result.part_of
              and eid not in r.accusations and eid not in r.result.compared
              and (entity := r.result.entities[eid]).classes[0] not in unlike
              and any(family(c) == "conflict" for c in entity.classes)]
    if unlike and frames and frames[0].classes[0] == "War":
        frames = story_war([e for e in frames if e.classes[0] == "War"], r.lead_war, r.told_in, r.index)
    return frames[0] if frames else None
