"""Relative dates made dates, and what a date of any precision covers.

`anchored` reads a source's mentions in text order: a relative mention ("on Saturday", "last
year", "three years later", "on September 19") becomes the date it stands for, counted from
the source's date (the manifest's, else the text's own dateline) or from the last date told.
`period` and `overlaps` compare dates of any precision.
"""

from __future__ import annotations

import calendar
import datetime
import re
from dataclasses import replace

from ...lang import cues
from ...model import Mention
from ...recognise import Sentence
from ...recognise.dates import precision
from .background import background_year, noun_of_year
from .deixis import quoted
from .sections import (date_line, day_heading, form_field, header_field, line_stamp, log_clock, section_dateline,
                       update_field, weekday_gloss)
from .within import week_month, within_days

CUES = cues("dates")  # the cue words and patterns, of every language (claimgraph.lang)

LINE_END = re.compile(r"[ \t]*$", re.MULTILINE)
ACT_REACH = 30  # characters: a verb and "in" before a year ("broke out again in ")
SINCE_REACH = 60  # characters: "since" and the noun phrase before a year ("since the end of the civil war in ")
COMPARED_REACH = 140  # characters: a comparison, "since" and its clause before a date ("than at any time since ")
NAME_REACH = 40  # characters: the name word and "of" before a year ("the Camp David Accords of ")
ASIDE_REACH = 80  # characters: "that" and its clause before a year ("that aid groups say killed some 300,000 Somalis in ")
CLOSED_ASIDE_REACH = 120  # ... when a comma closes the clause after the year ("which keeps a base ... in 1977, said")
ASIDE_CLOSE = re.compile(r",")
TOLD_REACH = 40  # characters: a verb of saying and up to three words before "that" ("said on Monday ")
YEAR_DAYS = 366  # days: a year; a dated text's year-less date lies within the year before its date (`_onward`), and
# the source is told now when its date is within a year of the last date told (`_with_year`)
NAMED_DAY_DAYS = 183  # days: "the operation of 14 December" is a date only this near before the source's date
NEAR_DAYS = 21  # days: a year-less date this near the story's date is in the story's time ("before they withdrew on 18 March")
DAY_COUNTS = ("same-day", "next-day", "after-days", "within-days", "clock")  # references that count days (`_day_or_last`)
DATELINE_AFTER = re.compile(r"[ \t]*(?:$|\(|[-–—]|(?=[A-Z]))", re.MULTILINE)


