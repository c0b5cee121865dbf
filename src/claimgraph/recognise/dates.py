"""Dates in the text, normalised as precisely as the text gives them.

"September 27, 2020" and "27 Eylül 2020" -> 2020-09-27 (xsd:date); "April 2016" ->
2016-04 (xsd:gYearMonth); "in 1994", "2020’de" -> 1994, 2020 (xsd:gYear). English and
Turkish month names are known; more languages are one table row each.

Relative expressions ("four years ago", "in the early hours of that day", "on the first
day", "three years after", "in the afternoon") and dates without a year ("on September 19",
"In February") are found by `RelativeDates`; `extract.dates` anchors them (the claims they
lead to are derived).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..lang import cues
from .base import Candidate, text_of
from .names import month_in_name

if TYPE_CHECKING:  # the date names below are read without spaCy (`extract.dates`)
    from spacy.tokens import Doc

CUES = cues("dates")  # month names and time words, of every language (claimgraph.lang)
NAME = "dates.v12"  # v12: s41 dates41b: a year after "mid-" ("in mid-1983") is read
# v11: s37 dates37: a month, a comma and its year ("since June, 1948", "by August, 1957") is that
# month, not a bare year (not before a word, a "+" or a "%": "In June, 2000 men marched" is a count)
# v10: s36: a day doubted between two ("on 4 or 5 May 1987") gives the month
# v9: s33: "2000+ conscripts" is a count; "In 2014 hours of shelling" a year (no clock's "hours of")
# v8: s32: a clock time with its zone ("1826 UTC", "1800 hours") is no year; "3/14/2021" is
# month first, and "3/4/2021" is read only where the text's other days in numbers show its order; "October 22-24,
# 1994" is two days; nor is "1800-2000 hours" a range of years
# v7: a day in numbers, day first ("19.06.1992")
# v6: "1500H", a log's clock time, and "@tmurphy_1987" are no years

_MONTH = r"(?P<month>" + "|".join(sorted(CUES.MONTHS, key=len, reverse=True)) + r")\.?"
_YEAR = r"(?P<year>1[5-9]\d\d|20\d\d)"
_DAY = rf"(?P<day>[0-3]?\d){CUES.ORDINAL}"
_END = r"(?![\d.,]\d)"
_ORDINAL = re.compile(CUES.ORDINAL)  # the letters after a day's number, matched in place (`_no_year`)

PATTERNS = [
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}{_END}", re.IGNORECASE),
    re.compile(rf"\b{_DAY}\s+{CUES.DAY_OF}{_MONTH},?\s+{CUES.YEAR_IN}{_YEAR}{_END}", re.IGNORECASE),
    re.compile(rf"\b{_YEAR}-(?P<mnum>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])\b"),
    re.compile(rf"\b{_MONTH}\s+{CUES.DAY_OF}{_YEAR}{_END}", re.IGNORECASE),
    # a month, a comma and its year ("since June, 1948"), not a count after it ("In June, 2000 men marched": before any
    # word, whatever its case, the pattern reading no case), nor a range's first year ("the Long March, 1934-35")
    re.compile(rf"\b{_MONTH},\s+{_YEAR}{_END}(?![%+]|[-–]\d|\s+[a-z])", re.IGNORECASE),
    CUES.NUMERIC_DATE,  # "19.06.1992", "5/5/2009", "3/14/2021": the day where it can be told (`day_and_month`)
]
_OTHER_MONTH = r"(?:" + "|".join(sorted(CUES.MONTHS, key=len, reverse=True)) + r")\.?"
FIRST_HALF = [
    re.compile(rf"\b{_MONTH}(?={CUES.JOIN}{_OTHER_MONTH}\s+{CUES.DAY_OF}{_YEAR}{_END})", re.IGNORECASE),
    re.compile(rf"\b{_DAY}(?={CUES.JOIN}(?:the\s+)?[0-3]?\d{CUES.ORDINAL}\s+{CUES.DAY_OF}{_MONTH},?\s+{_YEAR}{_END})",
               re.IGNORECASE),
]
# A pair or a range of days of one month, the month first and the year after the second day ("October 22-24, 1994",
# "from May 3 to 5, 1994", "March 3 and 4, 2020"): two dates, the month and the first day, and the second day and the
# year (`Dates.pair`).
MONTH_FIRST_PAIR = re.compile(rf"\b{_MONTH}\s+{_DAY}{CUES.JOIN}(?P<day2>[0-3]?\d){CUES.ORDINAL},?\s+{_YEAR}{_END}",
                              re.IGNORECASE)
# A range of years ("1998-2000", "1992–95"): both ends are dates; `extract.dates` reads the second as an end.
# Not a span of clock times ("from 1800-2000 hours", `CLOCK_AFTER`).
_CLOCK = rf"\s*{CUES.CLOCK_AFTER}"
YEAR_RANGE = re.compile(rf"(?<![\d.,/-])(?P<year>1[5-9]\d\d|20\d\d)"
                        rf"(?=[-–](?:1[5-9]\d\d|20\d\d|\d\d)(?![\d%]|{_CLOCK}))"
                        rf"|(?<=\d\d\d\d[-–])(?P<year2>1[5-9]\d\d|20\d\d)(?![\d%]|[.,/-]\d|{_CLOCK})"
                        rf"|(?<=(?P<century>1[5-9]|20)\d\d[-–])(?P<yy>\d\d)(?![\d%]|[.,/-]\d|{_CLOCK})")
# A bare year; "the 1960s" is a decade, no year; nor is the first of two numbers a dash joins ("1800–2000 GMT").
# Nor a clock time of a log or a signal ("1500H", "0850Z") or with its zone or unit (`CLOCK_AFTER`: "1826 UTC",
# "1800 hours"), nor the digits closing a name ("@tmurphy_1987"), nor a count with its "+" ("2000+ conscripts"). After
# "mid-" it is the year still ("in mid-1983").
BARE_YEAR = re.compile(rf"(?:(?<![\w.,/-])|(?<=\b[Mm]id-)){_YEAR}"
                       rf"(?![\d%+]|[.,/–-]\d|-\w|s\b|[A-Z]\b|\s*(?:{CUES.COUNTED_AFTER})\b|{_CLOCK})")
PATTERNS += [*FIRST_HALF, YEAR_RANGE, BARE_YEAR]


def _a_count(text: str, match: re.Match) -> bool:
    """Is a bare four-digit number a count, not a year ("composed of 1960 servicemen")? It is
    when a lower-case word follows it and no time word, determiner or possessive stands before
    it ("in 1994 forces withdrew", "the 2020 elections", "Georgia's 2008 war" are years); before "hours of", unless
    "in" or "since" stands before it (`HOURS_OF`: "after 1500 hours of testing"; "In 2014 hours of shelling")."""
    before = text[max(0, match.start() - 16):match.start()].split()
    last = before[-1].lower().strip("(,") if before else ""
    if CUES.HOURS_OF.match(text, match.end()):  # "after 1500 hours of testing"; "In 2014 hours of shelling" a year
        return last not in CUES.HOURS_OF_YEAR_BEFORE
    after = re.match(r"\s+([a-z]+)", text[match.end():match.end() + 30])
    if not after:
        return False
    if last in CUES.COUNT_BEFORE:  # "the war of 1992 ended" / "made of 1960 servicemen"
        return after.group(1).endswith(CUES.COUNTED_ENDINGS)
    return not (last in CUES.YEAR_CONTEXT or last.endswith(CUES.POSSESSIVE_ENDINGS))


def _doubted(text: str, match: re.Match) -> bool:
    """Is the day of a date doubted between it and another before "or" (`DOUBTED_DAY_BEFORE`: "on 4 or 5 May 1987")?
    The text then gives its month, not its day: a day picked of the two is a guess."""
    return CUES.DOUBTED_DAY_BEFORE.search(text, max(0, match.start() - DOUBT_REACH), match.start()) is not None


DOUBT_REACH = 12  # characters: a day, its ordinal and "or" before a date ("4th or ")


def _numbering(text: str, match: re.Match) -> bool:
    """Does the number number a document ("Resolution 1701, which called for ...", "resolution No. 1973")?
    It is then the document's number (`recognise.numbered`), and no date for what follows to count from."""
    before = text[max(0, match.start() - 16):match.start()].split()
    return bool(before) and before[-1].lower() in CUES.NUMBERING_BEFORE


