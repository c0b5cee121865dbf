"""Where two mentions stand to each other: how far apart, and whether one closes a range the other opens.

Shared by the rules that attach a date to an event (`attach`) and to an agreement (`signing`).
"""

from __future__ import annotations

import re

from ...lang import cues
from ...model import Mention

CUES = cues("dates")  # the cue words and patterns, of every language (claimgraph.lang)

WINDOW = 130  # characters: how far from an event word its date may stand
# An aside set off by spaced dashes or brackets: "the Three Brotherhood Alliance - the Arakan Army, ... - attacked".
DASHED_ASIDE = re.compile(r"\s[-–—]\s[^-–—()]+?\s[-–—]\s|\s\([^()]+\)")


def gap(m: Mention, date: Mention) -> int:
    """Characters between two mentions, whichever comes first (negative when they overlap): which of two is nearer."""
    return max(m.start - date.end, date.start - m.end)


def range_end(text: str, start: Mention, end: Mention) -> bool:
    """Is `end` the second half of a range or pair that `start` opens ("in 1998-2000", "from 1992
    to 1995", "the night of 7/8 August", "on October 5 and 12", "between January 2021 and
    December 2022", "in October and November 2022")? "and" joins two days of one month, two months in a row
    of one year, or follows "between": "struck Kyiv in March and October 2022" tells two strikes, no span; a verb
    that moves a date before the first ("postponed from August 5 to August 25", `MOVED_FROM`) tells two dates."""
    if not (start.end <= end.start and CUES.RANGE_JOIN.fullmatch(text, start.end, end.start)):
        return False
    if CUES.MOVED_FROM.search(text, max(0, start.start - CUES.MOVED_REACH), start.start):
        return False
    if not CUES.PAIR.search(text, start.end, end.start):
        return True
    same_month = len(start.value) == len(end.value) == 10 and start.value[:7] == end.value[:7]
    same_year = (len(start.value) == len(end.value) == 7 and start.value[:4] == end.value[:4]
                 and int(end.value[5:]) - int(start.value[5:]) == 1)
    between = CUES.BETWEEN.search(text, max(0, start.start - CUES.BETWEEN_REACH), start.start)  # "between the start of"
    return same_month or same_year or between is not None


def near(a: Mention, b: Mention, text: str) -> bool:
    """Within `WINDOW` of each other, not counting an aside between them set off by dashes or
    brackets (`DASHED_ASIDE`): a list of the subject's members does not part a fronted date from
    its verb ("On 27 October 2023, the Alliance - the Arakan Army, ... - attacked")."""
    lo, hi = (a.end, b.start) if a.end <= b.start else (b.end, a.start)
    aside = sum(len(m.group()) for m in DASHED_ASIDE.finditer(text, lo, hi))
    return b.start - a.end - aside <= WINDOW and a.start - b.end - aside <= WINDOW
