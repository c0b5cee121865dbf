"""The words of time in English: month and weekday names, relative dates ("four years ago"),
what makes a number a year, and what ties a date to an event ("signed on", "until")
(`claimgraph.recognise.dates`, `claimgraph.extract.dates`, `claimgraph.extract.timeline`)."""

import calendar
import re

from . import _verbs, _years


# -- Dates in the text (`claimgraph.recognise.dates`) --
_ORDINAL_SUFFIX = r"(?:st|nd|rd|th)"
ORDINAL = _ORDINAL_SUFFIX + "?"  # "27th September"
# A day of the month after a weekday cut short ("Mon. 28th", a diary's heading): its stop ends no sentence
# (`claimgraph.recognise.nlp`).
SHORT_WEEKDAY_DAY = re.compile(rf"[0-3]?\d{_ORDINAL_SUFFIX}")
DAY_OF = r"(?:of\s+)?"  # "27th of September", "September of 2020"
YEAR_IN = r"(?:in\s+)?"  # "27 September, in 2020"
COUNTED_AFTER = r"km|people|troops|soldiers|deaths"  # "2000 troops": a count, not a year
# A clock time's zone or unit after four digits ("at 1826 UTC", "1745 GMT", "from 1800 hours", "2359 local", "1830
# (local time)", "1900 hrs"): a time of the day, never a year; not "local" before another noun ("the 2019 local
# elections": a year); not "hours of" a span ("In 2014 hours of shelling": the year, and hours of shelling).
CLOCK_AFTER = r"\(?(?:UTC|GMT|Zulu|(?:hours|hrs|hr)(?!\s+of\b)|local(?=\s+time\b|\s*[).,;:]|\s*$|\s+(?:on|at)\b))\b"
# Month names, lower case, and their numbers: read in "27 September 2020", "Sept. 27, 2020".
MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS |= {name.lower(): i for i, name in enumerate(calendar.month_abbr) if name}
MONTHS |= {"sept": 9}
# The first half of a range or pair that shares its year (and month) with the second half, which
# the patterns above read: "February–April 2018", "7/8 August 2008", "5 and 12 October 2016".
JOIN = r"\s*(?:[-–/]|and|to|until|till|through)\s*"
# Before a bare number, the words that make it a year: a time preposition or a determiner ("the 2020 elections",
# "a 1974 friendship treaty"), or a part of the year ("mid-1983").
YEAR_CONTEXT = frozenset({"in", "since", "until", "till", "by", "from", "to", "during", "throughout", "before", "after",
                          "between", "and", "of", "the", "a", "its", "their", "this", "that", "early", "late", "mid", "year",
                          "mid-", "spring", "summer", "autumn", "fall", "winter", "circa", "around", "—", "–", "-"})
NUMBER_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty".split())} | {"a": 1, "an": 1}
# ... and the tens on, alone or with a unit ("Fifty years ago today", "twenty-five years after"): an anniversary's
# count.
_TENS = {w: 10 * i for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), start=2)}
NUMBER_WORDS |= _TENS | {f"{ten}-{unit}": n + u for ten, n in _TENS.items()
                         for unit, u in NUMBER_WORDS.items() if 1 <= u <= 9 and unit not in ("a", "an")}
_COUNT = r"(?P<n>\d{1,2}|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")"
# A year after "the same month" moves it to another year: "compared with the same month last year".
_NOT_A_YEAR_ON = (r"(?!\s+(?:last|next|this|(?:a|one|two|three)\s+years?|"
                  r"(?:of\s+)?the\s+(?:previous|prior|following|next|last)\s+year|the\s+year\s+(?:before|after))\b)")
# A few days, or a week, told with no count ("within days", "a few days later", "a week afterwards").
_SOME_DAYS = r"(?:(?:a\s+few|several|some)\s+)?days"
_A_WEEK = r"(?:a|one)\s+week"
# Words before such days "later" or "afterwards" that make them no few days after the last day told: a count ("two
# days later", "10 days later", an "after-days" count read as such; "a hundred days later"), a span after "for" or
# "the" ("fighting went on for (several) days afterwards": no time it began; "in the (few) days afterwards"), more
# than a few ("many days later"). Nor may the match open past its own "a few", "several", "some" (which the words
# before them must pass), and it looks ahead first: a hundred look-behinds at every character cost seconds a text.
_NOT_SOME_DAYS_AFTER = (*NUMBER_WORDS, "hundred", "thousand", "dozen", "for", "the", "many", "few", "several", "some")
_NO_COUNT_BEFORE = "".join(rf"(?<!\b{word}\s)" for word in _NOT_SOME_DAYS_AFTER) + r"(?<!\d\s)(?<![\w-])"


def _no_count_later(days: str) -> re.Pattern:
    """`days` (`_SOME_DAYS`, `_A_WEEK`) "later" or "afterwards", with no count nor span before them
    (`_NO_COUNT_BEFORE`)."""
    later = rf"\b{days}\s+(?:later|afterwards)\b"
    return re.compile(rf"(?={later}){_NO_COUNT_BEFORE}{later}", re.IGNORECASE)


def _counted(after: str) -> re.Pattern:
    """A count (`_COUNT`) then `after` (no groups of its own), looked ahead first as a word then `after`: every
    count is one word of letters, digits and hyphens, so the look-ahead holds wherever the pattern matches, and the
    matches are the same; without it the hundred words of `_COUNT` are tried at every word of a text (a tenth of the
    relative dates' time)."""
    return re.compile(rf"\b(?=[\w-]+{after})(?:{_COUNT}){after}", re.IGNORECASE)


RELATIVE = [
    # "20 years ago today": that day of the year so many years before the source's (an anniversary's own day)
    ("ago-day", _counted(r"\s+years?\s+ago\s+today\b")),
    ("ago", _counted(r"\s+years?\s+(?:ago|since)\b")),
    ("after", _counted(r"\s+years?\s+(?:after|later)\b")),
    # "The airport was retaken four days later": so many days after the last day told ("after" alone may count
    # from an event named after it: "four days after the assault began").
    ("after-days", _counted(r"\s+days?\s+later\b")),
    ("same-day", re.compile(r"\b(?:(?:in|during) the (?:early |late )?(?:hours|morning|evening|night) of |on |by the end of )?"
                            r"that (?:same )?(?:day|morning|afternoon|evening|night)\b",  # "that evening"
                            re.IGNORECASE)),
    # "on the first day", "sank the supply ship on the first morning": the day of the last date told
    ("same-day", re.compile(r"\b(?:on|in|during) the (?:first|1st|very first) (?:day|morning|afternoon|evening|night)\b"
                            r"(?!\s+of\b)", re.IGNORECASE)),
    ("next-day", re.compile(r"\b(?:on |in |during )?the (?:next|following) (?:day|morning|afternoon|evening|night)\b",
                            re.IGNORECASE)),  # "The next morning Israeli troops entered West Beirut"
    ("same-day", re.compile(r"\b(?:on )?the (?:very )?same day\b", re.IGNORECASE)),  # "The same day, killings in Oran"
    # "was deployed later that year", "the following year": the year of the last date told, or the one after it
    ("same-year", re.compile(r"\b(?:(?:later|earlier) )?(?:in )?that (?:same )?year\b(?![’']s)", re.IGNORECASE)),
    # ... not "the following year's budget" (a thing's), nor "over the next year" (a span ahead, no point in time)
    ("next-year", re.compile(r"\b(?<!over )(?<!for )(?<!within )(?<!during )(?:in )?the (?:following|next) year\b(?![’']s)",
                             re.IGNORECASE)),
    ("same-day", re.compile(r"\b(?:in|during) the (?:early |late )?(?:morning|afternoon|evening|night)\b(?! of)",
                            re.IGNORECASE)),
    # "later that month", "later in the month", "that same month": the month of the last date told ("5 May - Saleh declares
    # a state of emergency. Later in the month Hadi is named defence minister"), not "later this month" (the source's)
    # nor "the same month last year", "in the same month a year earlier" (that month of another year)
    ("same-month", re.compile(rf"\b(?:(?:later|earlier)\s+(?:that|in\s+the)|(?:in\s+)?that\s+same|the\s+same)\s+month\b"
                              rf"(?![’']s){_NOT_A_YEAR_ON}", re.IGNORECASE)),
    # "the following month": the month after the last date told ("The mine shut in May 1989, and the government declared
    # a state of emergency the following month"), not "over the next month" nor "would hold talks in the next month"
    # (a span ahead, from the source's time)
    ("next-month", re.compile(r"\b(?<!over )(?<!for )(?<!within )(?<!during )(?:(?:in )?the following|(?<!in )the next) "
                              r"month\b(?![’']s)", re.IGNORECASE)),
    # "said last night that his soldiers", not a night of a thing or a person's ("the last night of the siege", "his
    # last night in office"), nor "At last night fell"
    ("day-before", re.compile(r"\b(?:yesterday|(?<!the )(?<!his )(?<!her )(?<!their )(?<!its )(?<!my )(?<!our )(?<!at )"
                              r"last night(?!\s+of\b))\b", re.IGNORECASE)),
    # "the signing today in Geneva", "by this morning", "in a broadcast tonight" (a wire report's day), not "today's Libya"
    # ... and a notebook's "killed this a.m.", "this p.m."
    ("today", re.compile(r"\b(?:today|tonight|this (?:morning|afternoon|evening)\b|this [ap]\.m\.)(?!\w|[’']s)",
                         re.IGNORECASE)),
    # "The tournament will kick off tomorrow", "WE LEAVE TOMORROW": the day after the source's (or its section's) day;
    # not "tomorrow's match" (a thing's), nor a noun of the future ("fighting for a better tomorrow", "the Africa of
    # tomorrow")
    ("day-after", re.compile(r"(?<!\ba\s)(?<!\bof\s)(?<!\bthe\s)(?<!\bbetter\s)(?<!\bbrighter\s)"
                             r"\btomorrow\b(?![’']s)", re.IGNORECASE)),
    # "Within hours Kibaki was sworn in", "Within days Moscow began an airlift": a short while after the last date told,
    # its day (or month) or (`extract.dates.within`) the day's month; not "within hours of the attack" (counted from
    # what it names)
    ("within-hours", re.compile(r"\bwithin\s+(?:a\s+few\s+|several\s+)?(?:hours|minutes)\b(?!\s+(?:of|after|before)\b)",
                                re.IGNORECASE)),
    ("within-days:10", re.compile(rf"\bwithin\s+{_SOME_DAYS}\b(?!\s+(?:of|after|before)\b)", re.IGNORECASE)),
    ("within-days:7", re.compile(rf"\bwithin\s+{_A_WEEK}\b(?!\s+(?:of|after|before)\b)", re.IGNORECASE)),
    # "He resigned days later", "a few days later", "a week later": some days after the last day told, no count given;
    # its month, as "within days" (not "two days later", a count: "after-days" above)
    ("within-days:10", _no_count_later(_SOME_DAYS)),
    ("within-days:7", _no_count_later(_A_WEEK)),
    ("within-days", re.compile(r"\bwithin\s+(?P<n>[2-9]|two|three|four|five|six|seven|eight|nine)\s+days\b"
                               r"(?!\s+(?:of|after|before)\b)", re.IGNORECASE)),
    # "had taken the city of Zawiyah last week", "clashes earlier this week": the week before the source's, or its own
    # up to its date (`extract.dates.within`: the month that holds it); not "last week's talks" (a thing's), nor "the
    # last week of fighting" (a period's final week)
    ("week:-1", re.compile(r"(?<!\bthe\s)\blast week\b(?![’']s|\s+of\b)", re.IGNORECASE)),
    ("week:0", re.compile(r"\bearlier this week\b(?![’']s)", re.IGNORECASE)),
    ("year:-1", re.compile(r"\blast year\b", re.IGNORECASE)),
    ("year:0", re.compile(r"\bthis year\b", re.IGNORECASE)),
    # "could deliver its first concentrate late next year": the year after the source's; not "the next year" (the year
    # after the last date told, "next-year" above) nor "next year's budget" (a thing's)
    ("year:1", re.compile(r"(?<!\bthe\s)\bnext year\b(?![’']s)", re.IGNORECASE)),
    ("month:-1", re.compile(r"\blast month\b", re.IGNORECASE)),
    ("month:0", re.compile(r"\bthis month\b", re.IGNORECASE)),
]
_WEEKDAY_NAMES = "|".join(calendar.day_name)  # "Monday|Tuesday|...": the alternation every weekday pattern takes
# A clock time with no date beside it ("Our marines returned fire at 2:47 p.m."): a time of the last day told
# (`claimgraph.recognise.dates`, a "same-day" reference), not "at 1 a.m. on Dec. 20", "at 2:34 p.m. yesterday",
# "on 20 December at 1 a.m." (`CLOCK_DATED`): the date beside it says the day.
_AT_ABOUT = r"\bat\s+(?:about\s+|around\s+|approximately\s+|roughly\s+)?"
CLOCK = re.compile(_AT_ABOUT +
                   r"(?:[01]?\d(?:[:.][0-5]\d)?\s*(?:a\.m\.|p\.m\.|am\b|pm\b)|[0-2]?\d:[0-5]\d\b)"
                   r"(?!\s*(?:\(?(?:GMT|UTC|local\s+time)\)?)?\s*,?\s*(?:on\b|yesterday|today|tonight|tomorrow|last\b|"
                   r"this\b|that\b|the\s+(?:same|next|following|previous)\b|[A-Z][a-z]+day\b|\d|"
                   r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)))", re.IGNORECASE)
CLOCK_DATED = re.compile(r"(?:\b\d{1,4}|\b(?:" + _WEEKDAY_NAMES + "|" + "|".join(calendar.month_name[1:])
                         + r"|yesterday|today|tonight|night|morning|afternoon|evening)\b\.?),?\s*$", re.IGNORECASE)
# A span "within" which something must or may be done is a term or a plan, no time told ("ordered to withdraw within
# days", "a deal is expected within a week"): no date (`claimgraph.recognise.dates`).
WITHIN_TERM = re.compile(r"\b(?:will|would|shall|could|can|may|might|must|should|expected|likely|due|ordered|demanded|"
                         r"urged|asked|told|given|gave|deadline|ultimatum|to)\b[^,.;:!?]{0,40}$", re.IGNORECASE)