def slash_order(text: str) -> str | None:
    """The order the text writes its days in numbers parted by slashes (`SLASHED_DATE`): "dm" where one of them has a
    first field over 12 ("25/12/2020"), "md" where one has a second field over 12 ("12/25/2020"); None where none
    does, or both kinds stand (no convention to read "3/4/2021" by)."""
    return _order((int(m["first"]), int(m["second"])) for m in CUES.SLASHED_DATE.finditer(text))


def _order(fields: Iterator[tuple[int, int]]) -> str | None:
    """The one order the pairs of a day's and a month's fields show ("dm" where a first field is over 12, "md" where a
    second is), or None where none shows one or both stand."""
    seen = {"dm" if first > 12 else "md" for first, second in fields if (first > 12) != (second > 12)}
    return seen.pop() if len(seen) == 1 else None


def day_and_month(match: re.Match, order: str | None) -> tuple[int, int] | None:
    """The day and the month of a day written in numbers (groups "day", "sep" and "mnum", in the order written). A
    field over 12 is the day; two equal fields are both; with dots the day comes first (the dotted day is written so);
    with slashes the text's own order decides (`slash_order`: "3/4/2021" is 4 March in a text that writes
    "12/25/2020"), and where nothing does there is no date: a guess of day or month would misread half of them. A
    field 0 is no day's nor month's ("0.5 12:00" of a list)."""
    first, second = int(match["day"]), int(match["mnum"])
    if not (first and second):
        return None
    if first > 12 or second > 12:
        return (first, second) if second <= 12 else (second, first) if first <= 12 else None
    if first == second or match["sep"] == ".":
        return first, second
    return {"dm": (first, second), "md": (second, first)}.get(order or "")