def anchored(sentences: list[Sentence], text: str, source_date: str | None) -> list[Sentence]:
    """Relative dates replaced by the dates they stand for; those with no anchor dropped.

    A dateline ("date 2020-03-05 ...", "Monday, September 22, 2008" on a line of its own,
    "SOCHI, August 16 (RIA Novosti) –") is the text's own date: it becomes a mention of kind
    "dateline", which dates no happening, and the source's date when the manifest gives none.
    Only the text's first date can be one: a date alone on a line below the title's "2016 ...
    referendum" is an infobox's, the date of what the text is about. A year-less dateline
    ("KHARTOUM, April 20 (Reuters) -") is no infobox's: it is one after any date, and takes its
    year from the source's date alone, not from a year the title named. A section's own dateline (`sections`: a
    telegram's "TUNIS JULY 20 1961 1615 LOCAL", a letter's "Camp near Tah, Saturday 8 November 1975") is the date what
    follows it counts from the source's date from ("TODAY BLOCKADED", "YESTERDAY"), until the next one; not a day after
    the date the whole text is filed under (a page's "19th Aug 2022" above a report of 2009: the page's, no writing's),
    save an update's ("UPDATE, 31 January 2010:"); so is a diary's day heading ("Friday 10th.", `sections.day_heading`).
    It is the day of the writing, no time of the story: a post's "Apr 1, 2021 · 8:14 AM" under "20 years ago today:
    ..." leaves the thread's "April 3" in 2001; a header's ("Date: 14 May 2004") is no day "the next day" counts from
    (`sections.header_field`). A year-less day a weekday glosses ("Thursday 16 September") takes a
    year that puts it on that weekday, or none (`_on_weekday`).

    A year-less date takes its year from the story's time (`_with_year`): the last date told,
    but not a bare year that dates an act in passing ("the agreement signed in 2008 ended the
    war. Fighting broke out again on 15 April": April of the source's year), nor one in a
    thing's name once the story is at a month or a day (`_names_a_thing`), nor a year a span
    counts from ("the first use of air power since 1971"), which is no date the story moves to, nor a date counted
    from the source's inside a quotation ("Today we say: enough", `deixis.quoted`): the speaker's "now", which is
    the source's only when the story is told near it (`_told_now`); in a story of another time it is no date.
    "Within hours" is in the date told just before it, at that date's precision ("Mid-June - Several ceasefires are
    announced and collapse within hours": June, though 1 June was told before), in its own sentence or the one before
    (a sentence telling no date moves the story on from it). A clock time with no date beside it ("at 2:47 p.m.") is
    of the last day told only when that day is the source's time (`_told_now`): in a report of 2003 a treaty's day of
    1997 told before is no day the report's clock times are in. A log's clock time read as a year ("2000 - Looting of
    government offices", `sections.log_clock`) is of the source's day, when the story is told then, else of none. A
    span of year-less months told as past ends by the source's date (`_month_span_end`, `_past_now`).
    """
    floor = _headline_year(sentences, text, source_date)  # a headline's year: the earliest a year-less date is in
    last: str | None = None  # the last date told: what "three years later", "that day" count from
    day: str | None = None  # the last day told: what "the same day" counts from past an older year told after it
    scene: str | None = None  # the last date that sets the story's time: what a year-less date is in
    story: str | None = None  # the last date the story tells (no dateline's): a year in a name moves no time told
    told: str | None = None  # the date told just before, at its own precision: what "within hours" is in
    dated = False  # a dateline was read
    filed = source_date  # the date the whole text is filed under: no section of it is written after it
    own_day: str | None = None  # the day the text's own dateline gives: what its "today", "yesterday" count from
    entry_day: str | None = None  # the day of the dated entry being read (a section's): its "on the 14th" is near it
    result = []
    for sentence in sentences:
        mentions, before, day_before = [], last, day  # "three years after X" counts from a date told before it
        references: list[str] = []  # what each mention of `mentions` was read as, a relative reference or ""
        for m in sentence.mentions:
            m = _diary_onward(text, sentence, m) if source_date != filed else m
            logged = log_clock(text, m)  # "2000 - Looting ...": the log's day, which a story of another time hides
            if logged and not _told_now(scene, source_date):
                continue
            m = replace(m, cls="relative", value="today") if logged else m
            reference = m.value if m.cls == "relative" else ""
            opening = not dated and _no_year_dateline(text, m)
            voiced = m.kind == "date" and m.cls == "relative" and _from_source(m.value) and quoted(text, m)
            if voiced and not _told_now(scene, source_date):
                continue  # "Today we say: enough", quoted in a story of twenty years before: the speaker's day, unknown
            if m.kind == "date" and m.cls == "relative":
                onward = _day_line(text, m, day)  # a diary's next day line: on from its last day, whatever came between
                story_time = None if opening else _at_least(day if onward else scene, floor, m.value)
                counted = told if m.value == "within-hours" else _counted_from(
                    m.value, before, _day_or_last(m.value, last, day, last != before and day == day_before), story_time)
                counted = None if m.value == "clock" and not _told_now(counted, source_date) else counted
                value = anchor(m.value.replace("no-year:", "no-year-ahead:") if onward else m.value,
                               _counted_day(text, m, filed, own_day or source_date), counted)
                value = _near_entry(m.value, value, entry_day if entry_day and _told_now(scene, source_date) else None)
                value = _glossed_day(text, sentence, m, value, source_date)
                if value is None:
                    continue
                if references and _month_span_end(reference, references[-1], mentions[-1].value, value):
                    value = _month_after(mentions[-1].value, value)  # "from April until June": the June after April
                    if _past_now(text, sentence, mentions[-1], value, source_date):
                        value, mentions[-1] = _year_back(value), replace(mentions[-1],
                                                                         value=_year_back(mentions[-1].value))
                m = replace(m, cls=precision(value), value=value)
            section = (section_dateline(text, m) and (not _ahead_of(m, filed) or update_field(text, m))
                       or _diary_heading(text, sentence, m, reference))
            if section:  # a telegram's, a letter's, a signal's, a post's own day
                source_date, own_day = m.value, None
                entry_day = m.value if len(m.value) == 10 else None
            if opening or m.kind == "date" and len(m.value) > 4 and last is None and _dateline(
                    text, m, sentence.mentions):
                m, dated = replace(m, kind="dateline"), True
                own_day = None if _from_source(reference) else _own_day(text, m, source_date)
                source_date = source_date or m.value
            if m.kind in ("date", "dateline") and not (_since_year(text, m) or voiced or header_field(text, m)
                                                       or form_field(text, m)):
                last, told = _later_told(last, m.value), m.value
                day = m.value if len(m.value) == 10 else day
                if not (section or _in_passing(text, m) or _names_a_thing(text, m, story) or _ahead_of(m, source_date)
                        or background_year(text, sentence.start, m, scene) and not _told_now(scene, source_date)):
                    scene = _later_told(scene, m.value)
                    story = _later_told(story, m.value) if _story_time(m, source_date) else story
            mentions.append(m)
            references.append(reference)
        told = told if any(m.kind in ("date", "dateline") for m in sentence.mentions) else None
        result.append(replace(sentence, mentions=tuple(mentions)))
    return result


def _day_line(text: str, date: Mention, day: str | None) -> bool:
    """Is the date a year-less day heading a diary's or a notebook's entry on a line of its own (`sections.date_line`:
    "Sat 9 Apr - Nairobi" under "Thu 7 Apr 94 - Nairobi"), after a day told (`day`)? It is the first such day on or
    after the last day told, as a diary goes forward (not the last one before the entry above it, which is the
    source's day by then), and not in the year of a number the entries above read as a year ("Confirmed by 1700")."""
    return day is not None and date.value.startswith("no-year:") and date_line(text, date)


def _near_entry(reference: str, value: str | None, entry_day: str | None) -> str | None:
    """The day a bare ordinal ("on the 13th", "day-of-month:DD") or a year-less day ("no-year:MM-DD", "THU 14 MAR")
    names in an entry under a dated heading (`entry_day`: a bulletin's "=== Entered Friday, 15 March ===", an
    edition's, a diary's day), when the story is told near it: the one nearest the entry's day, before or after it
    (13 March, not 13 April past a "Thursday" told before it; the coming 14 March in the entry of 13 March, not the
    last), not always on after the last day told (`_day_of_month`) nor on or before the day of writing."""
    if not (entry_day and value and len(value) == 10):
        return value
    kind, _, count = reference.partition(":")
    if kind == "day-of-month":  # the entry's month, the one before or after it
        day, months = int(count), [_months_before(entry_day, shift) for shift in (1, 0, -1)]
    elif kind == "no-year" and len(count) == len("MM-DD"):  # the entry's year, the one before or after it
        day, months = int(count[3:]), [f"{int(entry_day[:4]) + shift:04d}-{count[:2]}" for shift in (-1, 0, 1)]
    else:
        return value
    options = [f"{month}-{day:02d}" for month in months
               if day <= calendar.monthrange(int(month[:4]), int(month[5:]))[1]]
    return min(options, key=lambda d: _distance(d, entry_day)) if options else value


