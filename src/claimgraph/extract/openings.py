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
The clause ends at a semicolon: "; Paraguay retook it the following month" is another act. Only an event of armed
conflict is so opened (`OPENED`): "Talks began in May, when the army shelled Aleppo" dates the talks by the shelling,
whose sides are no one's at the table.
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

NAME = "openings.v2"  # v2: "E began (date), when X did A": A's actors, targets and places are E's
OPENING = ("startDate", "initiatedBy")  # what the act that opened a war says of the war
ROLES = frozenset({"hasActor", "initiatedBy", "target", "hasPlace"})  # what the opening act gives the event it opened
OPENED = frozenset({*FAMILIES["conflict"], *FAMILIES["siege"]})  # the events a "when" clause tells the opening of


def extract(claims: Iterable[Claim], res: Resolution) -> Iterator[Claim]:
    """The opened wars' start and initiator, from the acts that opened them (`Resolution.opened`)."""
    for claim in claims:
        if claim.predicate in OPENING and claim.subject in res.opened:
            yield replace(claim, subject=res.opened[claim.subject], method=NAME, derived=True)


def told_opened(claims: list[Claim], text: str, sentences: list[Sentence], res: Resolution) -> Iterator[Claim]:
    """The roles an event takes from the act of the "when" clause that tells how it began (module docstring)."""
    for sentence in sentences:
        for event, acts in _opened_by(text, sentence, res):
            yield from (replace(c, subject=event, method=NAME, derived=True) for c in claims
                        if c.subject in acts and c.predicate in ROLES and c.obj != event
                        and sentence.start <= c.start and c.end <= sentence.end)


def _opened_by(text: str, sentence: Sentence, res: Resolution) -> Iterator[tuple[str, set[str]]]:
    """(event, the acts of the "when" clause that opened it) for each `CUES.OPENED_WHEN` after an event's word."""
    events = [m for m in sentence.mentions if m in res.of and "Event" in tops(res.entities[res.of[m]].classes)]
    for mention in events:
        cue = CUES.OPENED_WHEN.match(text, mention.end, sentence.end)
        if cue is None or OPENED.isdisjoint(res.entities[res.of[mention]].classes):
            continue
        stop = CUES.WHEN_CLAUSE_END.search(text, cue.end(), sentence.end)
        end = stop.start() if stop else sentence.end
        acts = {res.of[m] for m in events if cue.end() <= m.start and m.end <= end} - {res.of[mention]}
        if acts:
            yield res.of[mention], acts
