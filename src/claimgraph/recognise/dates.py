"""Dates in the text, normalised as precisely as the text gives them.

"September 27, 2020" and "27 Eylül 2020" -> 2020-09-27 (xsd:date); "April 2016" ->
2016-04 (xsd:gYearMonth); "in 1994", "2020’de" -> 1994, 2020 (xsd:gYear). English and
Turkish month names are known; more languages are one table row each.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator

from spacy.tokens import Doc

from .base import Candidate

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
        for pattern in PATTERNS:
            for match in pattern.finditer(doc.text):
                if any(s < match.end() and match.start() < e for s, e in taken):
                    continue
                taken.append(match.span())
                if value := normalise(match):
                    yield Candidate(match.start(), match.end(), "date", precision(value), NAME, value=value)