def _month_span_end(reference: str, first: str, first_value: str, value: str) -> bool:
    """Is the date the end of a span of year-less months told as past ("no-year-to" after a first half read as past,
    "no-year:": "From May until June the rains fell", `first` the first half's reference, `first_value` its month)?
    Its end is then the month after the first half (`_month_after`), whatever date was told before the span (a
    dateline's "Sept 4" does not put June a year ahead). A span ahead ("will run from May until June",
    "no-year-ahead") is read as it is."""
    return (reference.startswith("no-year-to:") and first.startswith("no-year:") and len(first) == len("no-year:MM")
            and len(first_value) == len(value) == len("YYYY-MM"))


def _month_after(first_value: str, value: str) -> str:
    """The month of `value` in the year it first comes in from `first_value` on (both "YYYY-MM")."""
    year = int(first_value[:4]) + (value[5:7] < first_value[5:7])
    return f"{year:04d}{value[4:]}"


def _past_now(text: str, sentence: Sentence, first: Mention, value: str, source_date: str | None) -> bool:
    """Does the end `value` of a past span (`_month_span_end`, `first` its first half) land after the source's date
    (June of a text of 10 May)? The span is then the last one before it: both ends a year back. Not one told in the
    present by a verb of its own clause before it (`CUES.PRESENT_SPAN`: "The exhibition is open from May until
    June"; not "The siege that is still remembered lasted from April until June")."""
    return (source_date is not None and period(value)[0] > period(source_date)[1]
            and CUES.PRESENT_SPAN.search(text, sentence.start, first.start) is None)


def _year_back(date: str) -> str:
    """The date a year before (`_past_now`), at its precision."""
    return f"{int(date[:4]) - 1:04d}{date[4:]}"


def _diary_heading(text: str, sentence: Sentence, date: Mention, reference: str) -> bool:
    """Does the date (read from `reference`) head a diary's entry or a postscript, alone in its sentence but for a
    place (`day_heading`): a weekday and a day ("Friday 10th.", "Mon. 28th"), a weekday alone under an entry's day
    (`_weekday_heading`), or a year-less day a weekday glosses ("Fri. 2nd July, Paris"; a day alone is a timeline's
    heading, no one's day of writing)?"""
    return ((reference.startswith(("weekday-day", "weekday-ahead"))
             or reference.startswith("no-year") and weekday_gloss(text, sentence.start, date) is not None)
            and day_heading(text, sentence, date))


def _diary_onward(text: str, sentence: Sentence, date: Mention) -> Mention:
    """The date, a weekday alone on its line under an entry's day (`_weekday_heading`) read as the next such day
    ("weekday-ahead:"): called once an entry of the text has given its own day, the diary goes on forward."""
    if _weekday_heading(text, sentence, date):
        return replace(date, value=date.value.replace("weekday:", "weekday-ahead:"))
    return date


def _counted_day(text: str, date: Mention, filed: str | None, own: str | None) -> str | None:
    """The day a relative date counts from: the text's own (`own`: its dateline's, its section's, the source's), but
    for a line's stamp (`line_stamp`) the whole text's date (`filed`): a stamp is no later than it, whatever the stamp
    before it was."""
    return filed if line_stamp(text, date) else own


def _weekday_heading(text: str, sentence: Sentence, date: Mention) -> bool:
    """Is the date a weekday alone on its line, a diary's heading ("Tuesday" under an entry headed "Mon. 28th"; not
    the answer "Monday." in a paragraph)? Once an entry of the text has given its day (a section's), the diary goes on
    forward: the next such day."""
    return (date.kind == "date" and date.value.startswith("weekday:") and _alone_on_line(text, date)
            and day_heading(text, sentence, date))


def _alone_on_line(text: str, date: Mention) -> bool:
    """Is the date the only thing on its line but blanks? Looks only as far as the blanks beside it go: a text of one
    long line costs no more per date than a short one."""
    start, end = date.start, date.end
    while start and text[start - 1] != "\n" and text[start - 1].isspace():
        start -= 1
    while end < len(text) and text[end] != "\n" and text[end].isspace():
        end += 1
    return (not start or text[start - 1] == "\n") and (end == len(text) or text[end] == "\n")


def _own_day(text: str, dateline: Mention, source_date: str | None) -> str | None:
    """The day the text's own dateline gives, when it is a full day within the source's date or before it ("DAR ES
    SALAAM, April 11 (AP) -" in a paper filed on 12 April): what the text's "today", "yesterday" and "last night"
    count from. None for a month or a year, a day after the source's (a page's stamp, no writing's), or a day bare on
    its line (a timeline's heading "2 August 1990", whose aftermath is told from the source's day; a letter's or a
    diary's day line is its section's, `sections`). It moves no story time, but every date the text counts from its
    own day is counted from it, a year-less one too ("31 December" in a story datelined 30 December 2020 and filed on
    2 January is the last such day before the writing: 2019)."""
    line_start = text.rfind("\n", 0, dateline.start) + 1
    bare = not text[line_start:dateline.start].strip() and LINE_END.match(text, dateline.end) is not None
    if bare or len(dateline.value) != 10 or source_date and dateline.value > period(source_date)[1]:
        return None
    return dateline.value


def _glossed_day(text: str, sentence: Sentence, date: Mention, value: str | None,
                 source_date: str | None) -> str | None:
    """The date `value` the `date` was read as, or for a year-less day the day it is in the year the weekday before it
    tells (`WEEKDAY_GLOSS_BEFORE`: "Thursday 16 September", `_on_weekday`): None when no year near it puts it there."""
    if not (value and len(value) == 10 and date.value.startswith("no-year")):
        return value
    glossed = weekday_gloss(text, 0, date)
    if not glossed:
        return value
    weekday = CUES.WEEKDAY_NUMBERS[glossed.group("weekday")]
    return _on_weekday(value, weekday, _years_beside(sentence, value, source_date))


