"""Dates in the text, normalised as precisely as the text gives them.

"September 27, 2020" and "27 Eylül 2020" -> 2020-09-27 (xsd:date); "April 2016" ->
2016-04 (xsd:gYearMonth); "in 1994", "2020’de" -> 1994, 2020 (xsd:gYear). English and
Turkish month names are known; more languages are one table row each.

Relative expressions ("four years ago", "in the early hours of that day", "on the first
day", "three years after") are found by `RelativeDates` and anchored by `anchor` against
the source's date or the last date the text gave; the claims they lead to are derived.
"""

from __future__ import annotations

import calendar
import datetime
import re
from collections.abc import Iterator

from spacy.tokens import Doc

from .base import Candidate, text_of

NAME = "dates.v1"

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS |= {name.lower(): i for i, name in enumerate(calendar.month_abbr) if name}
MONTHS |= {"sept": 9}
MONTHS |= {m: i for i, m in enumerate(
    ["ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim", "kasım", "aralık"], 1)}

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_YEAR = r"(?P<year>1[5-9]\d\d|20\d\d)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_END = r"(?![\d.,]\d)"

PATTERNS = [
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}{_END}", re.IGNORECASE),
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}{_END}", re.IGNORECASE),
    re.compile(rf"\b{_YEAR}-(?P<mnum>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])\b"),
    re.compile(rf"\b{_MONTH}\s+(?:of\s+)?{_YEAR}{_END}", re.IGNORECASE),
    re.compile(rf"(?<![\d.,/-]){_YEAR}(?![\d%]|[.,/-]\d|-\w|\s*(?:km|people|troops|soldiers|deaths)\b)"),
]


def normalise(match: re.Match) -> str | None:
    """YYYY-MM-DD, YYYY-MM or YYYY from a match; None for an impossible date."""
    parts = match.groupdict()
    year = int(parts["year"])
    month = int(parts["mnum"]) if parts.get("mnum") else MONTHS.get((parts.get("month") or "").lower().rstrip("."))
    if not month:
        return f"{year:04d}"
    if not parts.get("day"):
        return f"{year:04d}-{month:02d}"
    day = int(parts["day"])
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def precision(value: str) -> str:
    """The XML Schema datatype name for a normalised date."""
    return {4: "gYear", 7: "gYearMonth"}.get(len(value), "date")


class Dates:
    """Finds date expressions; patterns run most precise first, and the first reading of a stretch wins."""

    name = NAME

    def __call__(self, doc: Doc) -> Iterator[Candidate]:
        taken: list[tuple[int, int]] = []  # an impossible date still hides the year inside it
        text = text_of(doc)
        for pattern in PATTERNS:
            for match in pattern.finditer(text):
                if any(s < match.end() and match.start() < e for s, e in taken):
                    continue
                taken.append(match.span())
                if value := normalise(match):
                    yield Candidate(match.start(), match.end(), "date", precision(value), NAME, value=value)


RELATIVE_NAME = "dates-relative.v1"
_NUMBER_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty".split())} | {"a": 1, "an": 1}
_COUNT = r"(?P<n>\d{1,2}|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r")"
RELATIVE = [
    ("ago", re.compile(rf"\b{_COUNT}\s+years?\s+(?:ago|since)\b", re.IGNORECASE)),
    ("after", re.compile(rf"\b{_COUNT}\s+years?\s+(?:after|later)\b", re.IGNORECASE)),
    ("same-day", re.compile(r"\b(?:(?:in|during) the (?:early |late )?(?:hours|morning|evening|night) of |on |by the end of )?"
                            r"that (?:same )?day\b", re.IGNORECASE)),
    ("same-day", re.compile(r"\b(?:on|in) the (?:first|1st|very first) day\b", re.IGNORECASE)),
    ("next-day", re.compile(r"\b(?:on )?the (?:next|following) day\b", re.IGNORECASE)),
]


class RelativeDates:
    """Finds time expressions relative to another date ("four years ago", "on that day").

    Candidates carry the kind of reference in `value` ("ago:4", "same-day"); `anchor`
    turns them into dates once the text around them is known.
    """

    name = RELATIVE_NAME

    def __call__(self, doc: Doc) -> Iterator[Candidate]:
        text = text_of(doc)
        for kind, pattern in RELATIVE:
            for match in pattern.finditer(text):
                n = match.groupdict().get("n")
                count = "" if n is None else f":{_NUMBER_WORDS.get(n.lower(), n)}"
                yield Candidate(match.start(), match.end(), "date", "relative", RELATIVE_NAME, value=kind + count)


def anchor(reference: str, source_date: str | None, last_date: str | None) -> str | None:
    """The date a relative reference stands for, or None when its anchor is unknown.

    "ago:N" counts back from the source's own date (year precision); "after:N" counts on
    from the last date the text gave; "same-day" / "next-day" are the last full date
    the text gave (or the next day).
    """
    kind, _, count = reference.partition(":")
    if kind == "ago":
        return f"{int(source_date[:4]) - int(count):04d}" if source_date else None
    if not last_date:
        return None
    if kind == "after":
        return f"{int(last_date[:4]) + int(count):04d}"
    if len(last_date) != 10:
        return None
    if kind == "next-day":
        day = datetime.date.fromisoformat(last_date) + datetime.timedelta(days=1)
        return day.isoformat()
    return last_date