# A weekday stands for a day of the week the source was written in ("signed on Saturday", "talks in
# Moscow Thursday"); not when a date follows it ("Monday, September 22, 2008").
WEEKDAYS = {name: i for i, name in enumerate(calendar.day_name)}  # Monday 0, as datetime.weekday()
# A weekday cut short with its full stop, as a diary's entry heads its day ("Mon. 28th", "Fri. 2nd July, Paris"):
# `WEEKDAY_DAY`, `_WEEKDAY_GLOSS`; read by its name without the stop (`WEEKDAY_NUMBERS`).
WEEKDAY_SHORT = {"Mon": 0, "Tue": 1, "Tues": 1, "Wed": 2, "Thu": 3, "Thur": 3, "Thurs": 3, "Fri": 4, "Sat": 5, "Sun": 6}
WEEKDAY_NUMBERS = WEEKDAYS | WEEKDAY_SHORT | {name.upper(): n for name, n in WEEKDAY_SHORT.items()}  # "THU 22 NOV"
_WEEKDAY_SHORT = "|".join(sorted(WEEKDAY_SHORT, key=len, reverse=True))
_WEEKDAY_OR_SHORT = rf"(?:{_WEEKDAY_NAMES}|(?:{_WEEKDAY_SHORT})(?=\.))"  # the short name before its stop
WEEKDAY = re.compile(r"\b(?:(?:[Oo]n|[Ll]ast|[Tt]his)\s+)?(?P<weekday>" + _WEEKDAY_NAMES + r")"
                     r"(?:\s+(?:morning|afternoon|evening|night))?\b(?!,?\s+(?:the\s+)?\d|,?\s+[A-Z][a-z]+\s+\d)")
# A weekday and a day of the month with no month ("Friday 10th.", "Tuesday, 14th", a diary's day; "Sunday night, the
# 9th", a postscript's; "Mon. 28th", a weekday cut short): that day in the month of the last date told (or the next,
# or the one before) that falls on that weekday (`claimgraph.extract.dates.anchor`, "weekday-day:W:DD"); not before a
# month ("Monday, 3 March": `NO_YEAR`).
# A weekday cut short without its stop heads a notebook's day line ("Thu 22 Nov", "THU 22 NOV", "Thu, 22 Nov", "Tues
# 15th -"), or goes before a day and its ordinal after "on" ("on Tues 15th -"): read so only at a line's head
# (`WEEKDAY_GLOSS_BEFORE`, `WEEKDAY_DAY`) or there (`WEEKDAY_DAY`), not where a name or a word is spelt so ("The Sun 18
# May edition", "on Sat 15th minute", "Sun 18th century", "on Sun 18th-century"); a day line's day ends its words
# ("Sun 18th Century Furniture" is a sale's).
_WEEKDAY_LINE_HEAD = rf"(?<![^\n])(?:{_WEEKDAY_SHORT}|{_WEEKDAY_SHORT.upper()})(?=,?[ \t])"
_ORDINAL_DAY_AHEAD = r",?[ \t]+[0-3]?\d(?:st|nd|rd|th)\b"
_WEEKDAY_BARE_DAY = (rf"(?<=\b[Oo]n )(?:{_WEEKDAY_SHORT})(?={_ORDINAL_DAY_AHEAD}(?!-[a-z]|[ \t]+[a-z\d]))"
                     rf"|{_WEEKDAY_LINE_HEAD}(?={_ORDINAL_DAY_AHEAD}(?!-\w|[ \t]+\w))")
WEEKDAY_DAY = re.compile(r"\b(?P<weekday>" + _WEEKDAY_OR_SHORT + "|" + _WEEKDAY_BARE_DAY + r")\.?"
                         r"(?:\s+(?:morning|afternoon|evening|night))?"
                         r",?\s+(?:the\s+)?(?P<day>[0-3]?\d)(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?(?:"
                         + "|".join(calendar.month_abbr[1:]) + r"))")
# A weekday just before a year-less day it glosses ("Thursday 16 September", "on Friday, May 9"): the year read must
# put the day on that weekday (`claimgraph.extract.dates.anchor`; "Fri. 2nd July", a weekday cut short).
WEEKDAY_GLOSS_BEFORE = re.compile(r"\b(?P<weekday>" + _WEEKDAY_OR_SHORT + "|" + _WEEKDAY_LINE_HEAD
                                  + r")\.?,?\s+(?:the\s+)?$")
# "last Monday": a Monday before the source's day, a week back when the source is of a Monday itself.
LAST_WEEKDAY = re.compile(r"[Ll]ast\s")
# "on the last Sunday of October": the last such day of a month or year named after it, no day of the source's week.
LAST_WEEKDAY_OF = re.compile(r"\s+of\s")
# "The army said that night raids had killed 12 rebels": after a verb of saying, "that" opens what was said, and a
# part of the day before a word that opens no clause ("raids", "classes") is that word's modifier, not a time ("said
# that night the army withdrew", "announced that evening a ceasefire" keep it).
SAID_BEFORE = re.compile(r"\b(?:said|says|say|told\s+\w+|warned|reported|claimed|stated|added|announced|believed|"
                         r"feared|insisted|denied|confirmed|wrote)\s+$", re.IGNORECASE)
NOUN_AFTER = re.compile(r"\s+(?!(?:the|a|an|this|these|those|its|their|his|her|our|that|when|as|after|before|and|"
                        r"but|or|in|on|at|to|by|with|for|from|he|she|it|they|we|i|there)\b)[a-z]")
# A month (and day) with no year, after a word that makes it a time ("on September 19",
# "In February"); month names capitalised, so "may" the verb and "march" are not read.
# A short month name takes a full stop, or a day after it ("attacked them on Jan 26", "QUITO, Feb 17 (Reuters) -").
_CAP_MONTH = (r"(?P<month>" + "|".join(calendar.month_name[1:])
              + r"|Sept?\.?|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Oct|Nov|Dec)(?:\.|(?=\s+[0-3]?\d\b)))")
_TIME_WORD = (r"\b(?:(?:[Oo]n|[Ii]n|[Bb]y|[Ss]ince|[Uu]ntil|[Ff]rom|[Ee]arly|[Ll]ate|[Dd]uring|[Tt]hroughout|[Tt]ill|"
              r"[Ii]nto|[Tt]hrough)\s+|[Mm]id-\s*|[Aa]t\s+(?=the\s+(?:beginning|start|middle|end)\s+of\s))")
# "lasted into May", "lasted through January", "in mid-September", "at the end of March"
# Not a month joined to a dated month ("in October and November 2022"): the first half of a range or pair, which
# takes the second's year (`claimgraph.recognise.dates.FIRST_HALF`).
_MONTH_NAME = "(?:" + "|".join(calendar.month_name[1:]) + ")"
_PAIRED_MONTH = rf"(?!{JOIN}{_MONTH_NAME}\s+\d{{4}})"
# Nor a day whose range or pair ends on a dated day ("on October 22-24, 1994": `claimgraph.recognise.dates` reads both).
_PAIRED_DAY = rf"(?!{JOIN}[0-3]?\d{ORDINAL},?\s+\d{{4}})"
# ... nor a day or a month a year follows, of four digits or two ("27th June '76", a diary's line "Tuesday, 12 April
# 94 - Kigali": `SHORT_YEAR`).
_NO_YEAR_AFTER = (r"(?![\w,]*\s*,?\s*(?:of\s+)?(?:\d{4}|['’]\d\d\b|\d\d(?:[ \t]*(?:\n|\Z)|[ \t]+[-–—])))"
                  + _PAIRED_MONTH + _PAIRED_DAY + r"(?!\w)")
# "of 14 December attacks": a count; but a word in -s before "that" or a determiner is a verb ("Resolution 664 of
# August 18 demands that ...", "... of 3 May calls the parties to ...")
_NO_PLURAL_AFTER = (r"(?!\s+(?!(?:was|is|has|as|this|thus)\b)[a-z]+s\b"
                    r"(?!\s+(?:that|the|a|an|its|their|all|both|on\s+all)\b))")
_DATELINE_CITY = r"(?m)^[ \t]*[A-Z][A-Z .'’-]{2,},[ \t]*"  # a dateline's place: "KHARTOUM, "
_DATELINE_END = r"(?=[ \t]*[(–—-])"  # "(Reuters) -", "–"
_DAY2 = rf"(?P<day2>[0-3]?\d){ORDINAL}"
# A second day after its month's first ("on October 22-24 the army shelled", "on May 5 and 12, talks"): after a dash
# a range's end (not a quantity's before its unit: "on July 9-11 km of cobbles"); after a word ("and", "to") only
# where the day closes its phrase, not a count ("on May 5 and 12 soldiers died").
_UNIT = r"(?:units?|doses?|per\s*cent|percent|mm|cm|km|kg|mg|ml|degrees)\b"  # a quantity's unit after its number
_DASH = rf"\s*[-–]\s*(?=[0-3]?\d(?!\d)(?!\s*{_UNIT}))"
_DAY2_CLOSED = rf"[0-3]?\d{ORDINAL}(?:[,.;)]|\s+(?:and|to|in|at|of|for)\b)"
# The day heading a chronology's entry ("28 June: Jets strike ...", "May 9: ...", "17 September - At dawn the army
# attacks"): it opens its line (ENTRY_OPEN before it) and ends at a colon or a spaced dash (ENTRY_CLOSE), read here and
# by `claimgraph.extract.scope` (that colon parts no clause).
ENTRY_OPEN = re.compile(r"[ \t]*")
ENTRY_CLOSE = re.compile(r"[ \t]*(?::|[-–—][ \t])")
_ENTRY_START = rf"(?m)^{ENTRY_OPEN.pattern}"
_ENTRY_END = rf"(?={ENTRY_CLOSE.pattern})"
# The part of a day between the time word and the date: "On the morning of 5 June", "on the night of June 5".
# A weekday, with or without a comma, before a year-less day glosses it ("On Monday, 3 March,", "the evening of Thursday
# 16 September"): the day says which Monday, and the weekday is no date of its own (`WEEKDAY` skips it).
_WEEKDAY_GLOSS = rf"\b{_WEEKDAY_OR_SHORT}\.?,?\s+"
# "to" after a day or its month ends a range whose first half the time word before it opened ("from 28 November to 1
# December", "from November 28 to December 1").
_RANGE_TO = (r"(?:(?<=\d)|" + "|".join(f"(?<={name})" for name in calendar.month_name[1:])
             + r")\s+(?:to|until|till|through)\s+")
# ... or of the month: "since the middle of February", "at the end of March" (the month, as coarse as written).
_PART_OF_DAY = r"(?:the\s+(?:early\s+|late\s+)?(?:morning|afternoon|evening|night|beginning|start|middle|end)\s+of\s+)?"
# A day with no year right after a resolution's year in brackets and "of" takes that year: "resolution 353 (1974) of
# 20 July" is of 20 July 1974, whatever year the source was written in (`recognise.dates.RelativeDates`).
_BRACKETED_YEAR = _years.bracketed(rf"(?P<year>{_years.YEAR})")  # "(1974)" after a resolution's number
BRACKET_YEAR_OF = re.compile(rf"{_BRACKETED_YEAR}\s+of\s+$")

# A month cut short in capitals, as a signal or a log writes it ("18 JAN 74", "PATROL RETURNED 3 AUG").
_MILITARY_MONTH = r"(?P<month>JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)"
# "MAY" before a verb is the modal of a headline in capitals, its number a count: "5 MAY HAVE DIED", "3 MAY FACE
# CHARGES", "UP TO 20 MAY BE KILLED".
_MAY_MODAL = (r"(?!(?<=MAY)[ \t]+(?:BE|HAVE|NOT|NEVER|STILL|ALSO|FACE|NEED|LOSE|REMAIN|RETURN|"
              r"DIE|STAY|GET)\b)")

# The first month of a span "between" two year-less months ("between June and August"): no year after the second
# (that is `FIRST_HALF`'s, "between June and August 2003"), no day after either.
_MONTH_SPAN_FIRST = (rf"\b[Bb]etween\s+{_CAP_MONTH}(?=\s+and\s+(?:(?:early|late)\s+|mid-\s*)?{_MONTH_NAME}\b"
                     rf"(?!\s*,?\s*[0-3]?\d\b){_NO_YEAR_AFTER})")

# ...whose second month after "until", "till" or "through" is the span's end (`NO_YEAR_TO`), not a time of its own:
# "from April until June" ends in the June after April, not in one that may look past the source's date.
_NOT_SPAN_END = "".join(rf"(?<![Ff]rom\s{name}\s)" for name in calendar.month_name[1:])
# The month that follows a year-less month in a span ("from May until June", "between May and July"): "May" before
# it is the month, not the modal (`claimgraph.recognise.dates`).
MONTH_SPAN_NEXT = re.compile(rf"\s+(?:to|until|till|through|and)\s+(?:(?:early|late)\s+|mid-\s*)?{_MONTH_NAME}\b")
# A span of year-less months told in the present ("The exhibition is open from May until June", "the siege continues
# from April until June"): this year's, though its end is past the source's date (`claimgraph.extract.dates.anchor`).
# The present verb is the span's own, in its clause with no past verb after it: not "The siege that is still
# remembered lasted from April until June", "The town, which is rebuilt, was held from April".
PRESENT_SPAN = re.compile(r"\b(?:is|are|am|remains?|runs?|continues?|holds?|lasts?|stays?|opens?|closes?)\b"
                          r"(?:(?!\b(?:was|were|had|\w+ed)\b)[^,;:.!?])*$", re.IGNORECASE)

