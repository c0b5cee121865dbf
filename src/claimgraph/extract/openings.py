"""Openings: the act that opened a war gives the war its start and its initiator.

The resolver keeps such an act an act of the war (`Resolution.part_of`) and notes, when its words say it
opened the war ("In the Yom Kippur War, Egypt launched a surprise attack on 6 October 1973"), which war it
opened (`Resolution.opened`). The act's day and doer, read by the stages before, are then the war's: each
`startDate` and `initiatedBy` of the act is claimed of the war too, derived, with the act's own evidence.

An event may be told as opened by the act of a "when" clause after its verb of beginning ("The war began last
October, when Ugandan troops crossed into northwestern Tanzania and overran the Kagera salient"; "Fighting broke out
in June 1932, when a Bolivian detachment seized a Paraguayan post on Lake Pitiantuta"): that act is how the event
began, a part of it, so who did it, whom it struck and where it was are the event's too (`told_opened`: each
hasActor, initiatedBy, target and hasPlace the act's clause gave it in that sentence, claimed of the event, derived).
The clause ends at a semicolon, at ", and" or at "while": "; Paraguay retook it the following month", ", and the
United Nations later deployed a brigade" are other acts. Only the clause's first act opened the event, and only an act
of force does (`OPENING_ACTS`: "when the Security Council was meeting in New York" dates the war, no one fought it in
New York); the event takes only the names the clause itself tells. Only an event of armed conflict is so opened
(`OPENED`): "Talks began in May, when the army shelled Aleppo" dates the talks by the shelling, whose sides are no
one's at the table. A war takes no town of its opening act as its place ("The war began in 2014, when the Houthis
seized the capital, Sanaa": a war is told by the lands it was fought over, "the Kagera salient"); a clash, a battle or
a siege, told where it was, takes it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

from ..lang import cues
from ..model import Claim
from ..rdf.terms import tops
from ..recognise import Sentence
from .families import FAMILIES
from .resolution import Resolution

CUES = cues("openings")  # the cue words and patterns, of every language (claimgraph.lang)

NAME = "openings.v3"  # v3: only the when clause's first act of force, its own names; no town for a war
OPENING = ("startDate", "initiatedBy")  # what the act that opened a war says of the war
ROLES = frozenset({"hasActor", "initiatedBy", "target", "hasPlace"})  # what the opening act gives the event it opened
OPENED = frozenset({*FAMILIES["conflict"], *FAMILIES["siege"]})  # the events a "when" clause tells the opening of
OPENING_ACTS = OPENED | {"Capture", "Deployment"}  # the acts of force that open one ("seized a post", "crossed into")
TOWN_OF_OPENING = "Settlement"  # the place an opening act gives an event other than a war (module docstring)


def extract(claims: Iterable[Claim], res: Resolution) -> Iterator[Claim]:
    """The opened wars' start and initiator, from the acts that opened them (`Resolution.opened`)."""
    for claim in claims:
        if claim.predicate in OPENING and claim.subject in res.opened:
            yield replace(claim, subject=res.opened[claim.subject], method=NAME, derived=True)


def told_opened(claims: list[Claim], text: str, sentences: list[Sentence], res: Resolution) -> Iterator[Claim]:
    """The roles an event takes from the act of the "when" clause that tells how it began (module docstring)."""
    for sentence in sentences:
        for event, act, named in _opened_by(text, sentence, res):
            yield from (replace(c, subject=event, method=NAME, derived=True) for c in claims
                        if c.subject == act and c.predicate in ROLES and c.obj in named
                        and sentence.start <= c.start and c.end <= sentence.end
                        and not (c.predicate == "hasPlace" and _town_of_a_war(res, event, c.obj)))


def _opened_by(text: str, sentence: Sentence, res: Resolution) -> Iterator[tuple[str, str, set[str]]]:
    """(event, the first act of the "when" clause that opened it, the names of that clause) for each
    `CUES.OPENED_WHEN` after an event's word whose clause's first act is an act of force."""
    events = [m for m in sentence.mentions if m in res.of and "Event" in tops(res.entities[res.of[m]].classes)]
    for mention in events:
        cue = CUES.OPENED_WHEN.match(text, mention.end, sentence.end)
        if cue is None or OPENED.isdisjoint(res.entities[res.of[mention]].classes):
            continue
        stop = CUES.WHEN_CLAUSE_END.search(text, cue.end(), sentence.end)
        end = stop.start() if stop else sentence.end
        clause = [m for m in sentence.mentions if m in res.of and cue.end() <= m.start and m.end <= end]
        act = next((res.of[m] for m in clause if m in events and res.of[m] != res.of[mention]), None)
        if act is not None and not OPENING_ACTS.isdisjoint(res.entities[act].classes):
            yield res.of[mention], act, {res.of[m] for m in clause}


def _town_of_a_war(res: Resolution, event: str, place: str) -> bool:
    """Is `place` a town and `event` a war (module docstring: a war takes no town of its opening act)?"""
    return "War" in res.entities[event].classes and TOWN_OF_OPENING in res.entities[place].classes
