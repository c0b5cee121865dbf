"""Counts: the quantities a sentence gives (`recognise.quantities`), as claims on the event they count.

Within one sentence, a count or share ("3,830 people lost their lives") is a quantity
of the event named nearest to it (terms.QUANTITY_RELATIONS, xsd:integer / xsd:decimal);
a count is of no event of a later clause with a subject of its own, unless its own clause names none and the
later one names the happening again by a definite noun ("At least 40 people died in Kano, and the bombing was later
claimed by Boko Haram"); a count whose sentence names events only in an aside after it (", including 323 who died
when the cruiser was sunk") is the conflict's spoken of last (derived), and so is a count told
alone in a sentence that names no event ("At least 200 people were killed"), unless a paragraph
break stands between them: a later paragraph's count told alone is of the act its section's
heading names, else it sums up the war the source tells of (`whole`, `section`). One whose
cause that sentence names ("The 2004 tsunami killed some 167,000 people in Aceh") is no one's.
A count over "the fighting" is a whole conflict's, never one attack's the noun was read as.
Votes for and against are of the referendum named nearest or spoken of last.

Evidence: the sentence. The clause stage (`claims`) calls `claims` once per sentence with the
conflict (`whole`) and the ballot the source spoke of last.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..lang import cues
from ..model import Claim, Literal, Mention
from ..rdf.terms import VOTE_RELATIONS, XSD, tops
from ..recognise import Sentence
from .dates import is_reference
from .antecedents import PARAGRAPH_BREAK
from .resolution import Resolution

CUES = cues("clauses")  # CONSEQUENT, SUBORDINATE, CAUSED_COUNT: the words around a count
DATES = cues("dates")  # ASIDE: ", including ..." tells a part of what comes before it
COREFERENCE = cues("coreference")  # MASS_CONFLICT: "the fighting", a course of many acts
VERBS = cues("triggers").VERBS  # an event word that is a verb form ("shelled") is no noun naming a happening again
ONE_ACT = {"Attack"}  # an event of one act: no mass noun of conflict ("the fighting") counts its dead
BALLOTS = {"Referendum", "Election"}  # the events votes are counted in
HARM_RELATIONS = frozenset({"deaths", "displaced", "abducted", "missing"})  # counts of people harmed
# Events that harm no one: a count of the dead is never theirs ("Mubarak, who had met Arafat in Cairo, accused Israel
# of killing more than 150 Palestinians": the killing's dead, not the meeting's).
PEACEFUL = frozenset({"Meeting", "Negotiation", "Signing"})
# A heading: a line of its own after a blank line (or opening the text) and before one, with no mark that ends a
# sentence ("Casualties", "The massacre", "Invasion and the battle of Grozny").
HEADING = re.compile(r"(?:\A|(?<=\n\n))(?P<line>[^\n.!?;]{1,80}?)[^\S\n]*(?=\n[^\S\n]*\n)")
HEADING_AFTER = 8  # characters past a sentence where the blank line after its heading may end
# What a count told alone is of: the armed conflict (or capture) the source spoke of last (`claims` keeps it).
FRAMES = frozenset({"War", "Offensive", "Attack", "Clash", "Battle", "Operation", "Capture"})
SECTION_FRAMES = FRAMES | {"Killing"}  # what a section's heading may name as its topic ("The massacre")


def _one_act_for_a_course(event: Mention, res: Resolution) -> bool:
    """Is a mass noun of conflict ("since the fighting began") read as one act ("government aircraft
    bombed a market")? "The fighting" tells a course of many acts: its count is not the attack's."""
    return event.text.lower() in COREFERENCE.MASS_CONFLICT and res.entities[res.of[event]].classes[0] in ONE_ACT


def _in_aside(text: str, quantity: Mention, event: Mention) -> bool:
    """Whether `event` is told inside an aside that opens after `quantity` and is not closed before
    the event: ", including 323 who died when the cruiser was sunk" holds the sinking, while
    "were killed, including three children, in the shelling of Ganja" closes before the shelling."""
    if event.start < quantity.end:
        return False
    aside = DATES.ASIDE.search(text, quantity.end, event.start)
    return aside is not None and "," not in text[aside.end():event.start]


def _in_later_clause(text: str, sentence: Sentence, quantity: Mention, event: Mention) -> bool:
    """Is `event` told in a clause after the count's, with a subject and a verb of its own (`NEXT_CLAUSE` and the
    coordinated clauses)? "a mortar shell fired from Gaza killed two men ..., and an Israeli air strike destroyed a
    building": the strike of the later clause is another act, not what killed them."""
    return event.start >= quantity.end and any(
        opening.start() < event.start for cue in (CUES.NEXT_CLAUSE, CUES.COORDINATED, CUES.COORDINATED_NAMES,
                                                  CUES.COORDINATED_AFTER_TIME)
        for opening in cue.finditer(text, quantity.end, sentence.end))


def _own_events(text: str, sentence: Sentence, quantity: Mention, named: list[Mention], events: list[Mention],
                votes: bool) -> list[Mention]:
    """The events a count may be of: those of its own clause and the clauses before (`_in_later_clause`); when these
    tell no event, also a definite noun of a later clause that names the happening again ("At least 40 people died
    in Kano, and the bombing was later claimed by Boko Haram": the bombing's dead). A verb or an indefinite noun
    there tells another act ("..., and an Israeli air strike destroyed a building")."""
    own = [m for m in named if not _in_later_clause(text, sentence, quantity, m)]
    if votes or set(own) & set(events):
        return own
    return own + [m for m in named if m not in own and _definite_noun(text, sentence, m)]


def _definite_noun(text: str, sentence: Sentence, event: Mention) -> bool:
    """Is the event word a noun after a definite determiner, at most two words before it ("the bombing", "the
    suicide bombing"), not a verb ("the militia later shelled")?"""
    if event.text.lower() in VERBS:
        return False
    words = text[max(sentence.start, event.start - 40):event.start].lower().split()[-3:]
    return next((word for word in reversed(words) if word in COREFERENCE.DETERMINERS), None) in COREFERENCE.DEFINITE


def _participle_head(text: str, sentence: Sentence, quantity: Mention, events: list[Mention]) -> Mention | None:
    """The event a participle of consequence before the count hangs on: the last one named before its comma
    outside a subordinate clause ("Rebels attacked the town after the army withdrew, leaving 50 dead": the
    attack's dead, not the withdrawal's). None where no such participle or event stands."""
    cue = CUES.CONSEQUENT.search(text, sentence.start, quantity.start)
    heads = [m for m in events if cue and m.end <= cue.start() and not _subordinate(text, sentence, m)]
    return heads[-1] if heads else None


def _subordinate(text: str, sentence: Sentence, mention: Mention) -> bool:
    """Does the mention stand in a subordinate clause that is an adjunct of its clause: after its cue ("after
    the army withdrew"), before a comma? Not one set off by a comma before it, which tells the happening
    itself ("The war began on October 7, when Hamas-led fighters attacked southern Israel, killing ...")."""
    return any(cue.start() < mention.start and "," not in text[cue.start():mention.start]
               and not text[sentence.start:cue.start()].rstrip().endswith(",")
               for cue in CUES.SUBORDINATE.finditer(text, sentence.start, sentence.end))


def _cause(text: str, quantity: Mention, events: list[Mention]) -> Mention | None:
    """The event named last before a count just after an active verb of harm (`_caused`): the verb's subject, not an
    event word after the count ("The war ... is estimated to have killed about 50,000 people and displaced more than
    two million": the war's dead, not the displacement's). None where no event stands before it."""
    before = [m for m in events if m.end <= quantity.start] if _caused(text, quantity) else []
    return before[-1] if before else None


def _caused(text: str, quantity: Mention) -> bool:
    """Does an active verb of harm stand just before the count ("The 2004 tsunami killed some 167,000 people")?
    Its subject is the count's cause, named before it."""
    return bool(CUES.CAUSED_COUNT.search(text, max(0, quantity.start - CUES.CAUSE_REACH), quantity.start))


def whole(text: str, sentence: Sentence, frame: str | None, frame_at: int, war: str | None,
          section: str | None) -> str | None:
    """The conflict a count told alone in the sentence is of: the one the source spoke of last (`frame`, told in the
    sentence that begins at `frame_at`), if told in the sentence's own paragraph; across a paragraph break, the act
    the heading of its section names (`section`: "The massacre"), else the war the source tells of (`war`), the
    whole a later paragraph sums up ("The Ministry of Defence said that 255 British servicemen had died in the
    campaign" after a paragraph on one air raid; a section headed "Casualties"), else that conflict still."""
    if PARAGRAPH_BREAK.search(text, frame_at, sentence.start):
        return section or war or frame
    return frame


def section(text: str, sentence: Sentence, res: Resolution, told: str | None) -> str | None:
    """The act the last heading the sentence holds names (`SECTION_FRAMES`: the topic of the section it opens), None
    for a heading that names none ("Casualties"); `told` (the section's act so far) where the sentence holds none."""
    for heading in HEADING.finditer(text, sentence.start, sentence.end + HEADING_AFTER):
        named = [res.of[m] for m in sentence.mentions if m in res.of and heading.start("line") <= m.start
                 and m.end <= heading.end("line") and SECTION_FRAMES & set(res.entities[res.of[m]].classes)]
        told = named[-1] if named else None
    return told


def claims(source_id: str, text: str, sentence: Sentence, res: Resolution,
                     frame: str | None, ballot: str | None) -> Iterator[Claim]:
    """Each count of the sentence on the event named nearest it, not in an aside after it ("about 650
    dead, including 323 who died when the cruiser was sunk": the part's event is not the whole's, and
    the whole is the armed conflict the source spoke of last, derived), nor one named only as a point in
    time; after a participle of consequence, on the event of the clause it hangs on (`_participle_head`); after an
    active verb of harm, on the event named before it, its subject (`_cause`).
    With no event named, a count told alone ("At least 200 people were killed") is that conflict's too,
    derived; one whose cause the sentence names before it is no one's ("The 2004 tsunami killed some
    167,000 people": a disaster's dead, not the war's told before), and so is one whose sentence names
    events only as points in time ("600 people had been killed since the fighting began", "held by Russian
    forces since the first days of the invasion, was destroyed, ... killing at least 50 people").
    Votes are counted in a ballot: the referendum named nearest, else the one spoken of last (a
    results table under the referendum's title)."""
    named = [m for m in sentence.mentions if m in res.of and "Event" in tops(res.entities[res.of[m]].classes)]
    events = [m for m in named if not is_reference(text, sentence, m)]  # "since the invasion" counts no dead
    ballots = [m for m in events if BALLOTS & set(res.entities[res.of[m]].classes)]
    for quantity in (m for m in sentence.mentions if m.kind == "quantity"):
        votes = quantity.cls in VOTE_RELATIONS
        own = _own_events(text, sentence, quantity, named, events, votes)
        near = [m for m in (ballots if votes else events) if m in own and not _in_aside(text, quantity, m)
                and not (quantity.cls in HARM_RELATIONS and PEACEFUL & set(res.entities[res.of[m]].classes))]
        if near:
            nearest = _participle_head(text, sentence, quantity, near) or _cause(text, quantity, near) or min(
                near, key=lambda m: (abs(m.start - quantity.start), m.start))
            if _one_act_for_a_course(nearest, res):
                continue
            subject = res.of[nearest]
        elif votes and ballot:
            subject = ballot
        elif not votes and frame and (set(events) & set(own) or not own and not _caused(text, quantity)):
            subject = frame  # a count told alone, or parts told in an aside: the whole is the conflict's
        else:
            continue
        datatype = XSD + ("decimal" if "." in quantity.value else "integer")
        yield Claim(source_id, subject, quantity.cls, Literal(quantity.value, datatype=datatype),
                    sentence.start, sentence.end, text[sentence.start:sentence.end], quantity.method,
                    derived=not near)