NO_YEAR = [re.compile(_MONTH_SPAN_FIRST),
           re.compile(rf"{_NOT_SPAN_END}{_TIME_WORD}{_PART_OF_DAY}{_CAP_MONTH}(?:\s+(?P<day>[0-3]?\d){ORDINAL}"
                      rf"(?:(?:{_DASH}|{JOIN}(?={_DAY2_CLOSED})){_DAY2}(?!\d))?|(?!\s*,?\s*\d)){_NO_YEAR_AFTER}"),
           re.compile(rf"{_TIME_WORD}{_PART_OF_DAY}(?:the\s+)?(?P<day>[0-3]?\d){ORDINAL}\s+{DAY_OF}{_CAP_MONTH}"
                      rf"{_NO_YEAR_AFTER}"),
           # the day an ordinal and "of" make with a month, with no time word ("It was the 4th of May, a Thursday"),
           # save in a name ("the 26th of July Movement")
           re.compile(rf"\b[Tt]he\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)\s+of\s+{_CAP_MONTH}(?!\s+[A-Z]){_NO_YEAR_AFTER}"),
           # "the August 12 meeting": a date before the noun it dates
           re.compile(rf"\b[Tt]he\s+{_CAP_MONTH}\s+(?P<day>[0-3]?\d){ORDINAL}(?=\s+[a-z]){_NO_YEAR_AFTER}"),
           # "the military operation of 14 December", "the meeting of May 12": "of" a day names which happening;
           # not a count before a plural noun ("one of 14 December attacks": fourteen attacks)
           re.compile(rf"\b[Oo]f\s+(?P<day>[0-3]?\d){ORDINAL}\s+{_CAP_MONTH}{_NO_YEAR_AFTER}{_NO_PLURAL_AFTER}"),
           re.compile(rf"\b[Oo]f\s+{_CAP_MONTH}\s+(?P<day>[0-3]?\d){ORDINAL}(?!\d){_NO_YEAR_AFTER}{_NO_PLURAL_AFTER}"),
           # "the night of 7/8 August", "5 and 12 October", "3rd-5th May", "between the 3rd and the 5th of May": a
           # pair of days is a date with no time word
           re.compile(rf"\b(?P<day>[0-3]?\d){ORDINAL}{JOIN}(?:the\s+)?{_DAY2}\s+{DAY_OF}{_CAP_MONTH}{_NO_YEAR_AFTER}"),
           # a signal's or a log's day and month in capitals, no year after them ("PATROL RETURNED 3 AUG", "RAIDS
           # ON THE ISLAND NIGHT 30-31 JUL"); not before a number ("POLICE ARREST 3 JAN 20 PROTESTERS"), nor the
           # modal before its verb (`_MAY_MODAL`: "ARMY SAYS 5 MAY HAVE DIED": five people)
           re.compile(rf"\b(?P<day>[0-3]?\d)(?:{_DASH}{_DAY2})?[ \t]+{_MILITARY_MONTH}\b(?![ \t]*['’]?\d){_MAY_MODAL}"),
           # the day heading an entry of a chronology, before its colon: "28 June: Jets strike ...", "May 9: ..."
           re.compile(rf"{_ENTRY_START}(?P<day>[0-3]?\d){ORDINAL}\s+{_CAP_MONTH}{_ENTRY_END}"),
           re.compile(rf"{_ENTRY_START}{_CAP_MONTH}\s+(?P<day>[0-3]?\d){ORDINAL}{_ENTRY_END}"),
           # a chronology's entry headed by a month alone: "October - Hadi is appointed vice-president"
           re.compile(rf"{_ENTRY_START}{_CAP_MONTH}{_ENTRY_END}"),
           # a notebook's or a diary's day line with no year, alone on its line or before a spaced dash and the
           # place it was written at ("Sat 9 Apr - Nairobi", "Fri 10 Jun", "Tuesday 12 April"): the entry's day
           re.compile(rf"(?m)^[ \t]*(?:(?:{_WEEKDAY_NAMES}|{_WEEKDAY_SHORT})\.?,?[ \t]+)?"
                      rf"(?P<day>[0-3]?\d){ORDINAL}[ \t]+"
                      rf"(?P<month>{_MONTH_NAME}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
                      rf"(?=[ \t]*(?:$|[-–—][ \t]))"),
           # the day a weekday and a comma gloss: "On Monday, 3 March, Ecuador broke relations", "on Friday, May 9"
           re.compile(rf"{_WEEKDAY_GLOSS}(?P<day>[0-3]?\d){ORDINAL}\s+{DAY_OF}{_CAP_MONTH}{_NO_YEAR_AFTER}"),
           re.compile(rf"{_WEEKDAY_GLOSS}{_CAP_MONTH}\s+(?P<day>[0-3]?\d){ORDINAL}(?!\d){_NO_YEAR_AFTER}"),
           # a dateline's day: "KHARTOUM, April 20 (Reuters) -", "GENEVA, 3 March -"
           re.compile(rf"{_DATELINE_CITY}{_CAP_MONTH}[ \t]+(?P<day>[0-3]?\d){_DATELINE_END}"),
           re.compile(rf"{_DATELINE_CITY}(?P<day>[0-3]?\d)[ \t]+{_CAP_MONTH}{_DATELINE_END}")]
# A year of two digits ("back in '73", "in March of '86", a diary's "27th June '76") and a military day: a log's day
# heading ("18 JAN 74") or a signal's date-time group (`DATE_TIME_GROUP`: "020850Z AUG 64", the day, the time and its
# zone): the year of that century that is not after the source's ("short:YY[-MM[-DD]]",
# `claimgraph.extract.dates.anchor`).
_YY = r"['’]?(?P<yy>\d\d)(?![\d'’%])"
DATE_TIME_GROUP = re.compile(rf"[ \t]*(?P<day>[0-3]\d)[0-2]\d[0-5]\d[A-Z][ \t]+{_MILITARY_MONTH}[ \t]+{_YY}[ \t]*")
# A day written in numbers, its parts parted by the same dot or slash ("19.06.1992", "5/5/2009", "3/14/2021"; with a
# year of two digits, `SHORT_YEAR`, day and month of two digits each, opening a line or after a time word, or before a
# clock time as a stamp: a log's "19.06.92 18:55", "on 05/05/09", a link's "KABUL - PESHAWAR, 14.03.89 09:10";
# not "Scores after round 3: 21.06.19"); which field is the day `claimgraph.recognise.dates` decides. Not a version's
# or a build's ("version 10.11.12"), nor a number's ("Invoice No. 12/03/2021-A", "Section 4.2.2019"), nor a part of a
# longer run of numbers ("192.168.10.10", "1.2.3.4"), nor a quantity's before its unit ("1.2.2000 units").
_NUMBER_NOT_BEFORE = (r"(?<![\w.,/:-])(?<!version )(?<!release )(?<!build )(?<!patch )(?<!no\. )(?<!nos\. )"
                      r"(?<!number )(?<!section )(?<!serial )")
_NUMBER_NOT_AFTER = rf"(?!\w|[.,/:-]\w|\s+{_UNIT})"
NUMERIC_DATE = re.compile(rf"{_NUMBER_NOT_BEFORE}(?P<day>0?[1-9]|[12]\d|3[01])(?P<sep>[./])"
                          rf"(?P<mnum>0?[1-9]|[12]\d|3[01])(?P=sep)(?P<year>1[5-9]\d\d|20\d\d){_NUMBER_NOT_AFTER}",
                          re.IGNORECASE)
# Every day in numbers parted by slashes, its first two fields: a field over 12 shows which is the day, and the
# text's convention decides the others ("12/25/2020 ... 3/4/2021": month first) (`claimgraph.recognise.dates`).
SLASHED_DATE = re.compile(r"(?<![\w./])(?P<first>[0-3]?\d)/(?P<second>[0-3]?\d)/(?:\d{4}|\d\d)(?![\w/])")
# A line of a chat's, a log's or a feed's export stamped with its day and month in numbers and its clock time, no year
# ("[27/06 14:32] Marko: tanks on the road", "27.06 14:32 -"): what the line tells is of that day, in the year the
# text's own dates tell (`claimgraph.recognise.dates`; which field is the day, the stamps' own order decides). The
# stamp is closed by its bracket, or its day and month are two digits each ("14.05 09:12 militia attacked"), or a
# dash, a bar or a speaker's name (capitalised words) and colon follow it: a numbered section's "2.3 14:00 Rebels
# attacked the camp" or a programme's "12.5 10:45 Opening remarks:" and "2.3 14:00 - 15:00 Coffee" is no day.
# A stamp may hold its year too, in two digits or four ("[23.06.21 20:15]", "[23.06.2021 20:15]", a channel's
# export): its day is read as any such date is (`NUMERIC_DATE`, `SHORT_YEAR`), and it is a line's stamp all the same.
# `STAMPED_LINE` is any stamp of that shape, closed or not, a year in it too ("19.06.92 18:55"), before what it
# stamps: a line it opens is an entry of its own (`claimgraph.recognise.wrapping`), which joins no line and dates none.
_STAMP_DAY = r"(?P<day>[0-3]?\d)(?P<sep>[./])(?P<mnum>[01]?\d)"
_STAMP_YEAR = r"(?:(?P=sep)(?P<year>\d{4}|\d\d))?"  # "[23.06.21 20:15]", "[23.06.2021 20:15]"
_STAMP_TIME = r"\.?,?[ \t]+[0-2]?\d:[0-5]\d\b"
_CAPITAL = r"[^\W\d_a-z]"  # a word's capital first letter, of any alphabet
# A label of a programme's or a minute's item, of one word or opening with one of these, is no speaker ("12.5 10:45
# Agenda: review of the talks", "3.4 09:30 Panel Discussion:", "Coffee Break:").
_ITEM_LABELS = ("agenda", "break", "lunch", "coffee", "dinner", "reception", "registration", "welcome", "keynote",
                "opening", "closing", "session", "panel", "plenary", "workshop", "discussion", "presentation",
                "summary", "note", "notes", "update", "item", "topic", "remarks", "introduction", "briefing", "venue")
_SPEAKER = (rf"(?!(?i:{'|'.join(_ITEM_LABELS)})\b){_CAPITAL}[\w.'’-]*(?:[ \t]+{_CAPITAL}[\w.'’-]*){{0,2}}:")
_BARE_STAMP_BEFORE = rf"[0-3]?\d[./][01]?\d{_STAMP_TIME}[ \t]*(?:[-–—|](?![ \t]*[0-2]?\d:[0-5]\d)|{_SPEAKER})"
LINE_STAMP = re.compile(rf"(?m)^[ \t]*(?P<open>\[)?(?(open)|(?=\d\d[./]\d\d\b|{_BARE_STAMP_BEFORE}))"
                        rf"{_STAMP_DAY}{_STAMP_YEAR}{_STAMP_TIME}(?(open)(?::[0-5]\d)?\])")
STAMPED_LINE = rf"\[?{_STAMP_DAY}{_STAMP_YEAR}{_STAMP_TIME}"
# A four-digit number opening a line of a log or a timeline of one day, before what happened then ("0630 Troops
# crossed the bridge", "1415: shelling resumes", "2000 - Looting of offices"): a clock time where the text's lines
# open with such numbers, one of them at least a time before ten with its zero, which no year is written as
# ("0630"), and every one of them a time (`claimgraph.extract.dates.sections.log_clock`; "1914 - War", "1588 -
# Armada" open a timeline of years, and so do "1453 - The Ottomans take Constantinople", "1854 - The Crimean War
# begins": a year before 1500 is no year `recognise.dates` reads, but no clock either).
ZERO_CLOCK = re.compile(r"0\d[0-5]\d")
# ... and in such a log, four digits after "at" ("The statue fell at about 1850").
AT_CLOCK_BEFORE = re.compile(_AT_ABOUT + "$", re.IGNORECASE)
LINE_NUMBER = re.compile(r"(?m)^[ \t]*(?:[-*•·][ \t]+)?(?P<hh>\d\d)(?P<mm>\d\d)(?=[ \t]*[-–—:.|)]?[ \t]+\S)")
_SHORT_NUMERIC_BEFORE = (rf"(?:^[ \t]*|\b(?:on|of|from|until|till|since|dated|date:|by|before|after)[ \t]+|"
                         rf"(?=[\d./]{{8}}[ \t]+[0-2]?\d:[0-5]\d\b)){_NUMBER_NOT_BEFORE}")
_SHORT_MONTH = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"  # a month cut short as written ("12 Apr '94")
_WEEKDAY_ANY = rf"(?:{_WEEKDAY_NAMES}|{_WEEKDAY_SHORT})"  # a weekday written out or cut short ("Thu 7 Apr 94")
SHORT_YEAR = [re.compile(rf"(?:\b(?:(?P<day>[0-3]?\d){ORDINAL}\s+(?:of\s+)?)?{_CAP_MONTH}\s+(?:of\s+)?|"
                         rf"\b(?:[Ii]n|[Ss]ince|[Oo]f|[Bb]y|[Uu]ntil|[Ff]rom)\s+)['’]"
                         rf"(?P<yy>\d\d)(?![\d'’%])\b"),
              re.compile(rf"\b(?P<day>[0-3]?\d)(?:[0-2]\d[0-5]\d[A-Z])?[ \t]+{_MILITARY_MONTH}[ \t]+{_YY}\b"),
              re.compile(rf"{_SHORT_NUMERIC_BEFORE}(?P<day>0[1-9]|[12]\d|3[01])(?P<sep>[./])"
                         rf"(?P<mnum>0[1-9]|[12]\d|3[01])(?P=sep)(?P<yy>\d\d){_NUMBER_NOT_AFTER}",
                         re.IGNORECASE | re.MULTILINE),
              # a diary's or a notebook's: "7/4/94" (slashes, a field of one digit: the others are read above), "12
              # Apr '94" (a short month and a cut year), a day line "Thu 7 Apr 94 - Nairobi" (opening its line, before
              # its end or a dash; not a clock's hour, "Sat 12 June 15:00 - Arsenal v Chelsea", nor a score, "Sat 12
              # June 21-14 win")
              re.compile(rf"{_SHORT_NUMERIC_BEFORE}(?=\d/|\d\d/\d/)(?P<day>[1-9]|[12]\d|3[01])(?P<sep>/)"
                         rf"(?P<mnum>[1-9]|[12]\d|3[01])/(?P<yy>\d\d){_NUMBER_NOT_AFTER}",
                         re.IGNORECASE | re.MULTILINE),
              re.compile(rf"(?:\b(?P<day>[0-3]?\d){ORDINAL}\s+)?\b(?P<month>{_SHORT_MONTH})\.?\s+['’](?P<yy>\d\d)"
                         rf"(?![\d'’%])\b"),
              re.compile(rf"(?m)^[ \t]*(?:{_WEEKDAY_ANY}\.?,?[ \t]+)?(?P<day>[0-3]?\d){ORDINAL}[ \t]+"
                         rf"(?P<month>{_MONTH_NAME}|{_SHORT_MONTH})\.?,?[ \t]+(?P<yy>\d\d)"
                         rf"(?![:.]\d|[ \t]*[-–—][ \t]*\d)"
                         rf"(?=[ \t]*(?:$|[-–—:,;(]))")]
