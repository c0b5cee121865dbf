"""Whose "now" a date is read against, where the source's date is not the whole answer (used by `anchor`).

- A quotation speaks from its speaker's time: "Today we say: enough is enough," read in a retrospective of
  2013 that quotes a declaration of 1994, is no day of 2013 the story moved to; a date counted from the source's
  date inside quotation marks moves no story time (`quoted`).
- A year-less day a few days after a dated source's day is that coming day, not the same day of the year before:
  "will hold a combined exercise from November 28", in a briefing of 24 November, is four days on; a day eleven
  months back would have been told with its year (`soon_after`).
"""

from __future__ import annotations

import datetime

from ...model import Mention

SOON_DAYS = 21  # days: how far after a dated source's day a year-less day is read as coming
FROM_SOURCE = ("today", "day-before", "weekday", "weekday-last", "ago", "year", "month", "last")  # counted from the source
OPENING_QUOTES = "“"
CLOSING_QUOTES = "”"


def from_source(reference: str) -> bool:
    """Is the relative reference ("today", "weekday:0", "ago:4") counted from the source's own date?"""
    return reference.split(":")[0] in FROM_SOURCE


def quoted(text: str, mention: Mention) -> bool:
    """Does the mention stand inside quotation marks of its paragraph: after an odd number of straight double quotes,
    or after an opening curly quote that no closing one follows before it?"""
    start = text.rfind("\n\n", 0, mention.start) + 1
    before = text[start:mention.start]
    curly = before.rfind(OPENING_QUOTES) > before.rfind(CLOSING_QUOTES)
    return curly or before.count('"') % 2 == 1


def soon_after(month_day: str, source_date: str | None) -> str | None:
    """The year-less day ("11-28") in the coming `SOON_DAYS` after a source dated to the day, else None."""
    if not source_date or len(source_date) != 10 or len(month_day) != 5:
        return None
    day = datetime.date.fromisoformat(source_date)
    for year in (day.year, day.year + 1):
        try:
            coming = datetime.date(year, int(month_day[:2]), int(month_day[3:]))
        except ValueError:
            continue
        if 0 < (coming - day).days <= SOON_DAYS:
            return coming.isoformat()
    return None