def _years_beside(sentence: Sentence, value: str, source_date: str | None) -> list[int]:
    """The years a glossed year-less day may be in (`_on_weekday`), most likely first: those of the sentence's own
    dates ("between Thursday 16 September and Saturday 18 September 1982": in a report of 2002, 16 September 1999 is a
    Thursday too), then the year read and those beside it, then the source's year and those beside it."""
    told = [int(m.value[:4]) for m in sentence.mentions if m.kind == "date" and m.cls != "relative"]
    near = [int(value[:4]) + shift for shift in (0, -1, 1)]
    own = [int(source_date[:4]) + shift for shift in (0, -1, 1)] if source_date else []
    return list(dict.fromkeys([*told, *near, *own]))


def _told_now(scene: str | None, source_date: str | None) -> bool:
    """Is the story's time within the year before the source's date (or not yet told)? A quotation then speaks
    from about the source's time, and a date it counts from the source's date is its speaker's; a year-less date is
    near "now" (`_with_year`). A source dated by its year alone may be of its last day: an "Annual Report 2003"
    published in 2004 tells a story of 2003 ("By May ... on 4 June": 2003), no time near its writing."""
    written = _written(source_date)
    return not (scene and written) or written <= _days_after(period(scene)[0], YEAR_DAYS)


def _written(source_date: str | None) -> str | None:
    """The source's day of writing for `_told_now`: its date's first day, or its last when the source is dated by its
    year alone (a report of a year may be written at the year's end, or after it)."""
    if not source_date:
        return None
    first, last = period(source_date)
    return last if precision(source_date) == "gYear" else first


def _from_source(reference: str) -> bool:
    """Is the relative reference ("today", "weekday:0", "ago:4") counted from the source's own date?"""
    return reference.split(":")[0] in _FROM_SOURCE


def _headline_year(sentences: list[Sentence], text: str, source_date: str | None) -> str | None:
    """The year a headline names ("One temple, two stories: the Cambodian-Thai border clashes of 2011"): the earliest
    bare year on the text's first line, when that line ends with no full stop (a title, not a sentence), else None.
    Not a year after the source's: a headline "Britain and Argentina in 2022" over a text of 2021 tells no time of
    the story ("invaded the Falklands in April 1982. On 2 May ...": 1982); nor the source's own year in parentheses
    (`_cited_year`: a journal's "Vol. 14, No. 2 (2009)", a book's "(privately printed, 1989)")."""
    first_line = text[:text.find("\n")] if "\n" in text else text
    if not first_line.strip() or first_line.rstrip()[-1] in CUES.SENTENCE_END:
        return None
    years = [m.value for s in sentences[:1] for m in s.mentions if m.kind == "date" and len(m.value) == 4
             and m.end <= len(first_line) and not (source_date and m.value > source_date[:4])
             and not _cited_year(first_line, m, source_date)]
    return min(years, default=None)


def _cited_year(line: str, year: Mention, source_date: str | None) -> bool:
    """Is the bare year on the headline `line` the source's own year inside parentheses (a citation's: "Journal of
    ..., Vol. 14, No. 2 (2009), pp. 211-238", "by A. Pryce (privately printed, 1989)")? It is when the text was
    published, no time of the story; a title's "Football War (1969)" over a text of 2019 is the story's."""
    return bool(source_date and year.value == source_date[:4]
                and line.rfind("(", 0, year.start) > line.rfind(")", 0, year.start))


def _at_least(scene: str | None, floor: str | None, reference: str) -> str | None:
    """The story's time for a year-less date, not before the headline's year: a story that went back to its
    background ("UNESCO listed the temple in July 2008") and on ("The latest round began on 4 February") under the
    headline "... clashes of 2011" is back in 2011. Not for a date the story's own month or day holds (`_in_scene`:
    "In January 2013 the rebels advanced. On 11 January ..." under a programme's "FESTIVAL 2016")."""
    if floor and (scene is None or scene[:4] < floor) and not _in_scene(reference, scene):
        return floor
    return scene


def _in_scene(reference: str, scene: str | None) -> bool:
    """Is the year-less date (`reference`, "no-year:MM[-DD]") in the month the story last told, or within `NEAR_DAYS`
    of its day or month, in that year ("in January 2013 ... on 11 January", "on 11 January 2013 ... on 28 January";
    a date in the month told is 0 days from it, `_gap`)? It is then in the story's year, whatever year a headline
    named."""
    if not (scene and len(scene) > 4 and reference.startswith("no-year:")):
        return False
    month_day = reference[len("no-year:"):]
    year = int(scene[:4])
    if len(month_day) == 5 and not 1 <= int(month_day[3:]) <= calendar.monthrange(year, int(month_day[:2]))[1]:
        return False
    return _gap(f"{year:04d}-{month_day}", scene) <= NEAR_DAYS


def _day_or_last(reference: str, last: str | None, day: str | None, here: bool) -> str | None:
    """What a count of days ("the same day", "the next morning", "four days later") counts from: the last date told,
    or the last day told when a coarser date told after it, in a sentence before the count's, lies wholly before it
    ("proclaimed on 5 July, the anniversary of the capture of Algiers in 1830. The same day, ...": 5 July). One told
    `here`, in the count's own sentence that tells no day, is what it counts from ("On 25 February 1999 the commission
    reported. A church report was released in April 1998; its author was murdered two days later": 1998, `anchor`);
    past a day of that sentence, the day ("On 5 July 1962, the anniversary of the landing of 1830; two days later")."""
    if (reference.split(":")[0] in DAY_COUNTS and last and day and len(last) < 10 and period(last)[1] < day
            and not here):
        return day
    return last