def normalise(match: re.Match, day_month: tuple[int, int] | None = None) -> str | None:
    """YYYY-MM-DD, YYYY-MM or YYYY from a match (its day and month `day_month` where `day_and_month` read them); None
    for an impossible date."""
    parts = match.groupdict()
    year = int(parts.get("year") or parts.get("year2") or parts["century"] + parts["yy"])
    day, month = day_month or _as_written(parts)
    if not month:
        return f"{year:04d}"
    if not day:
        return f"{year:04d}-{month:02d}"
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def _as_written(parts: dict[str, str | None]) -> tuple[int | None, int | None]:
    """The day and the month a match's groups name as written: "day", and "mnum" (a month in numbers) or "month" (its
    name); None for each the match does not name. (A day in numbers whose order the text decides is read by
    `day_and_month` instead.)"""
    day = int(parts["day"]) if parts.get("day") else None
    if parts.get("mnum"):
        return day, int(parts["mnum"])
    return day, CUES.MONTHS.get((parts.get("month") or "").lower().rstrip("."))


def precision(value: str) -> str:
    """The XML Schema datatype name for a normalised date."""
    return {4: "gYear", 7: "gYearMonth"}.get(len(value), "date")


class Dates:
    """Finds date expressions; patterns run most precise first, and the first reading of a stretch wins."""

    name = NAME

    def __call__(self, doc: Doc) -> Iterator[Candidate]:
        taken: list[tuple[int, int]] = []  # an impossible date still hides the year inside it
        text = text_of(doc)
        order = slash_order(text)
        for match in MONTH_FIRST_PAIR.finditer(text):
            taken.append(match.span())
            yield from self.pair(match)
        for pattern in PATTERNS:
            for match in pattern.finditer(text):
                if any(s < match.end() and match.start() < e for s, e in taken):
                    continue
                taken.append(match.span())
                if pattern is BARE_YEAR and (_a_count(text, match) or _numbering(text, match)):
                    continue
                day_month = day_and_month(match, order) if pattern is CUES.NUMERIC_DATE else None
                if pattern is CUES.NUMERIC_DATE and day_month is None:
                    continue
                if value := normalise(match, day_month):
                    value = value[:7] if _doubted(text, match) else value  # "on 4 or 5 May 1987": May 1987
                    yield Candidate(match.start(), match.end(), "date", precision(value), NAME, value=value)

    @staticmethod
    def pair(match: re.Match) -> Iterator[Candidate]:
        """The two days of a `MONTH_FIRST_PAIR`, each a date of its own: "October 22" and "24, 1994" (what joins them,
        a dash or "and", tells a range or a pair, `extract.dates.spans`)."""
        month = CUES.MONTHS[match["month"].lower().rstrip(".")]
        for start, end, day in ((match.start(), match.end("day"), match["day"]),
                                (match.start("day2"), match.end(), match["day2"])):
            if value := normalise(match, (int(day), month)):
                yield Candidate(start, end, "date", precision(value), NAME, value=value)