# A military day's year in a headline of capitals may be a count ("POLICE ARREST 3 JAN 20 PROTESTERS"): a word of
# capitals before it (not a time word: "SHELLED ON 18 JAN 74") and one after it (`claimgraph.recognise.dates`).
CAPITALS_WORD_BEFORE = re.compile(r"\b(?!(?:ON|OF|BY|SINCE|UNTIL|FROM|TO|TILL|DTG)\b)[A-Z]{2,}[ \t]+$")
CAPITALS_WORD_AFTER = re.compile(r"[ \t]+[A-Z]{2,}\b")
# The second half of a range of year-less days across a month ("from November 28 to December 1"): its own kind
# ("no-year-to"), the first such day on or after the first half ("from 28 December to 3 January": the next January).
NO_YEAR_TO = [re.compile(rf"{_RANGE_TO}(?P<day>[0-3]?\d){ORDINAL}\s+{DAY_OF}{_CAP_MONTH}{_NO_YEAR_AFTER}"),
              re.compile(rf"{_RANGE_TO}{_CAP_MONTH}\s+(?P<day>[0-3]?\d){ORDINAL}(?!\d){_NO_YEAR_AFTER}"),
              # a span of year-less months: its second month, bare ("from June to August", "between June and
              # August", "from May until June"; "mid-April" is read as a time of its own), no year or day after it
              re.compile(rf"(?:(?<=\b[Ff]rom\s){_MONTH_NAME}\s+(?:to|until|till|through)\s+"
                         rf"|(?<=\b[Bb]etween\s){_MONTH_NAME}\s+and\s+){_CAP_MONTH}"
                         rf"(?!\s*,?\s*[0-3]?\d\b){_NO_YEAR_AFTER}")]
# Curly quotation marks that open and close a quotation (`claimgraph.extract.dates.deixis.quoted`).
OPENING_QUOTES = ("“",)
CLOSING_QUOTES = ("”",)
# A day of the month with neither month nor year ("on the 27th", "on the afternoon of the sixth"): that day after the
# last date told (`claimgraph.extract.dates.anchor`: "a note on 29 December ... on the 27th": 27 January). Not a
# number of a thing ("on the 2nd floor", "of the 17th parallel", "on the 6th Fleet"): a lower-case word after it only
# goes on with the clause ("On the 6th the battalion withdrew"); nor "the first" (too often none).
_ORDINAL_WORDS = ("second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
                  "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth twenty-first twenty-second "
                  "twenty-third twenty-fourth twenty-fifth twenty-sixth twenty-seventh twenty-eighth twenty-ninth "
                  "thirtieth thirty-first").split()
ORDINAL_DAYS = {word: day for day, word in enumerate(_ORDINAL_WORDS, start=2)}
_ORDINAL_WORD = "|".join(_ORDINAL_WORDS[::-1])  # the compounds first: "twenty-second" before "second"
_UNIT_AFTER = (r"Fleet|Army|Armies|Division|Brigade|Regiment|Battalion|Corps|Parallel|Century|Congress|Amendment|"
               r"Street|Avenue|Floor|Round|Party|Infantry|Armou?red|Airborne|Marines?|Mountain|Cavalry|Panzer|Battery|"
               r"Squadron|Wing|Group|Session|Summit|Plenum|Assembly|Conference|Anniversary|Birthday|"
               # a stage or a round of a contest, a reading of a bill ("on the 8th Stage", "on the 3rd Test", "on the
               # 18th Hole", "on the 2nd Reading", "on the ninth Day of Rage")
               r"Stage|Test|Hole|Lap|Leg|Game|Match|Heat|Inning|Innings|Reading|Day|Grade|Edition|Season|Chapter")
_CLAUSE_GOES_ON = r"(?:the|a|an|he|she|it|we|they|his|her|their|our|its|and|when|after|at|in|with|as|by|to)"
DAY_OF_MONTH = re.compile(r"\b(?:[Oo]n|[Bb]y|[Uu]ntil|[Ss]ince|(?:morning|afternoon|evening|night)\s+of)\s+the\s+"
                          r"(?:(?P<day>[2-9]|[12]\d|3[01])(?:st|nd|rd|th)|(?P<word>" + _ORDINAL_WORD
                          + rf"))\b(?!-|\s+(?:of\b|(?!{_CLAUSE_GOES_ON}\b)[a-z]|(?:{_UNIT_AFTER})\b))")
# ... nor one after an ordinal with its noun in its sentence, whose noun it leaves out ("reached orbit on the 3rd day of
# the mission and landed on the 7th": the seventh day, no date; but "hit Leeds on the 14th and rebels attacked the town
# on the 15th": a word that goes on with the clause is no noun) (`claimgraph.recognise.dates`).
ORDINAL_NOUN_BEFORE = re.compile(r"\bthe\s+(?:[1-9]\d?(?:st|nd|rd|th)|first|last|" + _ORDINAL_WORD
                                 + rf")\s+(?!of\b|{_CLAUSE_GOES_ON}\b)[a-z]+\b[^.;!?]*$", re.IGNORECASE)
ORDINAL_NOUN_REACH = 100  # characters before a day of the month to the ordinal and its noun
# "the raid on Tripoli that April": that month of the year of the last date told (`claimgraph.recognise.dates`: not
# after a verb of saying, "said that March would decide it").
THAT_MONTH = re.compile(rf"\b[Tt]hat\s+{_CAP_MONTH}(?![\w’'])")
# "last November": the last such month before the source's date.
LAST_MONTH = re.compile(rf"\b[Ll]ast\s+{_CAP_MONTH}\b")
# "in July of last year", "July this year": that month of the year before the source's, or of its own.
MONTH_OF_YEAR = re.compile(rf"\b{_CAP_MONTH}\s+(?:of\s+)?(?P<which>[Ll]ast|[Tt]his)\s+year\b")
# Before a four-digit number, words after which it may be a count ("made of 1960 servicemen"),
# and the endings of the words after it that make it one.
COUNT_BEFORE = {"of", "and", "to"}
# "hours of" after four digits: a count of hours ("after 1500 hours of testing"), a year only after "in" or "since"
# ("In 2014 hours of shelling left the town in ruins").
HOURS_OF = re.compile(r"\s+(?:hours|hrs)\s+of\b")
HOURS_OF_YEAR_BEFORE = frozenset({"in", "since"})
COUNTED_ENDINGS = ("s", "men", "people")
POSSESSIVE_ENDINGS = ("'s", "’s")  # "Georgia's 2008 war": a year
# A day doubted between two ("on 4 or 5 May 1987"): the text gives the month, not the day
# (`claimgraph.recognise.dates`).
DOUBTED_DAY_BEFORE = re.compile(rf"\b[0-3]?\d{ORDINAL}\s+or\s+$")
# Words after which a four-digit number numbers a document, never a year ("Resolution 1701", "No. 1973").
NUMBERING_BEFORE = frozenset({"resolution", "resolutions", "no", "no.", "nos", "nos.", "number"})
# Words before a weekday or a year-less date that put it ahead of the source's date ("is due to take
# effect on Monday", "a ceasefire from midnight on February 15", the future of a past "said it would brief
# reporters on Saturday", not "would have"; "are to meet in Geneva on Thursday"): no comma or full stop between,
# nor a past verb ("will review the truce that was agreed in March" puts no March ahead).
_SET = r"(?:due|expected|scheduled|set|planned|slated)"  # one list for AHEAD and SET_AHEAD
_FUTURE = rf"will|shall|would(?!\s+have\b)|(?:is|are)\s+{_SET}|(?:is|are)\s+to\s+(?!blame\b)[a-z]+"
_NO_PAST_AFTER = r"(?:(?!\b(?:was|were|had)\b)[^,.;:!?]){0,40}$"
AHEAD = re.compile(rf"\b(?:{_FUTURE}|from\s+midnight)\b{_NO_PAST_AFTER}", re.IGNORECASE)
# ... a verb's future alone (`anchor._near_entry`: "will attack the camp on the 28th"), not "from midnight", which a
# past verb may tell ("the halt took effect from midnight on the 13th")
FUTURE_BEFORE = re.compile(rf"\b(?:{_FUTURE})\b{_NO_PAST_AFTER}", re.IGNORECASE)
# ... and a headline's tenseless "talks set for Thursday", "Peace talks due to open in Addis Ababa on Monday", but not
# after a past auxiliary ("The ceasefire was due to take effect on Monday, but fighting continued"), nor with a past
# verb after the date (SET_PAST: "Talks set for Monday in Istanbul collapsed", "Peace talks planned for Tuesday in
# Geneva were cancelled"): that day has passed. That verb is the finite verb right after the date and its place,
# not a participle before "at", "to" or "by" ("talks set for Monday in Geneva aimed at a ceasefire"), nor a "was"
# farther on ("set for Monday will review the truce that was agreed in March").
SET_AHEAD = re.compile(rf"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)\b{_SET}\s+"
                       r"(?:to|for)\b[^,.;:!?]{0,40}$", re.IGNORECASE)
SET_PAST = re.compile(r"(?:\s+(?:in|at)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s*)+)?\s+(?:\w+ly\s+)?"
                      r"(?:[a-z]+ed(?!\s+(?:at|to|by)\b)|was|were|had)\b")
# A plan or a duty before a year-less date in its clause puts it ahead, farther than AHEAD reaches ("Egypt plans to
# host a conference of Sudanese civilian groups in Cairo in early July", in June; "all intruders must withdraw across
# the Line of Control by first light on July 16", on 15 July), not "must have" (a guess about the past).
PLAN_AHEAD = re.compile(r"\b(?:(?:plans?|planning|intends?|intending)\s+to|must(?!\s+have\b))\b[^,.;:!?]{0,80}$",
                        re.IGNORECASE)
# "from" a day (FROM) after a word of the future or a plan in its clause (FROM_AHEAD) opens a coming span, however
# long the clause ("will hold a combined exercise in the West Sea from November 28", "You may travel from May to
# September"); "attacked ... from" and "may have fought from" do not, nor the month "May" ("The truce agreed in May
# held from June to August": the modal is in lower case), nor "could", as often a past ("Aid could not reach the
# city from June to August").
FROM_AHEAD = re.compile(r"\b(?:will|shall|(?:(?-i:may)|might|can|should)(?!\s+(?:have|not\s+have)\b)|"
                        r"(?:plans?|planning|intends?|intending|due|expected|scheduled|set)\s+to)\b"
                        r"(?:(?!\b(?:was|were|had)\b)[^,.;:!?]){0,100}$", re.IGNORECASE)
FROM = re.compile(r"from\s", re.IGNORECASE)
# A verb that moves a date: "postponed from August 5 to August 25" tells two dates of one happening, no span.
MOVED_FROM = re.compile(r"\b(?:postponed|delayed|moved|pushed\s+back|put\s+off|rescheduled|brought\s+forward|"
                        r"deferred)"
                        r"\s+(?:[\w-]+\s+){0,3}?from\s+(?:the\s+)?$", re.IGNORECASE)
MOVED_REACH = 60  # characters: the verb that moves a date and the words up to "from" before it
UNTIL_AHEAD = re.compile(r"(?:until|till)\b", re.IGNORECASE)  # "until December 31" may look past the source's date
IN_MONTH = ("in", "into", "early", "late", "mid")  # the first word: "in May", "into early May" are the month; "by May" too often not
# "into" makes a month a time only after a verb of going on ("lasted into early May", "the siege went on into
# January"), not "Johnson tore into May".
INTO = "into"
WENT_ON_INTO = re.compile(r"\b(?:lasted|went\s+on|dragged\s+on|ran|continued|carried\s+on|stretched|extended|wore\s+on)"
                          r"(?:\s+(?:well|far|deep))?\s+$", re.IGNORECASE)
WENT_ON_REACH = 30  # characters before "into": the verb of going on and "well"


# A bare year after the verb of an act told in passing ("the agreement signed in 2008", "the war that
# began in 2019"): it dates that act, and sets no story time for a year-less date after it.
ACT_IN_YEAR = re.compile(r"\b(?:[a-z]+ed|began|begun|broke\s+out|fought|won|lost|took\s+place|came)"
                         r"(?:\s+(?:again|first|only|already))?\s+in\s+$")
# A bare year in a relative clause ("a famine that aid groups say killed some 300,000 Somalis in 1992", "Aidid, who
# led the ouster in 1991"): it dates the aside's act, and sets no story time for a year-less date after it.
ASIDE_YEAR = re.compile(r"\b(?:which|who|whom|whose|(?P<that>that))\s(?:[^,.;:()\n]|(?<=\d)[,.](?=\d))*?\bin\s+$",
                        re.IGNORECASE)  # "300,000": a number's comma parts no clause
# Not "that" after a verb of saying, reporting, warning or showing, up to three words before it ("Officials warned
# that rebels took the town in 1994", "The army said on Monday that", "Reports show that"): what it tells is the
# story's time.
_TELLING = "|".join((_verbs.SAY, _verbs.CLAIMED, _verbs.ALLEGE, _verbs.INSIST, _verbs.ARGUE, _verbs.DENY,
                     _verbs.REPORT_ACT, _verbs.ANNOUNCE, _verbs.ADD, _verbs.STATE, _verbs.CONFIRM, _verbs.WARN,
                     _verbs.SHOW))
TOLD_THAT = re.compile(rf"\b(?:{_TELLING})(?:\s+[\w'’.,-]+){{0,3}}?\s+$", re.IGNORECASE)
# A bare year a span counts from ("the first use of air power in Kashmir since 1971"), also when it
# dates the happening "since" names ("the deadliest day since the end of the civil war in 1990"): a
# point of comparison, not the story's time; no year-less date after it is in that year. The words
# between are a noun phrase (no past verb: "since the army withdrew in 2019", "since the war broke out in 2011"
# tell a time).
SINCE_YEAR = re.compile(rf"\bsince\s+(?:the\s+(?:(?!(?:[a-z]+ed|{_verbs.IRREGULAR_PAST})\b)[\w'’-]+\s+){{1,6}}"
                        r"(?:in|of)\s+)?$", re.IGNORECASE)

# A date of a clause a comparison counts from ("more secure than at any time since he took power in January 1959",
# "the worst fighting since the army withdrew in March 2015"): a point of comparison, at any precision, not the
# story's time; not a date after a point "since" already gave ("the deadliest attack since 2005 took place on 14 June
# 2010": the attack's day).
COMPARED_SINCE = re.compile(r"\b(?:than\s+(?:at\s+)?(?:any|ever)\b[^,.;:]{0,20}|(?:first|latest|largest|biggest|worst|"
                            r"deadliest|heaviest|fiercest|bloodiest|most\s+\w+)\b[^,.;:]{0,60})"
                            r"\bsince\b[^,.;:\d]{0,50}$", re.IGNORECASE)