def _counted_from(reference: str, before: str | None, last: str | None, scene: str | None) -> str | None:
    """The date a relative reference counts from: "three years after" the last date before its
    sentence, a year-less date the story's time, but a range's second half ("no-year-to") and any other the last
    date told ("invaded Kuwait on Aug. 2, 1990, and Baghdad announced its annexation six days later": from Aug. 2;
    "from 28 December to 3 January": from 28 December)."""
    if reference.startswith("after:"):
        return before
    return scene if reference.startswith("no-year") and not reference.startswith("no-year-to") else last


def _later_told(last: str | None, value: str) -> str | None:
    """The date to count from after `value` is told: it, unless it is a coarser date of the same year that
    holds the last ("on 5 June 2008 ... in 2008"); a later month of that year moves on ("killed on 14 June [2023]
    ... In November 2023 ... stormed it on 8 June": the story is in November, not June)."""
    if last is None or len(value) >= len(last) or value[:4] != last[:4]:
        return value
    return value if period(value)[0] > last else last


def _in_passing(text: str, date: Mention) -> bool:
    """Is the date a bare year that dates an act told in passing ("the agreement signed in 2008",
    "the war that began in 2019"), or one in a relative clause (`ASIDE_YEAR`: "a famine that aid groups say
    killed some 300,000 Somalis in 1992")? It sets no story time for the year-less dates after it."""
    if len(date.value) != 4 or date.kind != "date":
        return False
    return bool(CUES.ACT_IN_YEAR.search(text, max(0, date.start - ACT_REACH), date.start)) or _aside(text, date)


def _aside(text: str, date: Mention) -> bool:
    """Is the date in a relative clause (`ASIDE_YEAR`), opened by a relative word, or by a "that" after no verb of
    saying, reporting, warning or showing (`TOLD_THAT`: "Officials warned that rebels took the town in 1994" tells
    the story's time)? Each opening word before the date is tried, the nearest last; one more than `ASIDE_REACH`
    before it only when a comma closes the clause right after the year (with none, "Rebels who had been hiding ...
    for several months attacked the town in 2015" tells the story's year in its main clause)."""
    closed = ASIDE_CLOSE.match(text, date.end) is not None
    start = max(0, date.start - (CLOSED_ASIDE_REACH if closed else ASIDE_REACH))
    while aside := CUES.ASIDE_YEAR.search(text, start, date.start):
        told = aside.group("that") and CUES.TOLD_THAT.search(text, max(0, aside.start() - TOLD_REACH), aside.start())
        if not told:
            return True
        start = aside.start() + 1
    return False


def _since_year(text: str, date: Mention) -> bool:
    """Is the date a bare year a span counts from ("the first use of air power since 1971", "the
    deadliest day since the end of the civil war in 1990"), or any date a comparison counts from (`COMPARED_SINCE`:
    "more secure than at any time since he took power in January 1959")? It is a point of comparison: neither
    the last date told nor the story's time."""
    return (len(date.value) == 4
            and CUES.SINCE_YEAR.search(text, max(0, date.start - SINCE_REACH), date.start) is not None
            or CUES.COMPARED_SINCE.search(text, max(0, date.start - COMPARED_REACH), date.start) is not None)


def _ahead_of(date: Mention, source_date: str | None) -> bool:
    """Does the date lie wholly after the source's date ("provided for the president to remain in office until 2016",
    in a report of 2013-05)? It is a plan or a term, no time the story is in: a year-less date told after it ("The
    rebels resumed their advance in March") is of the story's past, not of that year."""
    return date.kind == "date" and source_date is not None and period(date.value)[0] > period(source_date)[1]


def _story_time(date: Mention, source_date: str | None) -> bool:
    """Does the date tell a time of the story: no dateline, and not after the source's own date (a page's
    "19th Aug 2022" above a report of 2009 is the page's, not the story's)?"""
    return date.kind == "date" and (source_date is None or period(date.value)[0] <= period(source_date)[1])


def _names_a_thing(text: str, date: Mention, story: str | None) -> bool:
    """Is the date a bare year in a thing's name ("the 1960 treaty", "the Six-Day War of 1967", "your statement of
    1996": `background.noun_of_year`), told once the story has told a month or a day? It names which thing, and leaves
    the story where it was ("overthrew Makarios on July 15" in a text of 1974 is not in 1960). Before any
    such date, a dateline's included, it may be the story's time ("19th Aug 2022 ... the 2008 war
    ... the night of 7/8 August")."""
    if len(date.value) != 4 or date.kind != "date" or story is None or len(story) == 4:
        return False
    named = CUES.NAME_OF_YEAR.search(text, max(0, date.start - NAME_REACH), date.start) is not None
    return named or year_before_noun(text, date) or noun_of_year(text, date)


def year_before_noun(text: str, date: Mention) -> bool:
    """Is the date a bare year between a determiner and a noun ("the 1960 treaty", "their 2015 offensive")? It says
    which thing the noun is (`_names_a_thing`; `attach._nouns`)."""
    return (len(date.value) == 4 and CUES.YEAR_OF_NAME_BEFORE.search(text, max(0, date.start - NAME_REACH), date.start)
            is not None and CUES.YEAR_OF_NAME_AFTER.match(text, date.end) is not None)


def _no_year_dateline(text: str, date: Mention) -> bool:
    """Is the mention a year-less date in a dateline's place ("KHARTOUM, April 20 (Reuters) -")?"""
    return (date.kind == "date" and date.cls == "relative" and date.value.startswith("no-year:")
            and len(date.value) == len("no-year:MM-DD") and _dateline(text, date))


def document_date(sentences: list[Sentence]) -> str | None:
    """The text's own date: the value of its first dateline (see `anchored`), else None. When the
    manifest gives no date, this is the source's date: relative dates count from it, and the
    source description states it (dcterms:date)."""
    return next((m.value for s in sentences for m in s.mentions if m.kind == "dateline"), None)


