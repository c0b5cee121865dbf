"""Which war an act belongs to, and whether it opened it; which war "the war" names; a war set apart as
another. The war rules of resolving (`resolve`, rules 2 to 4): plain functions of the text and of what the
resolver has read so far, passed in (`of`: each mention's entity id; `dates`: the first date the source gives
an entity)."""

from __future__ import annotations

from collections.abc import Mapping

from ..lang import cues
from ..model import Entity, Mention
from ..recognise import Sentence
from .dates import period
from .families import family
from .wording import VERBS, determiner, indefinite, words_before

CUES = cues("coreference")
ONE_SIDED = {"Attack", "Offensive"}  # classes of one side's act, not the fighting of both (`resolve`)


def war_around(dated: list[Entity], mention: Mention, date: str | None) -> Entity | None:
    """The one known war, named by this source, that a dated attack (an attack noun or verb)
    is an act of: its date falls within the war's span, after its first day ("Russian aircraft bomb
    Gori" on 9 August 2008, "a missile strike on Ganja" on 11 October 2020). `dated`: the known events and
    agreements with a span that the source has named so far."""
    single_act = mention.cls == "Attack" or mention.text.lower() in VERBS  # a strike, not "the fighting"
    if not date or mention.cls == "War" or family(mention.cls) != "conflict" or not single_act:
        return None
    lo, hi = period(date)
    wars = [e for e in dated if "War" in e.classes and e.span[0] < lo and hi <= e.span[1]]
    return wars[0] if len(wars) == 1 else None


def act_in_war(text: str, mention: Mention, sentence: Sentence, war: Entity, of: Mapping[Mention, str]) -> bool:
    """Is the trigger an indefinite act ("an air campaign", "a ground offensive") after a war its sentence
    names ("Israel declared war the next day and began an air campaign")? It introduces an act of that
    war, not the war again: its dates and places are the act's, and so are they when it opened the war
    (`opens_war`: "In the Korean War, Chinese troops launched an offensive on 25 November 1950" gave the war
    the offensive's day, doer and class). An act told before the war may be how the war is told
    ("launched a massive military offensive ..., marking the beginning of a 44-day war")."""
    if war.classes[0] != "War" or mention.cls == "War" or not indefinite(text, mention):
        return False
    return any(m.end <= mention.start and of.get(m) == war.id for m in sentence.mentions)


def opens_war(text: str, mention: Mention, sentence: Sentence, war: Entity, date: str | None,
              of: Mapping[Mention, str], dates: Mapping[str, str]) -> bool:
    """Did the act open the war (`Resolution.opened`)? When its words say so (`OPENING_ACT`: "a surprise
    attack", "began with"), it is dated, and it is the first act told after an undated war's name that opens
    its sentence as the setting ("In the Yom Kippur War, Egypt launched a surprise attack on 6 October 1973").
    A war told otherwise ("The Gulf War of 1991 was a war ..., and a ground offensive began on 24 February
    1991") or an act after another ("began an air campaign, followed by a ground offensive ... from 27
    October") is only fought on then."""
    names = [m for m in sentence.mentions if m.end <= mention.start and of.get(m) == war.id]
    if not (date and names) or dates.get(war.id) or war.span:
        return False
    name = names[-1]
    setting = name is min(sentence.mentions, key=lambda m: m.start) and text[name.end:name.end + 1] == ","
    between = any(m.kind == "trigger" and name.end <= m.start < mention.start for m in sentence.mentions)
    return setting and not between and CUES.OPENING_ACT.search(text, name.end, mention.start) is not None


def story_war(wars: list[Entity], lead_war: str | None, told_in: Mapping[str, int], index: int) -> list[Entity]:
    """The wars "the war" may name, most likely first: the last war named, unless it was named more
    than a sentence ago and the text's own war (named first in its opening) is among them ("Israel had
    occupied the Golan in the Six-Day War of 1967. ... The war opened the way to the Camp David Accords":
    the Yom Kippur War the text is about, not the war told in its background). `told_in`: the sentence each
    was named in last; `index`: the sentence read now."""
    lead = next((e for e in wars if e.id == lead_war), None)
    if lead is None or not wars or wars[0] is lead or index - told_in.get(wars[0].id, index) <= 1:
        return wars
    return [lead, *(e for e in wars if e is not lead)]


def another_war(text: str, mention: Mention) -> bool:
    """Is the trigger a war set at another time by an adjective just before it, after a determiner ("Eritrea's
    role in the later war in Tigray", "the previous war", "Eritrea's earlier war")? It is not the war the text
    tells of, nor one named before. An adverb before the article is none: "Eight years later the war ended"
    is the text's war."""
    words = words_before(text, mention.start)[-2:]
    return mention.cls == "War" and len(words) == 2 and words[1] in CUES.OTHER_WAR and (
        words[0] in CUES.DETERMINERS or words[0].endswith(("'s", "’s")))


def act_beside_war(cls: str, classes: tuple[str, ...]) -> bool:
    """Are a trigger of class `cls` and an entity of `classes` its sentence named one side's attack and a war? Told
    by nouns, they are two happenings, the act with its own date and doer: "The Soviet invasion of Afghanistan in
    December 1979 began a war that lasted ten years" (`resolve.Resolver._attack_apart`). The entity's first class is
    the one it was named by (a war an attack was folded into stays a war)."""
    return {cls, classes[0]} == {"Attack", "War"}


def act_of_war(text: str, mention: Mention, entity_classes: tuple[str, ...]) -> bool:
    """Would a definite attack noun be read as a war? "started the 2008 war" ... "the initial Georgian
    assault": an attack is one act, not the war it starts or belongs to; only a demonstrative points
    back to the war as a whole ("launched a massive offensive ... a 44-day war ... This large-scale
    assault")."""
    demonstrative = determiner(words_before(text, mention.start)) in CUES.DEMONSTRATIVES
    return mention.cls == "Attack" and "War" in entity_classes and "Attack" not in entity_classes and not demonstrative