# A bare year that is part of a thing's name ("the 1960 treaty", "the 1967 ceasefire line", "the Six-Day War of
# 1967", "the Camp David Accords of 1978"): it names which thing, and tells no time the story moves to.
YEAR_OF_NAME_BEFORE = re.compile(r"\b(?:[Tt]he|its|their|his|her)\s+$")  # ... and a noun after the year
YEAR_OF_NAME_AFTER = re.compile(r"\s+[a-z][a-z-]+\b")
# ... but the year before a noun of a time of the act ("shelled the town during the 2015 rainy season", "in the 1990
# summer") dates the act: "during" or "throughout" before the determiner, or "in" and a season after the year.
TIME_OF_YEAR_BEFORE = re.compile(r"\b(?:(?P<during>during|throughout)|in)\s+(?:the|its|their|his|her)\s+$", re.IGNORECASE)
SEASON_AFTER = re.compile(r"\s+(?:[a-z-]+\s+)?(?:season|summer|winter|spring|autumn|monsoon)\b")
NAME_OF_YEAR = re.compile(r"\b[A-Z][\w'’-]*\s+of\s+$")
# A year after "of" and a common noun names which thing too ("in your statement of 1996", "the census of 1991"), but
# not after a noun of a time or a part of one ("the summer of 1978", "the end of 1977": the story's time).
NOUN_OF_YEAR = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Yy]our|[Mm]y|[Oo]ur|its|their|his|her)\s+"
                          r"(?!(?:summer|winter|spring|autumn|fall|monsoon|end|beginning|start|middle|course|rest|half|"
                          r"part|year|months?|weeks?|days?|eve|time|period|season|first|second|last)\s)[a-z]+\s+of\s+$")
# ... nor after a preposition of time and "the" ("After the elections of 1992 the war resumed", "in the floods of
# 1971"): the clause is at that year, the story goes there.
TIME_NOUN_OF_YEAR = re.compile(r"\b(?:after|before|since|during|throughout|until|till|following|in|by|from)\s+"
                               r"(?:the|this|that)\s+[a-z]+\s+of\s+$", re.IGNORECASE)


# -- The source's own date from a dateline (`claimgraph.extract.dates.anchor`) --
SENTENCE_END = ".!?"  # a first line ending in none of these is a headline (`anchor._headline_year`)
DATELINE_BEFORE = re.compile(r"[ \t]*(?:date\s*:?\s*|[A-Z][A-Z .'’-]{2,},\s*)")
WEEKDAY_BEFORE = re.compile(r"[ \t]*(?:[A-Z][a-z]+day,?\s*)?")
# A short line of words and a comma before a date that ends it: what the text is and when it was issued ("Briefing
# paper, February 2009", "Monitoring report, 12 June 1998"), not a happening's date.
BYLINE_BEFORE = re.compile(r"[ \t]*[A-Z][^\n.,:;()]{0,40},[ \t]*")
# A section's own dateline, a line of its own (`claimgraph.extract.dates.sections`): a place in capitals ("TUNIS JULY
# 20 1961 1615 LOCAL", a line's two ends "LINK KABUL - PESHAWAR, 14.03.89 09:10") or capitalised and closed by a comma
# ("Camp near Tah, Saturday 8 November 1975"), or a weekday alone ("Monday 3 March 1941", "Thu 7 Apr 94"), before the
# day; a clock time and its zone after it, or a dash and a place ("- Nairobi").
_PLACE_WORD = r"[A-Z][\w'’.-]*"
_PLACE_JOIN = r"(?:near|of|de|del|la|le|el|al|on|upon|in|at|off)"
# A heading's rule of marks around the line ("=== Entered Monday, 25 February ===", "--- SUN 18 MAY 1980 ---"), a
# masthead in capitals and a dash before its edition's day ("THE KAPIHAN BRIEF -- Tuesday, January 27, 2015"), or an
# entry's word of writing ("Entered", "Filed", "Posted") are a dated heading's too.
HEADING_RULE = "=*#~_-"  # the marks of a heading's rule: no words of a dateline (`sections.section_dateline`)
_HEADING_RULE = rf"[{HEADING_RULE}]{{2,}}"
SECTION_DATELINE_BEFORE = re.compile(
    rf"[ \t]*(?:{_HEADING_RULE}[ \t]*)?(?:(?i:entered|filed|posted|written)[ \t]+|"
    rf"[A-Z][A-Z'’.-]+(?:[ \t]+(?:[-–][ \t]+)?[A-Z][A-Z'’.-]+){{0,3}}(?:,|[ \t]+(?:--|[–—|]))?[ \t]+|"
    rf"{_PLACE_WORD}(?:[ \t]+(?:{_PLACE_WORD}|{_PLACE_JOIN})){{0,4}},[ \t]*)?"
    r"(?:(?i:" + _WEEKDAY_NAMES + "|" + _WEEKDAY_SHORT + r")\.?,?[ \t]+)?")
# A field that dates a message, a post or an update (`claimgraph.extract.dates.sections`): its label, or a post's
# author and a dot or a bar ("@ColdWarDaily · Apr 1, 2021 · 8:14 AM"), a weekday (in full or cut short), the day, a
# clock time and its zone, and the line's end or the colon before the update's text.
_UPDATE_LABEL = r"(?i:updated?)"
DATE_FIELD_BEFORE = re.compile(rf"[ \t]*(?:(?:(?i:date|dated|sent|posted|published)|{_UPDATE_LABEL})[ \t]*[:,]|"
                               r"(?:@\w+|[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3})[ \t]*[·|])[ \t]*"
                               r"(?:(?i:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?[ \t]+)?")
DATE_FIELD_AFTER = re.compile(r"[ \t]*[,·|]?[ \t]*(?:[0-2]?\d:[0-5]\d(?::[0-5]\d)?(?:[ \t]*(?i:a\.m\.|p\.m\.|am|pm))?"
                              r"(?:[ \t]+(?:GMT|UTC|Z|[A-Z]{3}|[+-]\d{4}))?)?[ \t]*(?::|$)", re.MULTILINE)
# The bar that parts a table's cells ("Operation Barkhane | 1 August 2014"): lines of them make a table, no post's
# header (`claimgraph.extract.dates.sections`).
TABLE_BAR = re.compile(r"\|")
# What else a diary's or a postscript's day heading may hold ("P.S. Sunday night, the 9th.", "Friday 10th:")
# (`claimgraph.extract.dates.sections.day_heading`).
DAY_HEADING_REST = re.compile(r"[\s.,:;–—-]*(?:P\.?\s?S\.?)?[\s.,:;–—-]*")
# ... and where the diarist was, after a comma, ending the line ("Wed. 30th, over the Sahara", "Fri. 2nd July, Paris");
# a weekday glosses a year-less day before it (`WEEKDAY_GLOSS_BEFORE`).
DAY_HEADING_PLACE = re.compile(r",[ \t]+(?:(?:over|in|at|near|off|on)[ \t]+)?(?:the[ \t]+)?"
                               r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}[ \t]*(?=\n|$)")
# A form's field whose day is a person's or a paper's, no happening's ("Date of birth: 5 May 1960", "DOB: 01/01/1964",
# "Date of issue:", "Passport expires:") (`claimgraph.extract.dates.sections.form_field`).
FORM_FIELD_BEFORE = re.compile(r"\b(?i:date[ \t]+of[ \t]+(?:birth|issue|expiry|expiration|listing|designation|"
                               r"registration)|d\.?o\.?b\.?|born|issued|expires|expiry|valid[ \t]+(?:until|to))"
                               r"[ \t]*:[ \t]*(?:(?i:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?[ \t]+)?$")
# An update's field ("UPDATE, 31 January 2010:") dates text written after the whole was filed: its day may lie after
# the source's.
UPDATE_FIELD_BEFORE = re.compile(rf"[ \t]*{_UPDATE_LABEL}[ \t]*[:,][ \t]*")
SECTION_DATELINE_AFTER = re.compile(r"[ \t]*,?[ \t]*(?:[0-2]?\d[:.]?[0-5]\d(?:[ \t]*(?:a\.m\.|p\.m\.|am|pm))?"
                                    r"(?:[ \t]+(?:local(?:[ \t]+time)?|GMT|UTC|Z|hours|hrs))?"
                                    # a log's sender and receiver in capitals after the clock ("04:15 POST-3 to POST-1")
                                    r"(?-i:(?:[ \t]+(?:[A-Z][A-Z0-9-]+|to|from|[-–]))*)?)?"
                                    # a notebook's place after a dash ("Thu 7 Apr 94 - Nairobi")
                                    # or after a comma ("Mon 17 Aug 2015, Juba")
                                    r"(?-i:(?:[ \t]+[-–—]|,)[ \t]+[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,2})?"
                                    rf"[ \t]*\.?[ \t]*(?:{_HEADING_RULE}[ \t]*)?$",
                                    re.IGNORECASE | re.MULTILINE)
# A line of running prose that a date opens, hard-wrapped mid-sentence, is no heading: the line after it goes on in
# lower case ("... the truce agreed on\n17 August 2015, President Ghani\nsaid, had collapsed"; `sections`).
SECTION_DATELINE_RUNS_ON = re.compile(r"[^\n]*\n[ \t]*[a-z]")


# -- Which event or agreement a date belongs to (`claimgraph.extract.dates.attach`) --
_ENDED = r"ended|ends|concluded|ceased|halted"  # the end verbs of both `_END` and `END_CUE`
_END = rf"(?:{_ENDED}|ending|lifted|came to an? (?:\w+ )?end|lasted until|stopped|was over|drew to a close|" \
       r"(?:put|brought) an end to|suspended|broke down|completed(?!\s+(?:its|their|the|a|an|his|her|our)\b))"
# "talks broke down in 2003", "the fighting stopped", "the withdrawal was completed"; not "completed its first phase"
# (what a part of it completed: "completed" ends what it governs, `END_BEFORE`)
# "passed" signs only an agreement that is its object ("passed a resolution", or the text searched ends at its object:
# "the Council passed a "), not "The truce passed its first test", "the truce deadline passed on 2 May".
PASSED = (r"pass(?:es|ed)(?=\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:resolution|decision|motion)s?\b"
          r"|\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}$)")
SIGNING_VERB = re.compile(rf"\b(?:signed|signing|sign|adopted|{PASSED}|concluded|reached|agreed|accepted|brokered|initialled|"
                          r"dated|announced)\b", re.IGNORECASE)  # "A ceasefire was announced on 16 September"
# A chronology's present verb of signing, the agreement its object within a few words after it: "1 June - The Council
# adopts Resolution 924", "The union signs an agreement" (only in a timeline entry, `attach._signs_now`); not the noun
# ("there were signs that the ceasefire"), nor what is concluded or announced with "that", nor "of" a thing.
SIGNS_NOW = re.compile(r"(?<!\bthe )(?<!\bno )\b(?:signs|adopts|concludes|reaches|agrees(?:\s+(?:to|on))?|brokers|"
                       r"announces)\s+(?:(?!(?:that|of)\b)[\w'’-]+\s+){0,3}$", re.IGNORECASE)
# A numbered resolution that speaks in the clause of a date before it, as its subject or the means of its body's act
# ("29 June - Resolution 931 repeats the demand", "on 6 May 1978 the Security Council, in Resolution 428, condemned the
# invasion"): the noun before its number (`RESOLUTION_BEFORE`) and a verb of what a resolution says after it
# (`RESOLUTION_SAYS`), in the present or the past (`claimgraph.extract.dates.resolutions`).
RESOLUTION_BEFORE = re.compile(r"\b[Rr]esolution\s+(?:No\.?\s*)?$")
# Between the date and the resolution only a dash or a comma, or its body by name and the means ("the Security
# Council, in"): no verb of anyone who cites it later ("On 5 June the envoy recalled that Resolution 242 calls for"),
# no party acting "under" it.
RESOLUTION_BODY = re.compile(r"\s*[-–—:,]?\s*(?:(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w.-]*(?:['’]s)?"
                             r"(?:\s*,\s*(?:in|by)\s+|\s+))?(?:[Rr]esolution\s+(?:No\.?\s*)?)?")
RESOLUTION_SAYS = re.compile(r"\s*,?\s*(?:(?:also|again|further)\s+)?(?:repeat|reiterate|demand|call|condemn|urge|"
                             r"decide|deplore|affirm|reaffirm|request|authori[sz]e|impose|establish|extend)(?:s|ed|d)?\b",
                             re.IGNORECASE)
# "A truce negotiated on 17 June": the day of the talks is the agreement's only when its sentence tells no signing
# ("The deal negotiated in 2014 was signed in Minsk on 12 February 2015": the signing's day).
NEGOTIATED = re.compile(r"\bnegotiated\b", re.IGNORECASE)
# An agreement's coming into force told in the past, right before the date (`extract.dates.effect`): "A ceasefire
# arranged by the ANAD states took effect on 30 December", "the truce came into force at midnight on 4 May".
IN_FORCE_BEFORE = re.compile(r"\b(?:took|came\s+into|entered\s+into|went\s+into)\s+(?:effect|force)\s+"
                             r"(?:at\s+(?:midnight|noon|dawn|[\d:.]+(?:\s*[ap]\.?m\.?|\s+gmt|\s+GMT)?)\s+)?(?:on|in|from)\s+(?:the\s+)?$",
                             re.IGNORECASE)
# A clause joined after the agreement's own (", and", ";"), a verb of being, a relative pronoun (another thing's
# clause) or a negation past it parts the agreement from an entry into force told there: "The ceasefire was ignored,
# and the new constitution took effect on 1 May", "The truce lifted the curfew that came into force on 1 March", "The
# ceasefire never took effect on 4 May".
IN_FORCE_PARTED = re.compile(r"[;:]|,\s*(?:and|but|while|whereas)\b|\b(?:was|were|is|are|had|has|that|which|never|"
                             r"not)\b|n't\b", re.IGNORECASE)
# A date in a participle phrase set off after an agreement is its own: "Resolution 598, adopted
# unanimously on 20 July 1987, called for a ceasefire in the Iran–Iraq War" dates no war.
APPOSED = re.compile(r"\s*,\s*(?:\w+ly\s+)?(?:signed|adopted|concluded|reached|agreed|brokered|initialled|dated)"
                     r"(?:\s+\w+ly)?\s+(?:on\s+|in\s+)?(?:the\s+)?", re.IGNORECASE)