def _dateline(text: str, date: Mention, mentions: tuple[Mention, ...] = ()) -> bool:
    """Is the date alone on its line (after at most a weekday) or closing a short line after a comma ("Briefing
    paper, February 2009", under a title) that names no happening among `mentions` ("Battle of the Somme, July 1916"
    dates the battle), or does it open its line after "date" or a city in capitals, before a parenthesis, a dash or a
    headline's capital? A date that opens a timeline's entry ("August 9, 2008 - Russian aircraft bomb Gori") is
    none."""
    line_start = text.rfind("\n", 0, date.start) + 1
    if LINE_END.match(text, date.end) and (
            CUES.WEEKDAY_BEFORE.fullmatch(text, line_start, date.start)
            or CUES.BYLINE_BEFORE.fullmatch(text, line_start, date.start)
            and not any(m.kind == "trigger" and line_start <= m.start and m.end <= date.start for m in mentions)):
        return True
    return bool(CUES.DATELINE_BEFORE.fullmatch(text, line_start, date.start) and DATELINE_AFTER.match(text, date.end))


def anchor(reference: str, source_date: str | None, last_date: str | None) -> str | None:
    """The date a relative reference stands for, or None when its anchor is unknown.

    Counted from the source's own date (the day it was written): "ago:N" (year precision), "ago-day:N" ("20 years
    ago today": that day), "year:N" ("last year", "this year", "next year"), "month:N", "day-before" ("yesterday"),
    "day-after" ("tomorrow"), "today", "short:YY[-MM[-DD]]" ("in '73", "18 JAN 74": the century), "weekday-day:W:DD"
    ("Friday 10th": in the last date's month or beside it, `_weekday_day`), "weekday:N"
    ("on Saturday": that day of the source's week, on or before its date; "weekday-ahead:N" after
    a word of the future, "is due to take effect on Monday": on or after it; "weekday-last:N", "last Monday":
    before it), "last:MM" ("last November"), "year-month:N:MM" ("July of last year"), "week:N" ("last week": its
    month, `within`); each only as precise as the source's date allows. Counted from the last date the text gave:
    "after:N" ("three years later"), "next-month" ("the following month": the month after it), "after-days:N" ("four
    days later", from the last day told, in its own sentence or before it; from a month, its year), "within-days:N"
    ("within days": the last day's month, `within`), "within-hours" (the date told just before, `anchored`),
    "same-day" / "next-day", "clock" ("at 2:47 p.m.": the last day told, `anchored`), "same-year" / "next-year"
    ("later that year", "the following year": the year of the last date told, or the one after it), "same-month"
    ("later that month": the month of the last date told, when it has one), "that-month:MM" ("that April": that month
    of the last date's year), "day-of-month:DD" ("on the 27th": that day on or after it, `_day_of_month`).
    A date with no year ("no-year:MM[-DD]") takes the year that fits the story, see `_with_year`.
    """
    kind, _, count = reference.partition(":")
    if kind == "short":
        return _short_year(count, source_date) if source_date else None
    if kind == "weekday-day":
        return _weekday_day(count, last_date if last_date and len(last_date) >= 7 else source_date)
    if kind in ("no-year", "no-year-ahead", "no-year-to"):
        return _with_year(count, source_date, last_date, ahead=kind != "no-year")
    if kind == "no-year-of":
        return _named_day(count, source_date, last_date)
    if kind in _FROM_SOURCE:
        return _FROM_SOURCE[kind](source_date, count) if source_date else None
    if not last_date:
        return None
    if kind == "after":
        return f"{int(last_date[:4]) + int(count):04d}"
    if kind in ("same-year", "next-year"):
        return f"{int(last_date[:4]) + (kind == 'next-year'):04d}"
    if kind == "next-month":
        return _months_before(last_date, -1)
    if kind == "day-of-month":
        return _day_of_month(int(count), last_date)
    if kind == "that-month":
        return f"{last_date[:4]}-{count}"
    if kind == "same-month":
        return last_date[:7] if len(last_date) >= 7 else None
    if kind == "within-hours":
        return last_date if len(last_date) >= 7 else None
    if kind == "after-days" and len(last_date) == 7:
        return _year_of_days(last_date, int(count))
    if len(last_date) != 10:
        return None
    if kind == "after-days":
        return _days_after(last_date, int(count))
    if kind == "within-days":
        return within_days(last_date, int(count))
    if kind == "next-day":
        return _days_after(last_date, 1)
    return last_date


def _day_of_month(day: int, last_date: str) -> str | None:
    """The day of the month a bare ordinal names ("on the 27th"): in the month of the last date told, on or after its
    day, else in the month after it (a story tells forward: "a note on 29 December ... on the 27th" is 27 January);
    None when that month has no such day or no month was told."""
    if len(last_date) < 7:
        return None
    shift = 1 if len(last_date) == 10 and day < int(last_date[8:]) else 0
    month = _months_before(last_date, -shift)
    if day > calendar.monthrange(int(month[:4]), int(month[5:]))[1]:
        return None
    return f"{month}-{day:02d}"


def _year_of_days(month: str, days: int) -> str | None:
    """The year a count of days from some day of `month` (YYYY-MM) lands in ("released in April 1998 ... murdered two
    days later": 1998), when every such day stays in it; the day itself is unknown."""
    last_day = _days_after(period(month)[1], days)
    return month[:4] if last_day[:4] == month[:4] else None


def _days_after(day: str, days: int) -> str:
    return (datetime.date.fromisoformat(day) + datetime.timedelta(days=days)).isoformat()


def _weekday(source_date: str, weekday: str) -> str | None:
    """The last such weekday on or before the source's date (news tell what has just happened)."""
    if len(source_date) != 10:
        return None
    back = (datetime.date.fromisoformat(source_date).weekday() - int(weekday)) % 7
    return _days_after(source_date, -back)


