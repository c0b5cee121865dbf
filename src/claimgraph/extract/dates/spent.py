"""A happening a short span was spent on before the act its clause tells: it ended at that act's date.

"On 12 January, after twelve days of fighting, Salinas declared a unilateral ceasefire": the fighting ran up to the
declaration, and the clause's date is its end, not its start; "the two sides signed the accord on 4 May after four
days of talks" ends the talks on 4 May. Only a short span (hours, nights, days, weeks: `SPENT_BEFORE`), which the
clause tells as just over; "after ten years of war, the parties met in Geneva" says nothing of the war's end.
"""

from __future__ import annotations

from ...lang import cues
from ...model import Mention

CUES = cues("dates")  # the cue words and patterns, of every language (claimgraph.lang)
SPAN_REACH = 60  # characters: "after", the span and "of" before the happening ("following more than two weeks of ")


def spent_before(text: str, event: Mention) -> bool:
    """Is the event named as what a short span was spent on, just before the clause's act (`SPENT_BEFORE`)?"""
    return CUES.SPENT_BEFORE.search(text, max(0, event.start - SPAN_REACH), event.start) is not None


def end_of_span(text: str, event: Mention, dates: list[Mention], owners: dict[Mention, Mention]) -> Mention | None:
    """The clause's one date that no happening's own phrase holds (`attach.phrase_owners`): the act's, which the
    span ran up to; None when the clause gives none or several, or its one date stands after the event past a clause
    of another time (`SPAN_DATE_PARTED`: "talks in Moscow, to which Svoboda had flown on 23 August"), or one of an
    act still to come (`AHEAD`: "will sign the accord on 5 May after four days of talks" ends no talks yet)."""
    free = {d.value: d for d in dates if d not in owners}
    date = next(iter(free.values())) if len(free) == 1 else None
    if date and event.end <= date.start and CUES.SPAN_DATE_PARTED.search(text, event.end, date.start):
        return None
    if date and CUES.AHEAD.search(text, max(0, date.start - SPAN_REACH), date.start):
        return None
    return date