RELATIVE_NAME = "dates-relative.v72"  # v72: s42 review: a later ruled day of a log over its prose is its day too
# ("--- 6 JUN 1967 ---" under "--- 5 JUN 1967 ---" over "0745 ...": its "yesterday" is 5 June)
# v71: s42 dates42: a log's day line between rules over its timed lines is
# the day its "today" and "yesterday" count from ("---- 02 FEB 2008 ----" over "0540  Gunfire")
# v70: s40 review: a day line's "Tues 15th -", "on Tues, 15th" are a weekday-day;
# not "on Sun 18th-century", "Sun 18th Century Furniture"
# v69: s40 dates40a: a weekday cut short with no stop before a day and its ordinal ("on Tues 15th") is a weekday-day
# v68: s39 dates39b: a headline's year leaves a day the story's month holds
# v67: s38 review: "for several days afterwards", "in the few days afterwards",
# "a hundred days later" are no few days later (the match opened past the words that bar it); one look-ahead first
# v66: s38 dates38: a line stamp with its year ("[23.06.21 20:15]") stamps its
# line; "days later", "a few days later", "a week later" (no count) are within days of the last day told
# v65: s37 headed37: a notebook's year-less day line ("Sat 9 Apr - Nairobi",
# "Fri 10 Jun") is a date, the first such day on from the last day told, not of a clock read as a year above it
# v64: s36 review: a notebook's day line is no clock's hour nor a
# score ("Sat 12 June 15:00", "Sat 12 June 21-14"); "May" the month and "could" open no span ahead
# v63: s36: a notebook's days with a cut year ("Thu 7 Apr 94 - Nairobi", "12 Apr
# '94", "7/4/94"), its "this a.m."; "from May until June" is the month (both ends); "may travel from May" ahead
# v62: s35 review: "from April until/till/through June" ends the span (was
# a month that could look a year ahead: 2020-06 after April 2019)
# v61: s35: a span of year-less months, both ends ("between June and August")
# v60: s35: a source dated by its year alone is of its last day for "now" (an
# "Annual Report 2003" of 2004 tells 2003); a day after "of" before a verb in -s and "that" ("of May 8 demands that")
# v59: s34 review: a label opening with such a word ("Panel Discussion:") too
# v58: s34: a programme's one-word label ("12.5 10:45 Agenda:") is no speaker
# v57: a stamp's speaker is capitalised words, its dash no time range
# ("12.5 10:45 Opening remarks:", "2.3 14:00 - 15:00" a programme's); v56: s33 review: out of brackets a stamp of two
# digits each stamps its line
# ("14.05 09:12 militia attacked"); v55: s33 reading: a line stamp is closed by its bracket or followed by a
# dash, a bar or a speaker ("2.3 14:00 Rebels attacked" is a section's number); no day or month 0
# v54: s33: a chat's or a log's line stamp "[27/06 14:32]" is its
# line's day; a diary's "Mon. 28th", "Fri. 2nd July", "Sun. 27th June '76" (weekdays cut short, a day with a short
# year); "between the 3rd and the 5th of May"
# v53: s32 review: "5 MAY HAVE DIED" in capitals a count
# v52: s32: "on October 22-24" ends on the 24th; "3rd-5th May"; a stamp's
# "22.06.92 16:20" after a comma; a day in numbers in the text's order; a signal's "3 AUG", "NIGHT 30-31 JUL";
# the tens in words ("Fifty years ago today")
# v51: s31 review: no day of the month before a stage, a test, a hole or a
# reading ("on the 8th Stage"), nor a quantity's before its unit; an ordinal's noun is no word that goes on with the
# clause ("on the 14th and rebels attacked ... on the 15th")
# v50: "353 (1974) of 20 July" takes the bracketed year; v49: a day in numbers
# with a year of two digits ("19.06.92"); "on the 27th", "on the afternoon of the sixth" (a day of the month after the
# last date told); "on the first morning"
# v48: s30 review: no "a better tomorrow", no count in a line of capitals
# ("POLICE ARREST 3 JAN 20 PROTESTERS"), no table's row as a header field; v47: a header field's day ("Date: 14 May 2004") is none "the next day" counts
# from; v46: "tomorrow", "20 years ago today", "next year", "Thursday 16 September",
# "since the middle of February", "Friday 10th", "that April", two-digit years ("in '73", "18 JAN 74", "020850Z AUG 64")
SAID_REACH = 30  # characters before "that" to the verb of saying it follows
BRACKET_REACH = 16  # characters before a day read for a year in brackets and "of": "(1974) of "
CLOCK_REACH = 25  # characters before a clock time to a date that says its day ("on 20 December at 1 a.m.")