def _weekday_last(source_date: str, weekday: str) -> str | None:
    """The last such weekday before the source's date ("a first wave of strikes last Monday", written on a
    Monday: a week back)."""
    if len(source_date) != 10:
        return None
    back = (datetime.date.fromisoformat(source_date).weekday() - int(weekday)) % 7 or 7
    return _days_after(source_date, -back)


def _weekday_ahead(source_date: str, weekday: str) -> str | None:
    """The next such weekday on or after the source's date ("is due to take effect on Monday")."""
    if len(source_date) != 10:
        return None
    ahead = (int(weekday) - datetime.date.fromisoformat(source_date).weekday()) % 7
    return _days_after(source_date, ahead)


def _weekday_day(weekday_day: str, reference: str | None) -> str | None:
    """"W:DD" ("Friday 10th": weekday 4, day 10) in the month of `reference` (the last date told, else the source's),
    else the month after it (a diary goes on), else the one before, whichever puts that day on that weekday; None
    when none does or no month is known."""
    if not reference or len(reference) < 7:
        return None
    weekday, day = (int(part) for part in weekday_day.split(":"))
    for shift in (0, -1, 1):
        month = _months_before(reference, shift)
        year, number = int(month[:4]), int(month[5:])
        if _falls_on(year, number, day, weekday):
            return f"{month}-{day:02d}"
    return None


def _on_weekday(date: str, weekday: int, years: list[int]) -> str | None:
    """The year-less day `date` (YYYY-MM-DD, its year as `_with_year` read it) on the weekday the text glosses it with
    ("the evening of Thursday 16 September"): in the first of `years` that puts it there (those the sentence's own dates
    name, then the year read, those beside it and the source's); None when none does: the year read is wrong, and no
    date is better than a wrong one."""
    for year in years:
        month, day = int(date[5:7]), int(date[8:])
        if _falls_on(year, month, day, weekday):
            return f"{year:04d}{date[4:]}"
    return None


def _falls_on(year: int, month: int, day: int, weekday: int) -> bool:
    """Is there such a day in that month, and does it fall on the weekday (Monday 0, as `datetime.date.weekday`)?"""
    return day <= calendar.monthrange(year, month)[1] and datetime.date(year, month, day).weekday() == weekday


def _short_year(date: str, source_date: str) -> str | None:
    """"YY[-MM[-DD]]" with the century that puts the year nearest on or before the source's ("in '73" in an interview of
    2004 is 1973; "18 JAN 74" in a log of 1974 is 1974); None for an impossible day."""
    yy, *rest = date.split("-")
    year = int(source_date[:4]) - (int(source_date[:4]) - int(yy)) % 100
    if len(rest) == 2 and not 1 <= int(rest[1]) <= calendar.monthrange(year, int(rest[0]))[1]:
        return None
    return "-".join([f"{year:04d}", *rest])


def _years_before(source_date: str, years: int) -> str | None:
    """That day of the year `years` before the source's day ("20 years ago today"); None unless the source's date is
    a day (a 29 February's anniversary falls on the 28th)."""
    if len(source_date) != 10:
        return None
    year, month = int(source_date[:4]) - years, int(source_date[5:7])
    return f"{year:04d}-{month:02d}-{min(int(source_date[8:]), calendar.monthrange(year, month)[1]):02d}"


def _months_before(source_date: str, months: int) -> str | None:
    if len(source_date) < 7:
        return None
    index = int(source_date[:4]) * 12 + int(source_date[5:7]) - 1 - months
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def _last_month_named(source_date: str, month: str) -> str | None:
    """"last November": the last November before the source's month."""
    if len(source_date) < 7:
        return None
    year = int(source_date[:4]) - (int(month) >= int(source_date[5:7]))
    return f"{year:04d}-{month}"


_FROM_SOURCE = {
    "ago": lambda source, n: f"{int(source[:4]) - int(n):04d}",
    "year": lambda source, n: f"{int(source[:4]) + int(n):04d}",
    "month": lambda source, n: _months_before(source, -int(n)),
    "day-before": lambda source, _: _days_after(source, -1) if len(source) == 10 else None,
    "day-after": lambda source, _: _days_after(source, 1) if len(source) == 10 else None,
    "ago-day": lambda source, n: _years_before(source, int(n)),
    "weekday": _weekday,
    "weekday-ahead": _weekday_ahead,
    "weekday-last": _weekday_last,
    "today": lambda source, _: source if len(source) == 10 else None,
    "last": _last_month_named,
    "week": week_month,
    "year-month": lambda source, n: f"{int(source[:4]) + int(n.split(':')[0]):04d}-{n.split(':')[1]}",
}


