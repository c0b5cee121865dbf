"""Openings: the act that opened a war gives the war its start and its initiator.

The resolver keeps such an act an act of the war (`Resolution.part_of`) and notes, when its words say it
opened the war ("In the Yom Kippur War, Egypt launched a surprise attack on 6 October 1973"), which war it
opened (`Resolution.opened`). The act's day and doer, read by the stages before, are then the war's: each
`startDate` and `initiatedBy` of the act is claimed of the war too, derived, with the act's own evidence.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

from ..model import Claim
from .resolution import Resolution

NAME = "openings.v1"
OPENING = ("startDate", "initiatedBy")  # what the act that opened a war says of the war


def extract(claims: Iterable[Claim], res: Resolution) -> Iterator[Claim]:
    """The opened wars' start and initiator, from the acts that opened them (`Resolution.opened`)."""
    for claim in claims:
        if claim.predicate in OPENING and claim.subject in res.opened:
            yield replace(claim, subject=res.opened[claim.subject], method=NAME, derived=True)
