"""The dateline of one section of a text that gathers several dated pieces (used by `anchor`).

A correspondent's telegrams, a diary's entries, a letter and its postscript each open with their own place and day on
a line of their own ("TUNIS JULY 20 1961 1615 LOCAL", "Camp near Tah, Saturday 8 November 1975", "Monday 3 March
1941"), and their "today", "yesterday" and "tonight" are that day's, not the date the whole text was filed under (the
last telegram's, the collection's). Only a full day makes such a line: a month or a year alone on a line is a heading
(of a period), no day anyone wrote on. So does a field that dates a message or an update ("Date: Thu, 01 Feb 1996",
"Sent: Monday, 20 November 2006 9:12 AM", "UPDATE, 31 January 2010:"), a signal's date-time group ("020850Z AUG
64"), and the day and clock time that stamp a chat's or a log's line ("[27/06 14:32] Marko: ...").
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...lang import cues
from ...model import Mention
from ...recognise import Sentence

CUES = cues("dates")  # the cue words and patterns, of every language (claimgraph.lang)

FIELD_REACH = 60  # characters: a form's field name, its colon and a weekday before its day ("Date of expiration: Wed., ")
AT_REACH = 24  # characters: "at about " before a log's clock time
GLOSS_REACH = 16  # characters: a weekday, a comma and "the" before the year-less day it glosses ("Wednesday, the ")


def section_dateline(text: str, date: Mention) -> bool:
    """Is the date (as recognised, before anchoring) a full day alone on its line but for a place before it, a weekday
    and a clock time (`SECTION_DATELINE_BEFORE`, `SECTION_DATELINE_AFTER`)? Then it is the day its section was written:
    what the section counts from the source's date counts from it. A day alone on its line, with none of these, is a
    heading (a timeline's "2 August 1990" over what happened that day, before an "Aftermath" told from today), no one's
    dateline. Nor is a line the sentence runs on past, its next line going on in lower case (a hard-wrapped paragraph's
    "... signed on\nMonday, 17 August 2015, Juba\nofficials said": `SECTION_DATELINE_RUNS_ON`)."""
    line_start = text.rfind("\n", 0, date.start) + 1
    if date.kind != "date" or date.cls != "date":
        return False
    before = CUES.SECTION_DATELINE_BEFORE.fullmatch(text, line_start, date.start)
    after = CUES.SECTION_DATELINE_AFTER.match(text, date.end)
    return (before is not None and after is not None
            and bool((before.group() + after.group()).strip(" \t," + CUES.HEADING_RULE))  # "=== 2 May 1990 ===": none
            and not CUES.SECTION_DATELINE_RUNS_ON.match(text, date.end)  # "on\n17 August 2015, Juba\nofficials said"
            or _field(text, line_start, date) or line_stamp(text, date) or log_day(text, date))


def line_stamp(text: str, date: Mention) -> bool:
    """Is the day the stamp that opens a line of a chat, a log or a feed (`LINE_STAMP`: "[27/06 14:32] Marko: jets hit
    brnik this morning")? The line was written that day: its "this morning" and "tonight" are that day's, and what it
    tells is of that day (`stage`)."""
    return date.start in _stamp_days(text)


@lru_cache(maxsize=4)
def _stamp_days(text: str) -> frozenset[int]:
    """Where the days of the text's line stamps begin (`line_stamp`), found once per text: a test per mention that
    looked back to its line's start cost as much as the line was long, on a text of one line the square of it."""
    return frozenset(m.start("day") for m in CUES.LINE_STAMP.finditer(text))


def date_line(text: str, date: Mention) -> bool:
    """Is the date on a line of its own, a weekday before it or a full stop after it at most (`DATE_LINE_BEFORE`,
    `DATE_LINE_AFTER`: "19 January 1974", "Tuesday, 17 March 2009."), or after a weekday the place the entry was
    written at (`DATE_LINE_PLACE`: "Sat 9 Apr - Nairobi")? It heads the entry of that day, as a diary, a notebook or a
    log gives it (`scene`)."""
    line_start, line_end = _ruled(text, date) or _line(text, date)
    before = CUES.DATE_LINE_BEFORE.fullmatch(text, line_start, date.start)
    return before is not None and (CUES.DATE_LINE_AFTER.fullmatch(text, date.end, line_end) is not None
                                   or bool(before.group().strip()) and CUES.DATE_LINE_PLACE.fullmatch(
                                       text, date.end, line_end) is not None)


def _line(text: str, date: Mention) -> tuple[int, int]:
    """Where the date's line begins and ends."""
    line_end = text.find("\n", date.end)
    return text.rfind("\n", 0, date.start) + 1, len(text) if line_end < 0 else line_end


def _ruled(text: str, date: Mention) -> tuple[int, int] | None:
    """Where the words of the date's line begin and end between a heading's rules, one on each side of the day
    (`DAY_RULE_OPEN`, `DAY_RULE_CLOSE`: "--- SUN 18 MAY 1980 ---", "---- 01 FEB 2008 ----"), or None."""
    line_start, line_end = _line(text, date)
    opened = CUES.DAY_RULE_OPEN.match(text, line_start, date.start)
    closed = opened and CUES.DAY_RULE_CLOSE.fullmatch(text, date.end, line_end)
    return (opened.end(), closed.end(1)) if closed else None


def log_day(text: str, date: Mention) -> bool:
    """Is the date a day line between a heading's rules over a log's entries, the line under it opening with a clock
    time (`_ruled`, `STAMP_OPEN`: "--- MON 19 MAY ---" over "0330 [HT] CROWDS GROW", "---- 02 FEB 2008 ----" over
    "0540  Gunfire to the east"), or one further down a log that opened so (`_log_above`: "--- 6 JUN 1967 ---" over
    the day's prose, under "--- 5 JUN 1967 ---" over "0745 Air strikes")? The log was kept that day: its "yesterday"
    and "today" count from it, not from the day above it. A ruled day over prose with no log above it ("=== 2 August
    1990 ===" over a timeline's paragraph) is a heading, no day anyone wrote on."""
    line_end = text.find("\n", date.end)
    return (line_end >= 0 and _ruled(text, date) is not None and date_line(text, date)
            and (CUES.STAMP_OPEN.match(text, line_end + 1) is not None
                 or _log_above(text, text.rfind("\n", 0, date.start) + 1)))


def _log_above(text: str, before: int) -> bool:
    """Does a day line between a heading's rules (a number and a month's name between them: not "--- PAGE 2 ---")
    over a line opening with a clock time stand above the line at `before`: is the text a log kept by the day
    (`log_day`)?"""
    start = 0
    while (end := text.find("\n", start, before)) >= 0:
        opened = CUES.DAY_RULE_OPEN.match(text, start, end)
        closed = opened and CUES.DAY_RULE_CLOSE.fullmatch(text, opened.end(), end)
        if closed and CUES.STAMP_OPEN.match(text, end + 1) and _names_a_day(closed.group(1)):
            return True
        start = end + 1
    return False


def _names_a_day(words: str) -> bool:
    """Do the words hold a number and a month's name ("SUN 18 MAY 1980", "01 Feb 2008")?"""
    return any(c.isdigit() for c in words) and any(w.lower() in CUES.MONTHS for w in re.findall(r"[^\W\d_]+", words))


def log_clock(text: str, date: Mention) -> bool:
    """Is the date a year as recognised that is a clock time of a log or of a timeline of one day: one opening a line
    ("2000 - Looting of government offices" below "0610 - The column left" and "1300 - Small-arms fire"), or one after
    "at" in such a log ("The statue fell at about 1850")? What it tells is of the day the log is at, no year's
    (`anchor`)."""
    if date.kind != "date" or date.cls != "gYear" or len(date.text) != 4 or not date.text.isdigit():
        return False
    clocks = _log_clocks(text)
    return date.start in clocks or bool(clocks) and int(date.text[2:]) < 60 and CUES.AT_CLOCK_BEFORE.search(
        text, max(0, date.start - AT_REACH), date.start) is not None


@lru_cache(maxsize=4)
def _log_clocks(text: str) -> frozenset[int]:
    """Where the clock times opening the text's lines begin (`LINE_NUMBER`: "0630 Troops crossed the bridge", "1415:
    shelling resumes"), found once per text: where two lines at least open with four digits, every one of them a
    24-hour time and one at least a time before ten with its zero, which no year is (`CUES.ZERO_CLOCK`: "0630"); none
    where they open a timeline of years ("1914 - War begins", "1588 - The Armada sails", "1453 - The Ottomans take
    Constantinople" above "1854 - The Crimean War begins")."""
    numbers = list(CUES.LINE_NUMBER.finditer(text))
    if len(numbers) < 2 or not all(int(m["hh"]) < 24 and int(m["mm"]) < 60 for m in numbers):
        return frozenset()
    if not any(CUES.ZERO_CLOCK.fullmatch(m["hh"] + m["mm"]) for m in numbers):
        return frozenset()
    return frozenset(m.start("hh") for m in numbers)


def _field(text: str, line_start: int, date: Mention) -> bool:
    """Is the day the value of a field that dates what follows (`DATE_FIELD_BEFORE`: a message's "Date: Thu, 01 Feb
    1996 09:12:44 GMT", "Sent: Monday, 20 November 2006 9:12 AM", an "UPDATE, 31 January 2010:" before the update),
    or a signal's date-time group alone on its line ("020850Z AUG 64", `DATE_TIME_GROUP`)?"""
    line_end = text.find("\n", date.end)
    line_end = len(text) if line_end < 0 else line_end
    return bool(CUES.DATE_FIELD_BEFORE.fullmatch(text, line_start, date.start)
                and CUES.DATE_FIELD_AFTER.match(text, date.end) and not _table_row(text, line_start, line_end)
                or CUES.DATE_TIME_GROUP.fullmatch(text, line_start, line_end))


def _table_row(text: str, line_start: int, line_end: int) -> bool:
    """Is the line a row of a table: cells parted by a bar (`TABLE_BAR`), as the line before or after it is
    ("Operation Serval | 11 January 2013" over "Operation Barkhane | 1 August 2014")? Its day is a cell's, no
    message's or post's own; a header's bar stands alone ("Explainer | 15 December 2023" under a title)."""
    if not CUES.TABLE_BAR.search(text, line_start, line_end):
        return False
    before_start = text.rfind("\n", 0, max(0, line_start - 1)) + 1
    after_end = text.find("\n", line_end + 1)
    return bool(line_start and CUES.TABLE_BAR.search(text, before_start, line_start - 1)
                or line_end < len(text) and CUES.TABLE_BAR.search(text, line_end + 1,
                                                                   len(text) if after_end < 0 else after_end))


def header_field(text: str, date: Mention) -> bool:
    """Is the day the value of a message's or a post's header field ("Date: 14 May 2004", "Sent: ...", "@desk · Apr 1,
    2021 · 8:14 AM", `_field`)? It dates the writing, no happening: "the next day" in the message counts from no day
    of it."""
    return date.kind == "date" and date.cls == "date" and _field(text, text.rfind("\n", 0, date.start) + 1, date)


def form_field(text: str, date: Mention) -> bool:
    """Is the date the value of a form's field that dates a person or a paper (`FORM_FIELD_BEFORE`: "Date of birth:
    5 May 1960", "DOB: 01/01/1964", "Date of issue:")? It dates no happening, and no story moves to it: "on 28
    September" after a listing's "DOB: 1960" is of the listing's time, not of 1960. Looks back FIELD_REACH characters
    at most, and not past its line's start."""
    reach = max(0, date.start - FIELD_REACH)
    return date.kind == "date" and CUES.FORM_FIELD_BEFORE.search(
        text, text.rfind("\n", reach, date.start) + 1 or reach, date.start) is not None


def update_field(text: str, date: Mention) -> bool:
    """Is the day an update's field ("UPDATE, 31 January 2010: CAF yesterday banned Togo")? What follows was written
    after the text was filed, and its day may lie after the date the whole is filed under."""
    line_start = text.rfind("\n", 0, date.start) + 1
    return CUES.UPDATE_FIELD_BEFORE.fullmatch(text, line_start, date.start) is not None


def day_heading(text: str, sentence: Sentence, date: Mention) -> bool:
    """Is the day (a weekday and a day of the month: "Friday 10th.", "P.S. Sunday night, the 9th."; a year-less day a
    weekday glosses, "Fri. 2nd July") its sentence's only words but for a postscript's mark (`DAY_HEADING_REST`) or
    the place the diarist was, ending the line (`DAY_HEADING_PLACE`: "Wed. 30th, over the Sahara")? It heads a
    diary's entry or a postscript, written that day: its "this evening" and "tomorrow" count from it."""
    gloss = weekday_gloss(text, sentence.start, date)
    return bool(CUES.DAY_HEADING_REST.fullmatch(text, sentence.start, gloss.start() if gloss else date.start)
                and (CUES.DAY_HEADING_REST.fullmatch(text, date.end, sentence.end)
                     or CUES.DAY_HEADING_PLACE.match(text, date.end, sentence.end)))


def weekday_gloss(text: str, start: int, date: Mention) -> re.Match | None:
    """The weekday that glosses the day (`WEEKDAY_GLOSS_BEFORE`: "Thursday 16 September", "Wednesday, the 3rd"), no
    earlier than `start`: the pattern ends at the day, and a search from further back tries every place in between."""
    return CUES.WEEKDAY_GLOSS_BEFORE.search(text, max(start, date.start - GLOSS_REACH), date.start)