def _with_year(month_day: str, source_date: str | None, last_date: str | None, ahead: bool = False) -> str | None:
    """"09-19" or "02" given the year that fits, or None with no date to go by.

    A text tells year-less dates near "now": when the story is set within the year before the source's date (or
    the text gave no date yet, `_told_now`), the date is the last such day on or before the source's date ("on
    September 19" in a text of 2023-10 is 2023-09-19). `ahead` (after "until", a word of the future, or a range's
    first half) it is the first such day on or after the source's or the last date told ("extended until December
    31" in October is this December; "will hold an exercise from November 28" on 24 November is four days on).
    A story set in another time takes the year of the last date it gave when that was a year
    ("the 2008 war ... the night of 7/8 August"), else, in a dated text, the first such date from the
    story's time on (`_onward`: a text tells forward), else the last date's year when the date falls after it in
    that year (`_later_that_year`), else the year that puts the date nearest the last date ("on 21 November 1995
    ... on December 14"). A date in the month last told ("in June 2023 ... on 14 June") is in that month's year, even
    when the source is of the same month a year on; so is one within `NEAR_DAYS` of the story's day or month ("struck
    on 20 March 2003 ... before they withdrew on 18 March", in a text of 2004-03: the story's March, not the
    source's).
    """
    known = last_date or source_date
    if not known:
        return None
    month = int(month_day[:2])
    years = [int(known[:4]) + shift for shift in (-1, 0, 1)]
    valid = [y for y in years if len(month_day) == 2 or 1 <= int(month_day[3:]) <= calendar.monthrange(y, month)[1]]
    if not valid:
        return None
    if not ahead and _in_month_told(month_day, last_date, valid):
        return f"{last_date[:4]}-{month_day}"  # "in June 2023 ... was killed on 14 June"
    near = [y for y in valid if last_date and len(last_date) > 4 and _gap(f"{y:04d}-{month_day}", last_date) <= NEAR_DAYS
            and _by(f"{y:04d}-{month_day}", source_date)]
    if near and not ahead:
        return f"{near[0]:04d}-{month_day}"  # "struck on 20 March 2003 ... before they withdrew on 18 March"
    if source_date and _told_now(last_date, source_date) and not ahead:
        past = [y for y in valid if f"{y:04d}-{month_day}"[:len(source_date)] <= source_date]
        if past:
            return f"{max(past):04d}-{month_day}"
    inside = [y for y in valid if last_date and len(last_date) == 4 and y == int(last_date)]
    if inside and not ahead:
        return f"{inside[0]:04d}-{month_day}"  # "the 2008 war ... the night of 7/8 August"
    onward = _onward(month_day, source_date, last_date, valid)
    if onward and not ahead:
        return onward  # "launched his offensive in April 2019 ... At a conference on Jan. 19", in a text of 2020-10
    if not ahead and (later := _later_that_year(month_day, last_date)):
        return later  # "laid siege to the town in March 2012. The siege lasted into October"
    reference = period(last_date or source_date)[0]
    later = [y for y in valid if period(f"{y:04d}-{month_day}")[1] >= reference]
    candidates = later if ahead and later else valid
    return f"{min(candidates, key=lambda y: _distance(f'{y:04d}-{month_day}', reference)):04d}-{month_day}"


def _named_day(month_day: str, source_date: str | None, last_date: str | None) -> str | None:
    """A year-less day after "of" (`_with_year`), but only when it falls within `NAMED_DAY_DAYS` before the source's
    date: "the military operation of 14 December" in a paper of 2009-02 is December 2008; "the attacks of 11
    September" in a text of May is a name of some other year's day, and no date at all."""
    dated = _with_year(month_day, source_date, last_date)
    if not (dated and source_date and _by(dated, source_date)):
        return None
    return dated if _distance(dated, period(source_date)[0]) <= NAMED_DAY_DAYS else None


def _later_that_year(month_day: str, last_date: str | None) -> str | None:
    """The date in the year of the last date told when it falls after it: a story tells forward, and a month or
    day later in the year it is in is of that year, however far from the next ("in March 2012 ... lasted into
    October": 2012, not the October five months before). None when it falls before, or no date was told."""
    if not last_date:
        return None
    date = f"{last_date[:4]}-{month_day}"
    return date if period(date)[0] > period(last_date)[1] else None


def _onward(month_day: str, source_date: str | None, last_date: str | None, years: list[int]) -> str | None:
    """The first such date from the story's time on, within the year before the source's date: a dated text tells
    forward, and its year-less date months before the story's time is of its own past year, as a news report's is
    ("declared a state of emergency in May 2013 ... a raid on a barracks in March", in a report of 2014-10: March
    2014). None when the text has no date, or none fits: a date told over a year before the source is the story's
    ("In September 2018 the commission reported: 'Throughout 7 April ...'", in a text of 2020-08: April 2018)."""
    if not source_date or not last_date:
        return None
    since = max(_days_after(period(last_date)[0], -NEAR_DAYS), _days_after(period(source_date)[1], -YEAR_DAYS))
    onward = [f"{y:04d}-{month_day}" for y in years]
    return min((d for d in onward if period(d)[1] >= since and _by(d, source_date)), default=None)


def _by(date: str, source_date: str | None) -> bool:
    """Does the date begin by the source's date (a date told as past cannot lie after it)?"""
    return source_date is None or period(date)[0] <= period(source_date)[1]


def _gap(date: str, other: str) -> int:
    """Days between two dates of any precision: 0 when their periods meet."""
    if overlaps(date, period(other)):
        return 0
    lo, hi = period(other)
    return min(_distance(date, lo), _distance(date, hi))


def _in_month_told(month_day: str, last_date: str | None, years: list[int]) -> bool:
    """Is the last date told a month, and the year-less date in it ("killed thousands in June 2023. The
    governor was killed on 14 June")? Then it is in that month, however long ago. A day told is no
    such month: the story may have moved on a year since ("on 14 June 2023 ... On 13 June the Council")."""
    return bool(last_date and len(last_date) == 7 and last_date[5:7] == month_day[:2]
                and int(last_date[:4]) in years)


def _distance(date: str, day: str) -> int:
    """Days between `day` and the nearest day of `date`'s period."""
    lo, hi = (datetime.date.fromisoformat(d) for d in period(date))
    point = datetime.date.fromisoformat(day)
    return 0 if lo <= point <= hi else min(abs((lo - point).days), abs((hi - point).days))


def period(date: str) -> tuple[str, str]:
    """The first and last day of a date of any precision (YYYY, YYYY-MM, YYYY-MM-DD)."""
    if len(date) == 10:
        return date, date
    if len(date) == 7:
        return f"{date}-01", f"{date}-{calendar.monthrange(int(date[:4]), int(date[5:]))[1]:02d}"
    return f"{date}-01-01", f"{date}-12-31"


def overlaps(date: str, span: tuple[str, str]) -> bool:
    lo, hi = period(date)
    return lo <= span[1] and span[0] <= hi