# ... and so is one right after it with "of" ("the Egypt-Israel peace treaty of 1979", "the accord of May 1994"):
# it dates no war its clause names again ("The war opened the way to ... the peace treaty of 1979").
NAMED_OF = re.compile(r"\s+of\s+", re.IGNORECASE)
# ... unless what the clause tells ended with that agreement ("The war ended with the peace agreement of December
# 1995": it ended then).
ENDED_WITH = re.compile(rf"\b{_END}\s+(?:with|by|under)\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}$", re.IGNORECASE)
# A year before an agreement's kind as its modifier, past a word or two of that kind ("under a 1974 friendship
# treaty", "the 2002 ceasefire agreement") or of its sides ("the 1932 Italian-Turkish protocol", "the 1954
# Sino-Indian agreement"): the agreement's year (MODIFIER_BEFORE before the year, KIND_WORDS after).
MODIFIER_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?|its|their|his|her)\s+$")
KIND_WORDS = re.compile(r"\s+(?:[A-Za-z][a-z]*(?:-[A-Za-z][a-z]*)*\s+){0,2}")
# ... past the year in brackets a resolution's number carries ("its resolutions 353 (1974) of 20 July").
ATTACHED = re.compile(rf"\s*(?:{_BRACKETED_YEAR}\s*)?(?:,\s*)?(?:of|dated|from|on|in)\s+(?:the\s+)?", re.IGNORECASE)
# The date an agreement's name carries ("The Alvor Agreement of January 1975", "the ceasefire dated 12 May"): it
# says which agreement, and dates no beginning or end its sentence tells (`extract.dates.stage`). Not "in" or "on":
# "The war ended with a ceasefire in May 1994" ends the war then.
NAMING_DATE = re.compile(r"\s+(?:of|dated)\s+(?:the\s+)?", re.IGNORECASE)
# The object of a signing verb takes the day of the signing told after it, past whom it was signed with and
# where (a place's country set off by commas too): "Yeltsin signed a ceasefire with Yandarbiyev in Moscow on 27 May",
# "signed a peace treaty in Moscow on 12 May 1997", "signed an agreement in Libreville, Gabon, on 11 January 2013"
# (SIGNED_OBJECT before the agreement, SIGNED_TAIL between it and the date), past the short name
# given in brackets after its title: "signed the Agreement on the Resolution of the Conflict in the Republic of South
# Sudan (ARCSS) in August 2015", "the Comprehensive Peace Agreement (CPA) on 9 January 2005".
SIGNED_OBJECT = re.compile(r"\b(?:signed|concluded|initialled|signing\s+of)\s+(?:a|an|the|their|its)\s+"
                           r"(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# The rest of a title the mention holds the head of ("the Agreement on a Firm and Lasting Peace in Guatemala City"):
# its words are capitalised, but for the small ones between them.
SIGNED_TAIL = re.compile(r"(?:\s+(?:on|of|for)\s+(?:(?:an?|the)\s+)?(?-i:[A-Z])[\w-]*"
                         r"(?:\s+(?:(?-i:[A-Z])[\w-]*|and|of|the|for)){0,6})?"
                         r"(?:\s*\([\w.-]{2,15}\))?"
                         r"(?:\s+(?:with|between)\s+[^,;.()]{1,40}?)?(?:\s+(?:in|at)\s+(?-i:[A-Z])[^,;.()]{0,30}?"
                         r"(?:,\s*(?-i:[A-Z])[^,;.()]{0,30}?,)?)?"
                         r"(?:\s+(?:on|in))?\s*", re.IGNORECASE)
# The object of a verb of breaking does not take the day after it: "The Abkhaz side broke the ceasefire on
# 16 September 1993" dates the breach, not the ceasefire (signed in July).
BROKEN_OBJECT = re.compile(r"\b(?:br(?:oke|eak|eaks|eaking|oken)|violat(?:ed|es|ing)|breach(?:ed|es|ing)?|"
                           r"flout(?:ed|s|ing)?)\s+(?:a|an|the|their|its|this|that)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# A date that ends the verb phrase before a conjoined signing verb is that phrase's: "Kabbah was elected
# president in 1996 and signed the Abidjan Peace Accord with Sankoh on 30 November 1996".
SIGNED_NEXT = re.compile(r"\s*,?\s*(?:and|but)\s+(?:then\s+|later\s+|\w+ly\s+)?(?:signed|concluded|initialled)\s",
                         re.IGNORECASE)
# A relative date with its preposition ("an agreement on Saturday") or its demonstrative ("a second agreement that
# evening brought the shooting to a halt").
ATTACHING = re.compile(r"(?:of|dated|from|on|that)\s", re.IGNORECASE)
# An end told after the event, within two words ("the fighting stopped", "talks broke down in 2003", "the withdrawal
# was completed"), or by a verb of being and "complete" ("The withdrawal is complete", "was reported complete within a week"); the
# adjective alone is no end ("a complete withdrawal", "the withdrawal of complete units").
END_AFTER = re.compile(rf"^\s+(?:\w+\s+){{0,2}}?(?:{_END}|(?:is|was|are|were|been)\s+(?:(?!not\b|never\b|an?\b)\w+\s+)?"
                       r"complete)\b", re.IGNORECASE)  # not "was not complete", "was a complete surprise"
# After a verb, an end word past its object, which opens with an article or a possessive, ends the object: "The court
# ordered the vote suspended on 18 September" dates the order, not its end. An adverb or a place is no object: "The UN
# troops stationed there ended their mission" ends the stationing (`END_AFTER`).
OBJECT_ENDED = re.compile(rf"^\s+(?:the|a|an|its|their|his|her|our|this|that|these|those)\s+(?:[\w-]+\s+)?{_END}\b",
                          re.IGNORECASE)
# Not across a verb of being or having: "The Algiers Agreement that ended the war was signed on 12 December 2000"
# ends the war, and the signing is no end. "the completion (today) of the withdrawal" ends it too.
# Nor across a word that tells another happening's time or aim: "The troops completed training before the offensive".
END_BEFORE = re.compile(rf"\b(?:{_END}|completed|the end of|completion)\s+"
                        r"(?:(?!with\b|by\b|under\b|in\b|before\b|after\b|ahead\b|for\b|during\b|"
                        r"(?:was|were|is|are|has|have|had)\b)[\w-]+\s+){0,3}$", re.IGNORECASE)
# The last of a force as the subject of its leaving ends the withdrawal (`LEFT`): "the last Anglo-French troops left
# Port Said on 22 December"; not of another act ("The last reserve battalions attacked the ridge on 7 May"), nor
# without a force ("The last offensive began in May").
LAST_FORCE = re.compile(r"\bthe\s+last\s+(?:of\s+the\s+)?(?:[\w-]+\s+){0,2}?"
                        r"(?:troops|soldiers|forces|units|contingents?|battalions?|peacekeepers|ships|aircraft)\s+$",
                        re.IGNORECASE)
LEFT = re.compile(r"(?:left|withdr[ae]wn?|departed|pulled\s+out|evacuated|sailed(?:\s+away)?)$", re.IGNORECASE)
# An end only asked for or waited on, not told done: "The council demanded the completion of the withdrawal on 3 May",
# "Delays in the completion of the demobilisation were reported" (`END_BEFORE` then ends nothing).
END_ASKED = re.compile(r"\b(?:demand(?:s|ed|ing)?|call(?:s|ed|ing)?\s+for|urg(?:es|ed|ing)|ask(?:s|ed|ing)?\s+for|"
                       r"await(?:s|ed|ing)?|wait(?:s|ed|ing)?\s+for|delays?\s+in|seek(?:s|ing)?|sought|"
                       r"expect(?:s|ed|ing)?)\s+(?:the\s+)?(?:completion|end)\b[^,;.]*$", re.IGNORECASE)
UNTIL = re.compile(r"\b(?:until|till|by(?: the end of)?)\s+$|\d{4}\s*[-–]\s*$", re.IGNORECASE)  # "1998-2000"
# A clause of "until" between an act and a date ("The shelling went on until the two states established relations on
# 1 January 1979"): the date is the clause's act's, and the end of the act before it (`attach._ends`). Not an adverb
# or a time of day after "until" ("the village held until recently by rebels", "a ceasefire until further notice",
# "shelled the city until dawn on D"): no clause, the date is still the act's own.
UNTIL_CLAUSE = re.compile(r"\b(?:until|till)\s+(?!(?:recently|lately|then|now|today|further\s+notice|dawn|daybreak|"
                          r"dusk|nightfall|midnight|noon|late\s+at\s+night)\b)[^,;:()]*$", re.IGNORECASE)
# A verb of pausing before "until" ("Talks stalled until the mediator returned in May", "The offensive was halted until
# reinforcements arrived in June", "suspended the talks until 3 May"): the pause ends then, not the act it pauses; nor
# is the date the act's when "until" stands in a clause joined by "but" or "while" with words of its own ("The rebels
# held the town, but the mediator stayed away until May"; not "but only until May", "but were not driven out until").
_PAUSE = (r"(?:stall(?:s|ed)?|paus(?:es|ed)|suspend(?:s|ed)|adjourn(?:s|ed)|froze|frozen|halt(?:s|ed)|"
          r"interrupt(?:s|ed)|deadlocked|on\s+hold)")
PAUSED_UNTIL = re.compile(rf"\b{_PAUSE}\b[^,;:()]*?\b(?:until|till)\s+[^,;:()]*$", re.IGNORECASE)  # after the act
# ... its object after it ("suspended the peace talks", not "stalled and fighting")
PAUSED_BEFORE = re.compile(rf"\b{_PAUSE}\s+(?:(?:the|its|their|all)\s+)?"
                           r"(?:(?!(?:and|but|or|as|while|when|then|until)\b)[\w-]+\s+){0,2}$", re.IGNORECASE)
PAUSE_REACH = 40  # characters before the act a verb of pausing may stand ("suspended the peace talks")
_NOT_ONLY = r"(?!(?:only|not|never)\b|[\w-]*n['’]t\b)"  # "but only until May", "but were not driven out until"
OTHER_UNTIL = re.compile(rf"(?:[,;]\s*|\s)(?:but|while|whereas)\s+{_NOT_ONLY}[\w'’-]+\s+(?:{_NOT_ONLY}[\w'’-]+\s+)+"
                         r"(?:until|till)\s+[^;:()]*$", re.IGNORECASE)
# Whose account an act is told as (`claimgraph.extract.dates.accounts`): "The border service said Tajik guards had
# opened fire", "Bishkek accused Tajikistan of sending tanks", "Dushanbe denied attacking civilians", "According to the
# Government of Djibouti, Eritrean troops opened fire"; the date before them no bound of a state (`SINCE_BEFORE`: "had
# held the posts \"since 15 October\"": no happening's time). The words of an account are the modality stage's
# (`modality.ACCOUNT_TOLD`): one list.
SINCE_BEFORE = re.compile(r"\bsince\s+[\"“]?$", re.IGNORECASE)
# An account that tells acts of another time than the happening just dated: repeated ("had repeatedly attacked army
# posts"), lasting ("for decades had shelled villages", "over the next decade"), counted from it ("a week earlier") or
# from another event ("seized after the war")
ACCOUNT_OTHER_TIME = re.compile(r"\b(?:repeatedly|often|frequently|regularly|routinely|constantly|previously|"
                                r"for\s+(?:decades|years|months|weeks)|in\s+the\s+past|in\s+stages|"
                                r"over\s+the\s+(?:next|following|coming)|"
                                r"(?:an?|one|two|three|four|five|six|several|some|\d+)\s+"
                                r"(?:days?|weeks?|months?|years?)\s+"
                                r"(?:earlier|before|later|ago)|(?:after|before)\s+the)\b", re.IGNORECASE)
PLURAL_ENDING = "s"  # an act told as a plural noun ("accused of stepping up attacks"): acts repeated, no one happening
# A negated verb right before the act it tells (`claimgraph.extract.dates.until`): "Relations were not restored until
# November 2010", "the army did not withdraw until 1989", "had not yet been signed until"
NOT_DONE_BEFORE = re.compile(r"\b(?:did|was|were|had|has|have)(?:\s+not|n[’']t)\s+(?:yet\s+)?(?:been\s+)?$",
                             re.IGNORECASE)
# A clause joined between the negated verb and "until" (`claimgraph.extract.dates.until`): the "until" is another verb's
# ("Peacekeepers have not withdrawn and will stay there until March 2025": the staying ends then, no withdrawal starts)
UNTIL_OTHER_CLAUSE = re.compile(r"[,;:]|\b(?:and|but|while|or)\b", re.IGNORECASE)
# A war declared ("Ethiopia declared war on 13 May", "the declaration of war on 3 August"): the clause's date is the
# declaration's, no start of the war (often begun before it), and says no other war than the one told.
DECLARED_WAR = re.compile(r"\b(?:declar(?:e|es|ed|ing)|declaration\s+of)\s+$", re.IGNORECASE)
# A happening declared over ("the two countries declared the state of war over in July 2018", "President Kabbah
# declared the war over on 18 January 2002", "proclaimed the war to be over"): the date is its end.
DECLARED = re.compile(r"\b(?:declar(?:e|es|ed|ing)|pronounc(?:e|es|ed|ing)|proclaim(?:s|ed|ing)?)\s+"
                      r"(?:the|its|their|this|that)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
DECLARED_OVER = re.compile(r"\s+(?:to\s+be\s+)?(?:over|ended|at\s+an\s+end|finished)\b(?!\s+(?:the|a|an|its|their|his|her)\b)",
                           re.IGNORECASE)  # not "declared the war over the radio"
BEGAN = re.compile(r"^\s+(?:began|begins|started|starts|broke out|erupted)\b", re.IGNORECASE)
_SPAN_OF = r"(?:(?:nearly|almost|about|some|over|more than|the)\s+)?[\w-]+\s+(?:years?|months?|weeks?|days?)\s+of\s+"
REFERENCE = re.compile(r"\b(?:after|before|since|following|prior to|until|in the aftermath of|anniversary of|"
                       r"parties\s+(?:to|in)|sides\s+(?:to|in)|belligerents\s+(?:of|in))\s+"
                       rf"(?:{_SPAN_OF})?(?:[\w-]+\s+){{0,4}}$", re.IGNORECASE)  # "after two years of talks"
# Talks that a dated act came right after ("On 12 February, after all-night talks in Minsk, the leaders endorsed the
# package", "signed on 28 August 2000, after two years of talks"): the act's day is the talks' end (`spent`). Not a
# span counted from them ("two days after talks in Geneva"), nor talks a verb tells of ("after talks collapsed", a
# verb in their phrase; a participle before "by" is none: "talks convened by the envoy").
TALKS_BEFORE_ACT = re.compile(rf"\b(?:after|(?<!\bthe\s)following)\s+(?:{_SPAN_OF})?(?!(?:he|she|it|they|we|you)\s)"
                              r"(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
TALKS_TOLD_BY_VERB = re.compile(r"\b(?:(?!(?-i:[a-z]+ed)(?:\s+[a-z]+)?\s+by\b)(?-i:[a-z]+ed)|broke|fell|began|went|"
                                r"failed|were|was|had|have|has)\b")
# Talks that produced an agreement, their phrase, the verb and the agreement's article ("Talks mediated by President
# Chiluba produced the Lusaka Ceasefire Agreement", "Negotiations in Paris led to the accords", "led to the signing of
# the accord"): no comma, no clause. The words before the agreement are its own ("a new peace"), no article or
# preposition of another thing's phrase: "led to a breakdown of the ceasefire agreement", "resulted in a review of
# the Minsk agreement", "ended with the rebels rejecting the accord" produced no agreement; nor did talks a clause
# of time or cause follows ("Talks stalled until air strikes led to the Dayton Agreement").
_ITS_OWN_WORD = r"(?!(?:the|a|an|its|their|of|to|on|over|for|with|from|into|about|against|under|in|at|by)\b)[\w-]+\s+"
TALKS_PRODUCED = re.compile(r"(?:\s+(?!(?:that|which|who|and|but|until|before|after|when|while|as|because)\b)[^\s,;:.()]+){0,10}?\s+"
                            r"(?:produced|yielded|led\s+to|resulted\s+in|culminated\s+in|ended\s+(?:in|with))\s+"
                            r"(?:(?:the|a|an)\s+)?(?:(?:signing|conclusion)\s+of\s+(?:(?:the|a|an)\s+)?)?"
                            rf"(?:{_ITS_OWN_WORD}){{0,3}}", re.IGNORECASE)
# A happening told again as what someone condemns, claims or reports: "The Security Council condemned the attack on
# Friday", "The Islamic State claimed responsibility for the attack on Monday", "Al-Shabaab claimed the bombing",
# "The New York Times reported the massacre in January 1982".
# The clause's dates, after it too, are the condemning's or the claiming's (its own stand before it: "condemned
# the 26 August attack").
# Not praise: "The Mission welcomes the signing today in Geneva" greets the act on its day.
JUDGING = re.compile(r"\b(?:condemn(?:s|ed|ing)?|denounc(?:es|ed|ing)|deplor(?:es|ed|ing)|criticis(?:es|ed|ing)|"
                     rf"criticiz(?:es|ed|ing)|{_verbs.CLAIM_ACT})\s+"
                     r"(?:the|this|that|its|their|his|her)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# A verb of reporting too ("The New York Times reported the massacre in January 1982"), but not before "that"
# ("Reuters reported that Russian troops attacked Kharkiv on 24 February 2022" tells the attack with its date), nor
# when the object names whom or what the happening struck or took (REPORTED_FIRST after it: "Russia reported the
# capture of Bakhmut on 20 May 2023" tells it first, dated there).
REPORTING = re.compile(rf"\b{_verbs.REPORT_ACT}\s+{_verbs.REPORTED_DETERMINER}\s+(?:[\w-]+\s+){{0,2}}$", re.IGNORECASE)
REPORTED_FIRST = re.compile(rf"\s+{_verbs.NAMED_OBJECT}", re.IGNORECASE)
# A told happening as the time of another the clause names: "attacks on Afghan troops during the talks" (not
# "during a major offensive", which introduces one; nor "troops entered Tigray during the conflict there", where
# no other happening is told and the troops take part in the conflict; nor armed conflict, `attach._during_another`).
DURING = re.compile(r"\bduring\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,4}$", re.IGNORECASE)
# A happening told as the far end of a span counted from the clause's date: "On 8 May 2007 ..., nine
# years after the agreement was signed" (a verb, which "after" alone leaves dated: "after a ceasefire was signed in 1994").
COUNTED_REFERENCE = re.compile(r"\b[\w-]+\s+(?:years?|months?|weeks?|days?)\s+(?:after|before)\s+(?:[\w-]+\s+){0,4}$",
                               re.IGNORECASE)
# A date in a verb's own phrase, after its object and a preposition, no comma between: "two days after
# Russia invaded Ukraine on 24 February 2022": the verb is dated there, no point to count from.
VERB_PHRASE_DATE = re.compile(r"(?:\s+[^,;:()\d]{1,50}?)?\s+(?:on|in)\s+(?:the\s+)?", re.IGNORECASE)
# An event's own phrase: its complements ("of the Armenian army", "in Moscow"), then the date
# joined by a preposition, a comma or a parenthesis; or a date before a noun ("the 1992-95 war").
# "of" and a noun before a year-less day ("the military operation of 14 December"): the day of that noun alone
# (`claimgraph.extract.dates.attach._named_day`, `OF_JOIN`); a part of the day before "of" is a time ("the night of",
# "since the early hours of").
NAMED_DAY_BEFORE = re.compile(r"\b(?!(?:morning|afternoon|evening|night|hours)\b)[\w-]+\s+of\s+$", re.IGNORECASE)
OF_JOIN = re.compile(r"\s+(?:(?:date|day)\s+)?of\s+", re.IGNORECASE)  # "a new signing date of 29 November"
# A noun of a day kept or marked, not done, before the named day: "on the anniversary of the massacre of 4 June".
NAMED_DAY_NOT = re.compile(r"\b(?:anniversary|anniversaries|commemoration|commemorations|memorial)\b[^,;.]*$",
                           re.IGNORECASE)
PHRASE_AFTER = re.compile(r"(?:\s+(?:of|in|at|with|between|by|against|on)\s+[^,;:()\d]{1,50}?)?"
                          r"(?:\s*,\s*|\s*\(\s*|\s+(?:on|in|of|dated|from|since|until|till|during|between)\s+"
                          r"(?:the\s+)?|\s+)", re.IGNORECASE)
PHRASE_BEFORE = re.compile(r"\s*(?:[-–]\s*)?(?:(?!(?:after|before|following|since|until|during|amid|in|at|on|by|"
                           r"with|for|from|to|of|that|which|when|while|where)\s)[\w’'-]+\s+){0,3}",
                           re.IGNORECASE)  # not "on Saturday after talks", not "said on Saturday that fighting"
# A relative date that holds its preposition ("signed a declaration in Brazil on Friday pledging an immediate
# ceasefire") modifies no noun after it, as "the August 12 meeting" does.
_PREPOSITION = r"(?:on|in|at|since|from|until|till|during|throughout|into)"  # one list for PREPOSED(_BEFORE)
PREPOSED = re.compile(rf"{_PREPOSITION}\s", re.IGNORECASE)
# ... nor one right after its preposition, whose object it is ("On 14 April 1991 the accords were signed": the
# signing's day, no modifier of "accords", as a determiner before it makes it one: "in the 1994 accords").
PREPOSED_BEFORE = re.compile(rf"\b{_PREPOSITION}\s+$", re.IGNORECASE)
UPON = re.compile(r"\b(?:up)?on\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)
# A clause of "when" set off by a comma right after a date tells what happened then ("The war began last October, when
# Ugandan troops crossed the border and overran the salient"): it glosses the date, up to the next comma; not what
# someone said "that" in it.
WHEN_GLOSS = re.compile(r"\s*,\s*when\s+(?![^;:(),]*\bthat\b)[^;:(),]*", re.IGNORECASE)
WITHIN_DAY = re.compile(r"(?:\bthroughout\s+(?:the\s+day\s+of\s+)?|\bbetween\s+\d{1,2}[:.]\d\d\s+and\s+\d{1,2}[:.]\d\d"
                        r"\s*(?:\([^)]*\)\s*)?on\s+)$", re.IGNORECASE)
ALONE = re.compile(r"\s+alone\b", re.IGNORECASE)
COUNTED_FROM = re.compile(r"\b(?:after|before|since|later|earlier|ago)$", re.IGNORECASE)
CLEFT = re.compile(r"\bit\s+(?:is|was|wasn['’]t|isn['’]t)\s+(?:not\s+|only\s+)?(?:until\s+|till\s+|on\s+|in\s+)?$",
                   re.IGNORECASE)
THAT = re.compile(r"\bthat\b", re.IGNORECASE)
# A date that opens the next conjunct ("Fighting slowed down, and on 24 March 2022, the government
# declared a truce") and an event told in a clause of what came before or after it ("On 20 December
# 2021, after the government pushed back an incursion, the TPLF requested a ceasefire") date the clause
# that follows them, not the event.
_JOIN = r"(?:,\s*|\s+)(?:and|but|then|yet)\s+"
_TIME_PREPOSITION = r"(?:on|in|by|since|from|until)\s+"
FRONTED = re.compile(rf"{_JOIN}(?:{_TIME_PREPOSITION})?(?:the\s+)?$", re.IGNORECASE)
# ... such a join with a preposition of time right before the date ("Six years of mediation followed, and on 29
# November 1984 the treaty was signed"): it opens the next conjunct with no comma after it, a noun's modifier having
# an article or none ("and the 2008 war", "and in the 2008 war").
FRONTED_TIME = re.compile(rf"{_JOIN}{_TIME_PREPOSITION}$", re.IGNORECASE)
# A date that opens its sentence, after at most a short phrase of time, and a comma after it ("Six weeks later, on
# 4 April 2002, the chief of staff of ..., General X, and ..., General Y, signed"): the first event after it is
# its own however long the subject between them. A part of the day before it is that day's time (`_DAY_PART_OF`:
# "On the night of 26 May 1999, at about 23.00 hours, ...", "In the early hours of 3 March", "Early on 4 May"); not
# "on the eve of", the day before.
_DAY_PART_OF = r"(?:the\s+)?(?:(?:early|small|first|late)\s+)?(?:morning|afternoon|evening|night|hours)\s+of\s+"
OPENING_DATE = re.compile(rf"\s*(?:(?-i:[A-Z])[\w-]*(?:\s+[\w-]+){{0,3}},\s*)?"
                          rf"(?:(?:on|in|during)\s+{_DAY_PART_OF}|(?:early|late)\s+on\s+|on|in)?\s*", re.IGNORECASE)
COMMA_AFTER = re.compile(r"[,:]")  # ... or a colon after it: "28 June: Yugoslav Air Force jets strike", an entry's day
# A verb phrase joined after the event's own: "provides for the withdrawal of federal troops and postpones a
# decision ... until 31 December 2001" ends no withdrawal.
CONJOINED_VERB = re.compile(r"\s(?:and|but)\s+(?:\w+ly\s+)?[a-z]+(?:s|ed)\s+(?:an?|the|its|their|his|her)\s",
                            re.IGNORECASE)
PRECEDING = re.compile(r"\s*,\s*(?:after|before|following|prior\s+to)\s[^,;]*", re.IGNORECASE)
# The subject of a clause joined after a date that ends the clause before it: "and", up to two words, the event, and a
# finite verb of its own ("had met the minister in June and further talks were planned for the autumn"): the date is
# the meeting's, not the talks' (`conjunct`).
NEXT_SUBJECT_BEFORE = re.compile(r"\s+(?:and|but)\s+(?:[^\W\d][\w'’-]*\s+){0,2}$", re.IGNORECASE)
NEXT_SUBJECT_VERB = re.compile(r"\s+(?:was|were|is|are|had|has|have|would|will|could|might|remained|followed)\b")
# A relative clause on a person, set off by a comma: "accused his former deputy, Riek Machar, whom he had
# dismissed in July 2013, of attempting a coup". Its date is its own verb's, not of an event outside it.
PERSON_RELATIVE = re.compile(r",\s*(?:who|whom|whose)\b[^,;]*$", re.IGNORECASE)
# ... and a relative clause of "which" or a participle phrase set off by commas on both sides: "Kurdish Peshmerga forces,
# which had held the area since June, withdrew", "The Guatemalan Civil War, fought ... from 1960 to 1996, ended with the
# signing": its date is its own verb's, or the noun's it follows, not of an event outside it.
# A participle after a comma is an aside only on a noun with no finite verb yet (`FINITE_BEFORE`): "Russian troops crossed
# the border, advanced on Kyiv on 24 February, and shelled Kharkiv" lists verb phrases of one subject.
THING_RELATIVE = re.compile(rf",\s*(?:which\b|(?P<participle>(?-i:[a-z]+ed)|{_verbs.IRREGULAR_PAST})\s)[^,;]*$",
                            re.IGNORECASE)
# An aside set off by commas right after a happening's name, a participle phrase or a clause of "which" ("The civil war,
# fought between the state and the guerrillas from 1960 to 1996, ended with ..."): its verb is told past it
# (`claimgraph.extract.dates.asides`).
NAME_ASIDE = re.compile(rf",\s*(?:which\s|(?-i:[a-z]+ed)\s|(?:{_verbs.IRREGULAR_PAST})\s)[^,;.()]{{1,120}},", re.IGNORECASE)
# A verb of lasting between a happening and its end ("The siege lasted through January", "the fighting went on until
# May"): how long one told before went on (`claimgraph.extract.dates.date_of`).
LASTING = re.compile(r"\b(?:lasted|lasts|continued|continues|went\s+on|goes\s+on|dragged\s+on|persisted|raged)\b",
                     re.IGNORECASE)
# A relative clause on a noun still open before an act ("In 2010 a court convicted five men who attacked the
# embassy"): its verb tells when that noun did something, not what the sentence's opening date dates.
OPEN_RELATIVE = re.compile(r"\b(?:who|whom|whose|which)\b[^,;]*$", re.IGNORECASE)
# A past verb ("expelled", "withdrew"): an act told as done (`claimgraph.extract.dates.attach`).
PAST_VERB = re.compile(rf"(?:(?-i:[a-z]+ed)|{_verbs.IRREGULAR_PAST})", re.IGNORECASE)
# A trigger of words that opens with an irregular past verb ("became independent", "broke away"): a verb phrase; not
# one in -ed, which may be an adjective before its noun ("armed clashes", "renewed fighting").
PAST_PHRASE = re.compile(rf"{_verbs.IRREGULAR_PAST}\s", re.IGNORECASE)
# A relative clause closed by a comma ("the year of the Gulf crisis, which ended in 1991,"): an aside of an apposition
# (`attach.dated_clauses`), whose verb tells no act of the sentence's time.
CLOSED_RELATIVE = re.compile(r",\s*(?:who|whom|which)\b[^,;]*,", re.IGNORECASE)
# Between two event nouns one clause tells together: "and", a determiner and up to two modifiers ("began air strikes
# and a ground assault"), no verb (`claimgraph.extract.dates.attach._conjoined`).
CONJOINED_ACT = re.compile(r",?\s+(?:and|or)\s+(?:(?:a|an|the|its|their|his|her)\s+)?"
                           r"(?:(?!(?:[a-z]+ed|was|were|is|are|had|has|have)\b)[\w-]+\s+){0,2}", re.IGNORECASE)
# An act of another time between a date before it and the act: in a relative clause of the past perfect ("rebels who
# had attacked the town") or told "later" ("which rebels later attacked"): the date is not the act's (`attach._reaches`).
OTHER_TIME_BEFORE = re.compile(r"\b(?:(?:who|whom|which|that)\s+(?:[\w'’-]+\s+){0,3}?had|later)\b[^,;]*$",
                               re.IGNORECASE)
# What may open brackets of a date alone, a gloss of the time told before them ("on Monday (4 May 2015)", "(on 3 May
# 2015)"): their date is that time's, not an aside's (`attach._bracketed`).
DATE_GLOSS = re.compile(r"\s*(?:(?:on|in)\s+)?", re.IGNORECASE)
FINITE_BEFORE = re.compile(rf"\b(?:(?-i:[a-z]+ed)|{_verbs.IRREGULAR_PAST})\b", re.IGNORECASE)
ASIDE = re.compile(r",\s*(?:including|such as|among them|like|notably|especially)\b", re.IGNORECASE)
# "the first talks between the two parties since 2016", "their third assault on Monrovia since June": the date is
# what the event is counted or measured from, in the event's own phrase too.
FIRST_SINCE = re.compile(r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|latest|only|last|"
                         r"largest|biggest|worst|deadliest|heaviest|fiercest|bloodiest)\b[^,.;:]{0,60}\bsince\s+$",
                         re.IGNORECASE)
# A happening someone joins ("NATO took part in the war", "Chad joined the offensive"): the clause's dates are the
# joining's, not the happening's start.
JOINING = re.compile(r"\b(?:t(?:ake|akes|ook|aking)\s+part\s+in|join(?:s|ed|ing)?|enter(?:s|ed|ing)?)\s+"
                     r"(?:the|this|that|its|their)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# "by" and a word for a part of the period before a date ("by early", "by mid-", "by the end of"): a bound.
_BY = r"by\s+(?:the\s+(?:end|middle|start|beginning)\s+of\s+|(?:early|late|mid)(?:\s+|-))?"
# "By 2020, ...", "By early 2022 the war had killed ...": a bound on all the sentence tells, at its opening.
OPENING_BY = re.compile(rf"\s*{_BY}", re.IGNORECASE)
# A date right after "by", anywhere, is a bound, no modifier of the noun after it ("By March 1995 the siege had cost
# ...", "the war had by early 2022 killed ...").
BOUND_BY = re.compile(rf"\b{_BY}$", re.IGNORECASE)
# "since" after a participle that ends a noun phrase, before a date, and a perfect's auxiliary: "leaders held in France
# since 1956 were released" (no perfect after the date: "since" dates the state of the participle's noun, not the act);
# not "Since 2011 the rebels attacked the town" (no participle), nor "held since 2011 have attacked" (a perfect).
PARTICIPLE_SINCE = re.compile(rf"\b(?:(?-i:[a-z]+ed)|{_verbs.IRREGULAR_PAST})\s+(?:(?!since\b)[\w'’-]+\s+){{0,3}}"
                              r"since\s+(?:(?:early|late|mid)[\s-]+)?$", re.IGNORECASE)
PERFECT_AUX = re.compile(r"\b(?:has|have|had)\b", re.IGNORECASE)  # not "'s": "the group's fighters" is no perfect
# The agent of a passive right after the date ("The truce, halted in March 2015 by renewed shelling"): an end cue
# before the date ends what was halted, not the agent.
AGENT_AFTER = re.compile(r"\s+by\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w'’-]+\s+){0,2}", re.IGNORECASE)
# A part of the period before a range's half ("the end of 1987", "late 1994"): the half still, not a date of its own.
_PERIOD_PART = r"(?:(?:the\s+)?(?:end|close|beginning|start|middle)\s+of\s+(?:the\s+)?|(?:early|late|mid)[\s-]+)?"
# The join of a range, and the part before its second half ("between January 1983 and the end of 1987", "from 1990 to
# late 1994"): the far end.
RANGE_JOIN = re.compile(rf"\s*(?:[-–/]|to|until|till|through|and)\s*{_PERIOD_PART}", re.IGNORECASE)
# "between" and the part before a range's first half ("between the start of 2019 and the end of 2020", "between early
# 2019 and late 2020"): "and" joins a range; `BETWEEN_REACH` characters before the first half are searched.
BETWEEN = re.compile(rf"\bbetween\s+{_PERIOD_PART}$", re.IGNORECASE)
BETWEEN_REACH = 40
BEGUN_ON = re.compile(r"\b(?:began|begun|begins|started|starts|broke out|erupted)\s+(?:on\s+|in\s+)?(?:the\s+)?$",
                      re.IGNORECASE)  # "It began on 12 July 2006 and ended when ...": what began then
START_CUE = re.compile(r"\b(?:began|begun|begins|started|starts|broke out|erupted|since|from)\s+(?:on\s+|in\s+)?"
                       r"(?:the\s+)?$", re.IGNORECASE)
END_CUE = re.compile(rf"\b(?:{_ENDED}|finished|completed|until|till|through|into)\s+"
                     r"(?:on\s+|in\s+)?(?:the\s+)?(?:(?:early|late)\s+|mid-)?$",
                     re.IGNORECASE)  # "lasted into early May", "was halted in 1975", "was completed on 1 September"
# A clause of "when" a beginning verb governs tells what happened as the event began ("It began when Portuguese
# rule ended in 1975"): an end verb in it is its own subject's, and the date starts the event.
BEGAN_WHEN = re.compile(r"\b(?:began|begins|started|starts|broke\s+out|erupted)\s+when\b[^,;]*$", re.IGNORECASE)
PAIR = re.compile(r"and")  # "October 5 and 12": two days, not a range (see RANGE_JOIN)


# -- Starts, ends and dates carried to the next sentence (`claimgraph.extract.dates.stage`) --
BEGINNING = re.compile(r"\bthe\s+(?:beginning|start|outbreak|onset)\s+of\b", re.IGNORECASE)
_WHICH = r"^,?\s+(?:(?:which|that)\s+(?:had\s+|has\s+)?)?"  # "its air campaign, which began on 24 March 1999"
# ... but not once more: "The rebellion, crushed in 1972, broke out again in March 1993" tells no first beginning.
_AGAIN = r"(?!\s+(?:again|anew|once\s+more)\b)"
STARTED = re.compile(rf"{_WHICH}(?:began|started|broke out|erupted)\b{_AGAIN}", re.IGNORECASE)
ENDED = re.compile(rf"{_WHICH}(?:came to an?\s+(?:\w+\s+)?end|ended|was over|drew to a close)\b{_AGAIN}", re.IGNORECASE)
SIGNED = re.compile(r"\bsigned\b", re.IGNORECASE)
# An agreement as the subject of a passive verb of signing, and the date before it past only a determiner (a comma
# or a chronology's dash first): "On 14 April 1991 the accords were signed", "14 April - The accords are signed".
SIGNED_PASSIVE = re.compile(r"\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?"
                            r"(?:signed|concluded|initialled|adopted)\b", re.IGNORECASE)
DETERMINER_GAP = re.compile(r"\s*(?:[,:]|\s[-–—])?\s*(?:the|a|an)\s+", re.IGNORECASE)
DEMONSTRATIVE = re.compile(r"\s*(?:This|That|These|Those)\s+(?:[\w-]+\s+){0,3}")
IMMEDIATE = re.compile(r"\b(?:led\s+to|leading\s+to|prompted|triggered|sparked|provoked|caused|resulted\s+in)\s+"
                       r"(?:an?\s+|the\s+)?immediate\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
PERFECT = re.compile(r"\b(?:has|have)\s+(?:\w+\s+)?(?:reached|signed|concluded|agreed(?:\s+on)?)\s+"
                     r"(?:an?|the|its|their)?\s*(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


# -- A scene's acts told after its date (`claimgraph.extract.dates.scene`) --
# An act told in the simple past, active or passive: "opened fire", "died", "withdrew", "was killed", "were captured".
SCENE_ACT = re.compile(rf"(?:(?:was|were)\s+(?:\w+ly\s+)?)?(?:(?-i:[a-z]+ed)|{_verbs.IRREGULAR_PAST})\b", re.IGNORECASE)
# What may stand beside a date on a line of its own that heads a diary's or a log's entry: a weekday before it, a
# full stop or a colon after it ("Tuesday, 17 March 2009.", "19 January 1974:").
DATE_LINE_BEFORE = re.compile(r"[ \t]*(?:(?:" + _WEEKDAY_NAMES + r"|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?)"
                              r",?[ \t]+)?", re.IGNORECASE)  # "Wed 1 Sep 2004", a feed's or a log's day heading
# A clock time opening a paragraph: an entry of a log or a feed stamped with its time ("10:02 Gunmen seize the school",
# "0415 Contact lost") (`claimgraph.extract.dates.scene`): with a colon, or four digits of a day's time, so that a
# count ("120 rebels attack", "250 km") is none.
STAMP_OPEN = re.compile(r"[ \t]*(?:[0-2]?\d:[0-5]\d|(?:[01]\d|2[0-3])[0-5]\dH?)\b")  # "1024H": a navy log's hour
DATE_LINE_AFTER = re.compile(r"[ \t]*[.:]?[ \t]*")
# ... or the day between a heading's rules, one on each side, as a log's day heading stands ("--- SUN 18 MAY 1980
# ---", "---- 01 FEB 2008 ----"): the rules are no words of it (`sections.date_line`).
DAY_RULE_OPEN = re.compile(rf"[ \t]*{_HEADING_RULE}[ \t]*")
DAY_RULE_CLOSE = re.compile(rf"([^\n]*?)[ \t]*{_HEADING_RULE}[ \t]*")
# ... or, after a weekday, a spaced dash and the place the day's entry was written at ("Sat 9 Apr - Nairobi", "Tue 12
# Apr - Kigali airport, via Bujumbura"): a few words, the first a capital's, no stop.
DATE_LINE_PLACE = re.compile(r"[ \t]*[-–—][ \t]+[A-Z][\w'’.-]*(?:,?[ \t]+[\w'’-]+){0,4}[ \t]*")
# A line under a date line that opens with a list's mark or a clock time: an entry of that day, whatever its tense
# ("- RPF moving south", "1040H  HQ-16 hit below waterline, withdrawing W.").
ENTRY_LINE_OPEN = re.compile(r"[ \t]*(?:[-*•·][ \t]+\S|(?:[0-2]?\d:[0-5]\d|(?:[01]\d|2[0-3])[0-5]\dH?)\b)")
# A word right before the act that makes it no simple past: a perfect ("had sunk"), a modal or the future ("would
# attack"), an infinitive ("ordered to withdraw"), a negation ("did not withdraw").
SCENE_ACT_NOT = re.compile(r"\b(?:had|has|have|having|will|would|shall|could|should|might|may|must|can|to|not|never|"
                           r"did|does|do)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
# A clause before the act that puts it at another time than the scene's: after, before or since another ("After the
# guns fell silent, the rebels withdrew"), or told of a noun ("the men who attacked the post").
SCENE_OTHER_CLAUSE = re.compile(r"\b(?:after|before|since|until|till|once|who|whom|whose|which)\b[^;:]*$",
                                re.IGNORECASE)
# Words of a dated sentence that tell a life's or an office's day, no scene of force ("On 3 May 1950 he was born in
# Lyon", "On 20 January the president took office"): the acts told after it are of a later time
# (`claimgraph.extract.dates.scene`).
SCENE_NOT_SET = re.compile(r"\b(?:born|married|graduated|elected|appointed|inaugurated|sworn\s+in|took\s+office)\b",
                           re.IGNORECASE)
# Words of a sentence that leave the scene's time: the perfect and pluperfect ("The squad had spent the week
# training"), the present and future of commentary ("historians are divided", "Locals will tell you"), modals, and
# words that move time on or spread it ("Nagy became Prime Minister next day", "was renewed several times",
# "Ultimately, a coalition expelled", "Within months the troops withdrew", "besieged the city for almost four years"),
# and the habitual ("Historically, invaders usually attacked in spring").
SCENE_LEFT = re.compile(r"\b(?:had|has|have|is|are|am|will|would|shall|can|may|might|must|should|today|now|later|"
                        r"afterwards?|subsequently|eventually|ultimately|next|following|"
                        r"usually|typically|generally|historically|traditionally|"
                        r"within\s+(?:weeks|months|years)|"
                        r"for\s+(?:(?:almost|nearly|about|over|some|more\s+than)\s+)?(?:[\w-]+\s+)?"
                        r"(?:weeks|months|years|decades)|"
                        r"(?:several|many|numerous|two|three|four)\s+times)\b", re.IGNORECASE)

# A short span spent on a happening just before the act its clause tells (`extract.dates.spent`): "after twelve days
# of fighting", "following two weeks of talks", "after 48 hours of heavy shelling"; not years or months ("after ten
# years of war, the parties met": the war may go on).
SPENT_BEFORE = re.compile(r"\b(?:after|following)\s+(?:more\s+than\s+|nearly\s+|almost\s+|some\s+|over\s+)?"
                          r"(?:a|an|\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a\s+few|"
                          r"many)\s+(?:hours?|days?|nights?|weeks?)\s+of\s+(?:[a-z][\w-]*\s+){0,2}$", re.IGNORECASE)

# ... whose date is not one told after it in a clause of another time: "Signed after four days of talks in Moscow, to
# which Dubcek had been taken and Svoboda had flown on 23 August" (the flight's day, before the talks ended).
SPAN_DATE_PARTED = re.compile(r"\b(?:had|which|who|whom|whose|where)\b", re.IGNORECASE)

# -- Durations (`claimgraph.extract.timeline`) --
DAYS = re.compile(r"\b(\d{1,4})[-\s](?:day|days)\b", re.IGNORECASE)
LASTED = re.compile(r"^\s+(?:[\w-]+\s+){0,8}?lasted\s+(?:for\s+)?(\d{1,4})\s+days\b", re.IGNORECASE)
