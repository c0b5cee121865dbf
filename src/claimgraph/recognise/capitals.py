"""Names written in capitals ("UNITED STATES MARINE CORPS", "SECOND LIEUTENANT DANIEL R. OSTROWSKI, USMC", "FM USS
MADDOX"): the name rules read mixed case only, so a run of two words or more in capitals gets a copy of the same length
in Title Case (`recased`: small words of names in lower case, words the text writes in capitals outside such runs too,
known names in capitals and a navy's prefix kept as written), and `names.NamesInContext.in_capitals` reads only its
strongly anchored rules on it: a body's name that fills the run or stands before its acronym in brackets, a title before
a name with a middle initial, a navy's prefix before a ship's name, each ending its run. The offsets hold, so the
evidence quotes the capitals. A headline's words in capitals alone tell nothing ("ARMY COUNCIL MEETS", "PRESIDENT
VISITS TROOPS", "FULL TIME: ARSENAL 2 CHELSEA 1")."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Set
from ..lang import cues
from .base import Candidate

_SHIPS = cues("warships")
RUN = re.compile(r"(?<![\w’'\-.])[A-Z][A-Z’'\-]*\.?(?:[ \t]+[A-Z][A-Z’'\-]*\.?)+(?![\w’'\-])")
_WORD = re.compile(r"[A-Z][A-Z’'\-]*")
_ALONE_CAPS = re.compile(r"(?<![\w’'\-])[A-Z][A-Z]{1,7}(?![\w’'\-])")
_PREFIX = re.compile(_SHIPS.NAVY_PREFIXES)
SMALL_WORDS = frozenset({"of", "the", "and", "on", "for", "in", "de", "la", "del", "du", "des", "to", "at", "by", "a",
                         "an", "with", "from", "her", "his", "its", "as"})
INITIAL = re.compile(r"\b[A-Z]\.[ \t]")


def recased(text: str, known: Set[str]) -> tuple[str, list[tuple[int, int]]]:
    """`text` with each run of words in capitals in Title Case (same length), and the runs' spans; the text as it is
    and no runs where none. `known`: the names in capitals the gazetteer knows ("UN", "NATO"), kept as written."""
    runs = [m.span() for m in RUN.finditer(text) if sum(len(w) > 1 for w in _WORD.findall(m.group())) >= 2]
    if not runs:
        return text, []
    outside = {m.group() for m in _ALONE_CAPS.finditer(text) if not within(runs, m.start(), m.end())}
    keep = outside | known
    chars = list(text)
    for start, end in runs:
        for word in _WORD.finditer(text, start, end):  # ASCII capitals, quotes, hyphens: each keeps its length
            chars[word.start():word.end()] = _recase(word.group(), keep)
    return "".join(chars), runs


def _recase(word: str, keep: Set[str]) -> str:
    """One word of a run in Title Case, each part of it after a hyphen too ("NORTH-EAST": "North-East"); a small word
    of names (`SMALL_WORDS`) in lower case; a word of `keep` or a navy's prefix as written ("UN", "USS")."""
    if word in keep or _PREFIX.fullmatch(word):
        return word
    if word.lower() in SMALL_WORDS:
        return word.lower()
    return "-".join(part[:1] + part[1:].lower() for part in word.split("-"))


def within(runs: list[tuple[int, int]], start: int, end: int) -> tuple[int, int] | None:
    """The run that holds text[start:end], else None."""
    return next(((s, e) for s, e in runs if s <= start and end <= e), None)


def fills(run: tuple[int, int], text: str, start: int, end: int) -> bool:
    """Does the name at text[start:end], within `run`, fill it (no more than "The" before it)?"""
    return not text[end:run[1]].strip() and text[run[0]:start].strip() in {"", "The", "the"}


def ends_run(runs: list[tuple[int, int]], text: str, end: int) -> bool:
    """Does a name ending at `end` end its run (only white space after it there)?"""
    return any(s < end <= e and not text[end:e].strip() for s, e in runs)


def in_runs(runs: list[tuple[int, int]], candidates: Iterable[Candidate]) -> Iterator[Candidate]:
    """The candidates inside a run."""
    return (c for c in candidates if within(runs, c.start, c.end))
