"""The dateline of one section of a text that gathers several dated pieces (used by `anchor`).

A correspondent's telegrams, a diary's entries, a letter and its postscript each open with their own place and day on
a line of their own ("TUNIS JULY 20 1961 1615 LOCAL", "Camp near Tah, Saturday 8 November 1975", "Monday 3 March
1941"), and their "today", "yesterday" and "tonight" are that day's, not the date the whole text was filed under (the
last telegram's, the collection's). Only a full day makes such a line: a month or a year alone on a line is a heading
(of a period), no day anyone wrote on.
"""

from __future__ import annotations

from ...lang import cues
from ...model import Mention

CUES = cues("dates")  # the cue words and patterns, of every language (claimgraph.lang)


def section_dateline(text: str, date: Mention) -> bool:
    """Is the date (as recognised, before anchoring) a full day alone on its line but for a place before it, a weekday
    and a clock time (`SECTION_DATELINE_BEFORE`, `SECTION_DATELINE_AFTER`)? Then it is the day its section was written:
    what the section counts from the source's date counts from it. A day alone on its line, with none of these, is a
    heading (a timeline's "2 August 1990" over what happened that day, before an "Aftermath" told from today), no one's
    dateline."""
    line_start = text.rfind("\n", 0, date.start) + 1
    if date.kind != "date" or date.cls != "date":
        return False
    before = CUES.SECTION_DATELINE_BEFORE.fullmatch(text, line_start, date.start)
    after = CUES.SECTION_DATELINE_AFTER.match(text, date.end)
    return before is not None and after is not None and bool((before.group() + after.group()).strip(" \t,"))
