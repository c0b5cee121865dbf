"""Spans of days told around a day: the month that holds them, while they stay in it.

"On 13 November 1977 Siad Barre renounced the treaty. Within days Moscow began an airlift": the airlift began some
days after 13 November, a day the text does not give; the month is all it tells. So does "last week" in a report of
23 August (the week of 15 August). A span that may run past the month's end ("on 28 March ... within a week", "last
week" in a report of 3 May) tells no month either.
"""

from __future__ import annotations

import datetime


def within_days(day: str, days: int) -> str | None:
    """The month (YYYY-MM) of `day` (YYYY-MM-DD) when `days` after it is still in it, else None."""
    start = datetime.date.fromisoformat(day)
    return _month_of(start, start + datetime.timedelta(days=days))


def week_month(source_date: str, weeks: str) -> str | None:
    """The month of the week `weeks` from the source's (-1: the week before; 0: its own, up to its date), when the
    source is dated to the day and that week lies within one month, else None."""
    if len(source_date) != 10:
        return None
    day = datetime.date.fromisoformat(source_date)
    monday = day - datetime.timedelta(days=day.weekday()) + datetime.timedelta(weeks=int(weeks))
    return _month_of(monday, min(day, monday + datetime.timedelta(days=6)))


def _month_of(start: datetime.date, end: datetime.date) -> str | None:
    return start.isoformat()[:7] if start.isoformat()[:7] == end.isoformat()[:7] else None
