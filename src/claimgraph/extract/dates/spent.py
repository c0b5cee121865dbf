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


def talks_before(text: str, event: Mention) -> bool:
    """Are the event talks the clause's act came right after (`TALKS_BEFORE_ACT`: "On 12 February 2015, after all-night
    talks in Minsk, the leaders endorsed the package", "signed on 28 August 2000, after two years of talks")? Talks
    end in the agreement they reach (the caller asks for one in the clause), however long they ran: the act's day is
    their end. Not a span counted from them (`COUNTED_REFERENCE`: "two days after talks in Geneva"), nor talks a verb
    tells of in their phrase (`TALKS_TOLD_BY_VERB`: "after talks collapsed in March", "after negotiations between the
    lawyers failed")."""
    start = max(0, event.start - SPAN_REACH)
    stop = min((i for i in (text.find(c, event.end) for c in ",;\n") if i >= 0), default=len(text))
    return (event.cls == "Negotiation" and CUES.TALKS_BEFORE_ACT.search(text, start, event.start) is not None
            and CUES.COUNTED_REFERENCE.search(text, start, event.start) is None
            and CUES.TALKS_TOLD_BY_VERB.search(text, event.end, min(stop, event.end + SPAN_REACH)) is None)


def end_of_span(text: str, event: Mention, dates: list[Mention], owners: dict[Mention, Mention]) -> Mention | None:
    """The clause's one date that no happening's own phrase holds (`attach.phrase_owners`): the act's, which the
    span ran up to; None when the clause gives none or several, or its one date stands after the event past a clause
    of another time (`SPAN_DATE_PARTED`: "talks in Moscow, to which Svoboda had flown on 23 August"), or one of an
    act still to come (`AHEAD`: "will sign the accord on 5 May after four days of talks" ends no talks yet). Talks of
    no short span (`talks_before`) end at the last date told before them in the clause, whoever's phrase holds it
    ("The accord was signed in Arusha on 28 August 2000, after two years of talks"), and at none told after them
    ("After talks, the court adjourned until 5 May")."""
    short = spent_before(text, event)
    free = {d.value: d for d in dates if d not in owners}
    date = next(iter(free.values())) if len(free) == 1 else None
    if not short and talks_before(text, event):  # "signed on 28 August 2000, after two years of talks": the act's
        date = max((d for d in dates if d.end <= event.start), key=lambda d: d.end, default=None)  # told before them
    if date and event.end <= date.start and CUES.SPAN_DATE_PARTED.search(text, event.end, date.start):
        return None
    if date and CUES.AHEAD.search(text, max(0, date.start - SPAN_REACH), date.start):
        return None
    return date


def talks_reached(text: str, event: Mention, agreements: list[Mention]) -> Mention | None:
    """The agreement the talks are told to have produced in their clause (`TALKS_PRODUCED`: "Talks mediated by
    President Chiluba produced the Lusaka Ceasefire Agreement, signed on 10 July 1999", "Negotiations in Paris led to
    the accords of 27 January 1973"): its day is the talks' end. None for other happenings, or where the talks are not
    the verb's subject (`TALKS_PRODUCED` spans their phrase only, no clause break)."""
    if event.cls != "Negotiation":
        return None
    for agreement in agreements:
        if event.end <= agreement.start and CUES.TALKS_PRODUCED.fullmatch(text, event.end, agreement.start):
            return agreement
    return None