class RelativeDates:
    """Finds time expressions relative to another date ("four years ago", "on that day").

    Candidates carry the kind of reference in `value` ("ago:4", "same-day"); `extract.dates.anchor`
    turns them into dates once the text around them is known.
    """

    name = RELATIVE_NAME

    def __call__(self, doc: Doc) -> Iterator[Candidate]:
        text = text_of(doc)
        for kind, pattern in CUES.RELATIVE:
            for match in pattern.finditer(text):
                if _said_that(text, match) or _term(text, match):
                    continue
                n = match.groupdict().get("n")
                count = "" if n is None else f":{CUES.NUMBER_WORDS.get(n.lower(), n)}"
                yield Candidate(match.start(), match.end(), "date", "relative", RELATIVE_NAME, value=kind + count)
        for match in CUES.CLOCK.finditer(text):
            if not (CUES.CLOCK_DATED.search(text, max(0, match.start() - CLOCK_REACH), match.start())
                    or _ahead(text, match.start(), match.end())):  # "will attack at 6 a.m.": no day told
                yield Candidate(match.start(), match.end(), "date", "relative", RELATIVE_NAME, value="clock")
        yield from _weekdays(text)
        for match in CUES.WEEKDAY_DAY.finditer(text):
            weekday = CUES.WEEKDAY_NUMBERS[match.group("weekday")]
            yield Candidate(match.start(), match.end(), "date", "relative", RELATIVE_NAME,
                            value=f"weekday-day:{weekday}:{int(match.group('day')):02d}")
        for match in CUES.DAY_OF_MONTH.finditer(text):
            if CUES.ORDINAL_NOUN_BEFORE.search(text, max(0, match.start() - CUES.ORDINAL_NOUN_REACH), match.start()):
                continue  # "on the 3rd day of the mission and landed on the 7th": the seventh day
            day = int(match.group("day")) if match.group("day") else CUES.ORDINAL_DAYS[match.group("word")]
            yield Candidate(match.start(), match.end(), "date", "relative", RELATIVE_NAME,
                            value=f"day-of-month:{day:02d}")
        for match in CUES.THAT_MONTH.finditer(text):
            if not CUES.SAID_BEFORE.search(text, max(0, match.start() - SAID_REACH), match.start()):
                yield Candidate(match.start(), match.end(), "date", "relative", RELATIVE_NAME,
                                value=f"that-month:{CUES.MONTHS[match.group('month').lower().rstrip('.')]:02d}")
        for match in CUES.LAST_MONTH.finditer(text):
            yield Candidate(match.start(), match.end(), "date", "relative", RELATIVE_NAME,
                            value=f"last:{CUES.MONTHS[match.group('month').lower().rstrip('.')]:02d}")
        for match in CUES.MONTH_OF_YEAR.finditer(text):
            shift = -1 if match.group("which").lower() == "last" else 0
            yield Candidate(match.start(), match.end(), "date", "relative", RELATIVE_NAME,
                            value=f"year-month:{shift}:{CUES.MONTHS[match.group('month').lower().rstrip('.')]:02d}")
        for match in (m for pattern in CUES.NO_YEAR for m in pattern.finditer(text)):
            yield from _of_bracketed_year(match) or _no_year(match, _ahead(text, match.start(), match.end()))
        for match in (m for pattern in CUES.NO_YEAR_TO for m in pattern.finditer(text)):
            yield from _no_year(match, to=True)
        yield from _line_stamps(text)
        order = slash_order(text)
        for match in (m for pattern in CUES.SHORT_YEAR for m in pattern.finditer(text)):
            day_month = day_and_month(match, order) if match.groupdict().get("sep") else None
            if not (_counts_in_capitals(text, match) or match.groupdict().get("sep") and day_month is None):
                yield _short_year(match, day_month)


def _weekdays(text: str) -> Iterator[Candidate]:
    """The weekdays named ("on Saturday", "last Monday", "will meet on Friday"): "weekday:N", "weekday-last:N", or
    "weekday-ahead:N" after a word of the future; none in a name ("the Good Friday Agreement") or in "the last Sunday
    of October", which names no week's day."""
    for match in CUES.WEEKDAY.finditer(text):
        if month_in_name(text, match.start("weekday"), match.end("weekday")):  # "the Good Friday Agreement"
            continue
        last = CUES.LAST_WEEKDAY.match(match.group())
        if last and CUES.LAST_WEEKDAY_OF.match(text, match.end()):  # "on the last Sunday of October"
            continue
        kind = "weekday-ahead" if _ahead(text, match.start(), match.end()) else "weekday-last" if last else "weekday"
        yield Candidate(match.start(), match.end(), "date", "relative", RELATIVE_NAME,
                        value=f"{kind}:{CUES.WEEKDAYS[match.group('weekday')]}")


def _line_stamps(text: str) -> Iterator[Candidate]:
    """The days the lines of a chat, a log or a feed are stamped with, no year (`LINE_STAMP`: "[27/06 14:32] Marko:"),
    each "no-year:MM-DD" over its day and month, read in the order the stamps themselves show (`_order`: a stamp
    "27/06" makes "02/07" the second of July); none where they show none and no dot tells it (`day_and_month`)."""
    stamps = list(CUES.LINE_STAMP.finditer(text))
    order = _order((int(m["day"]), int(m["mnum"])) for m in stamps)
    for match in stamps:
        if match["year"]:
            continue  # "[23.06.21 20:15]": a day with its year, read as such (`NUMERIC_DATE`, `SHORT_YEAR`)
        if day_month := day_and_month(match, order):
            day, month = day_month
            yield Candidate(match.start("day"), match.end("mnum"), "date", "relative", RELATIVE_NAME,
                            value=f"no-year:{month:02d}-{day:02d}")


def _counts_in_capitals(text: str, match: re.Match) -> bool:
    """Are a military day's two year digits a count in a line of capitals, a word of capitals on each side
    (`CAPITALS_WORD_BEFORE`, `CAPITALS_WORD_AFTER`: "POLICE ARREST 3 JAN 20 PROTESTERS")? A log's day opens its line
    or follows a time word ("18 JAN 74 ENEMY SHELLED HILL 55", "SHELLED ON 18 JAN 74 AT DAWN")."""
    line_start = text.rfind("\n", 0, match.start()) + 1
    return bool(CUES.CAPITALS_WORD_BEFORE.search(text, line_start, match.start())
                and CUES.CAPITALS_WORD_AFTER.match(text, match.end()))


def _short_year(match: re.Match, day_month: tuple[int, int] | None = None) -> Candidate:
    """A date whose year has two digits ("in '73", "March of '86", "18 JAN 74", "020850Z AUG 64", "19.06.92"):
    "short:YY", with the month and the day it names ("short:74-01-18"; a day in numbers, `day_month` as
    `day_and_month` read it); `extract.dates.anchor` takes the century from the source's date. The span is the date's
    own words, from its day or month (or its year alone), without the time word."""
    parts = match.groupdict()
    day, month = day_month or _as_written(parts)
    value = "short:" + parts["yy"] + (f"-{month:02d}" if month else "") + (f"-{day:02d}" if day else "")
    start = min((match.start(g) for g in ("day", "month") if parts.get(g)), default=match.start("yy") - 1)
    return Candidate(start, match.end(), "date", "relative", RELATIVE_NAME, value=value)


def _term(text: str, match: re.Match) -> bool:
    """Is a "within" span (`CUES.RELATIVE`: "within days") a term or a plan (`WITHIN_TERM`: "ordered to withdraw within
    days")? It tells no time that passed."""
    return match.group().lower().startswith("within") and CUES.WITHIN_TERM.search(
        text, max(0, match.start() - AHEAD_REACH), match.start()) is not None


def _said_that(text: str, match: re.Match) -> bool:
    """Is a "that <part of the day>" the opening of what a verb of saying tells, its part of the day a modifier of
    the noun after it ("The army said that night raids had killed 12 rebels": no date)?"""
    said = CUES.SAID_BEFORE.search(text, max(0, match.start() - SAID_REACH), match.start())
    return (match.group().lower().startswith("that ") and said is not None
            and CUES.NOUN_AFTER.match(text, match.end()) is not None)


def _ahead(text: str, start: int, end: int) -> bool:
    """Do the words just before a date put it ahead of the source's date ("is due to take effect on
    Monday", "from midnight on February 15", a headline's "talks set for Thursday" with no past verb after
    the date, "will hold an exercise in the West Sea from November 28")?"""
    before = max(0, start - AHEAD_REACH)
    return bool(CUES.AHEAD.search(text, before, start)
                or CUES.SET_AHEAD.search(text, before, start) and not CUES.SET_PAST.match(text, end)
                or CUES.PLAN_AHEAD.search(text, max(0, start - PLAN_REACH), start)
                or CUES.FROM.match(text, start) and CUES.FROM_AHEAD.search(text, max(0, start - PLAN_REACH), start))


AHEAD_REACH = 60  # characters between a word of the future and the date it puts ahead
PLAN_REACH = 100  # characters between "plans to" and the date of what is planned ("... in Cairo in early July")


def _of_bracketed_year(match: re.Match) -> list[Candidate]:
    """The day of a no-year match (one day of a month) dated by the year in brackets before "of"
    (`CUES.BRACKET_YEAR_OF`: "resolution 353 (1974) of 20 July" -> 1974-07-20), as a date of its own; none elsewhere."""
    day = match.groupdict().get("day")
    if not day or match.groupdict().get("day2"):
        return []
    start = min(match.start("month"), match.start("day"))
    year = CUES.BRACKET_YEAR_OF.search(match.string, max(0, start - BRACKET_REACH), start)
    if year is None:
        return []
    month = CUES.MONTHS[match.group("month").lower().rstrip(".")]
    value = f"{year.group('year')}-{month:02d}-{int(day):02d}"
    return [Candidate(start, match.end(), "date", precision(value), RELATIVE_NAME, value=value)]


def _no_year(match: re.Match, ahead: bool = False, to: bool = False) -> Iterator[Candidate]:
    """A month, or a day of a month, with no year ("no-year:09-19"; "no-year-ahead:12-31" after
    "until", which may look past the source's date; "no-year-to:01-03", a range's second half, `to`);
    a pair of days gives two."""
    month = CUES.MONTHS[match.group("month").lower().rstrip(".")]
    day, day2 = match.groupdict().get("day"), match.groupdict().get("day2")
    time_word = re.match(r"[a-z]*", match.group().lower()).group()  # a whole word: "into" is no "in"
    if time_word == CUES.INTO and not CUES.WENT_ON_INTO.search(match.string, max(0, match.start() - CUES.WENT_ON_REACH),
                                                               match.start()):
        return  # "tore into May": no time
    if month == 5 and not day and time_word not in CUES.IN_MONTH and not CUES.MONTH_SPAN_NEXT.match(match.string,
                                                                                                   match.end()):
        return  # "by May" is too often not the month; "from May until June" is
    kind = ("no-year-to" if to else "no-year-ahead" if ahead or CUES.UNTIL_AHEAD.match(match.group())
            else "no-year-of" if time_word == "of" else "no-year")
    value = f"{month:02d}" + (f"-{int(day):02d}" if day else "")
    if not day2:
        start = min(match.start("month"), match.start("day") if day else match.end())
        yield Candidate(start, match.end(), "date", "relative", RELATIVE_NAME, value=f"{kind}:{value}")
        return
    if match.start("month") < match.start("day"):  # "October 5 and 12": the month with the first day
        first, second = (match.start("month"), match.end("day")), (match.start("day2"), match.end("day2"))
    else:  # "7/8 August", "3rd-5th May": the first day alone (its ordinal's letters too), the second with the month
        ordinal = _ORDINAL.match(match.string, match.end("day")).end()
        first, second = (match.start("day"), ordinal), (match.start("day2"), match.end())
    yield Candidate(*first, "date", "relative", RELATIVE_NAME, value=f"{kind}:{value}")
    yield Candidate(*second, "date", "relative", RELATIVE_NAME, value=f"{kind}:{month:02d}-{int(day2):02d}")

