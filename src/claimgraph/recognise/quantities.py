"""Quantities a text gives for an event: deaths, displaced people, missing, territory share, votes.

"3,830 people lost their lives", "killed ten civilians" -> deaths 3830, 10; "more than 100,000 people were forced to
flee" -> displaced 100000; "Over 300 people are still missing" -> missing 300; "about 20%
of Azerbaijan's territory" -> territoryShare 20; "49.78% (6,377,482 votes) voting “yes”" and a results
table's "Yes 6,382,901 49.78%" -> votesFor 6377482, 6382901 (`_ballot`). The value is the number as written
(hedges such as "more than" are kept in the evidence, not in the number). Where the cue
is an event word ("fled"), it is left outside the span for the trigger recogniser. The
claims stage attaches the quantity to the event named nearest in the same sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc

from .base import Candidate, text_of

NAME = "quantities.v3"  # v3: a number word is whole ("tens of thousands" counts nothing); v2: votes

_HEDGE = r"(?:(?:more than|over|about|around|nearly|almost|some|at least|approximately|up to)\s+)?"
_WORDS = {w: i for i, w in enumerate("two three four five six seven eight nine ten eleven twelve thirteen fourteen "
                                      "fifteen sixteen seventeen eighteen nineteen twenty".split(), 2)}
# A whole number word: "ten" is no count in "tens of thousands" (a vague figure gives no claim).
_N = (r"(?P<n>\d{1,3}(?:,\d{3})+|\d+|" + "|".join(sorted(_WORDS, key=len, reverse=True)) + r")\b"
      r"(?:\s+(?P<mult>thousand|million))?")
_WHO = r"(?:\s+(?:[A-Z][a-z]+\s+)?(?:people|persons|civilians|soldiers|servicemen|troops|residents|refugees|Armenians|Azerbaijanis|fighters))?"

PATTERNS: dict[str, list[re.Pattern]] = {
    "deaths": [
        re.compile(rf"\b{_HEDGE}{_N}{_WHO}\s+(?:were\s+|have\s+been\s+|had\s+been\s+)?(?:killed|dead|died|lost their lives)\b"),
        re.compile(rf"\b(?:deaths|death toll|killing|loss of life) of {_HEDGE}{_N}\b"),
        re.compile(rf"\b{_HEDGE}{_N} (?:deaths|fatalities|dead)\b"),
        re.compile(rf"\b(?:killed|killing|kills)\s+{_HEDGE}{_N}{_WHO}"),
    ],
    "displaced": [
        re.compile(rf"\b{_HEDGE}{_N}{_WHO}(?=\s+(?:were\s+|have\s+been\s+)?(?:displaced|forced to flee|fled|expelled|became refugees)\b)"
                   r"(?!\s+displaced\s+\w+\s+(?:have\s+|had\s+)?return)"),
    ],
    "missing": [
        re.compile(rf"\b{_HEDGE}{_N}{_WHO}\s+(?:are|were|remain|remained)\s+(?:still\s+)?missing\b"),
    ],
    "territoryShare": [
        re.compile(r"\b(?:(?:about|around|nearly|almost|some|over|more than)\s+)?(?P<n>\d{1,2}(?:\.\d+)?)\s?(?:%|per ?cent|percent)"
                   r"\s+of\s+(?:[A-Z]\w+['’]s\s+|the\s+|its\s+)?(?:\w+\s+)?(?:territory|territories|land)\b"),
    ],
}

_COUNT = r"(?P<n>\d{1,3}(?:,\d{3})+|\d+)"
_QUOTE = "[\"“”'‘’]"


def _ballot(side: str, stance: str, label: str) -> list[re.Pattern]:
    """How a text counts the votes of one side of a ballot (`side`: its words, "yes|in favou?r";
    `stance`: those that can follow "votes", "in favou?r"; `label`: the word a results table heads
    its row with, "Yes"): "(6,377,482 votes) voting “yes”"; "the “no” vote led ... with 50.21% (6,431,376 votes)"; "6,377,482 votes in favour";
    a table row "Yes6,382,90149.78%" (grouped digits end the count, a share may follow glued on)."""
    return [
        re.compile(rf"\b{_COUNT}\s+votes\)?,?\s+(?:voting|voted|cast)\s+{_QUOTE}?(?i:{side})\b"),
        re.compile(rf"{_QUOTE}(?i:{side}){_QUOTE}\s+(?:vote|votes|side|option|camp|campaign)\b[^()\n]{{0,80}}?"
                   rf"\({_COUNT}\s+votes\)"),
        re.compile(rf"\b{_COUNT}\s+votes\s+(?:were\s+cast\s+)?(?i:{stance})\b"),
        re.compile(rf"(?:^|(?<=\s)){label}\s?(?P<n>\d{{1,3}}(?:,\d{{3}})+)(?=\s*\d{{1,3}}(?:\.\d+)?\s?%|[ \t]*(?:\n|$))"),
    ]


PATTERNS["votesFor"] = _ballot("yes|in favou?r", "in favou?r", "Yes")
PATTERNS["votesAgainst"] = _ballot("no|against", "against", "No")

_MULTIPLIERS = {None: 1, "thousand": 1_000, "million": 1_000_000}


class Quantities:
    """Finds counts and shares; the first relation whose pattern reads a stretch wins."""

    name = NAME

    def __call__(self, doc: Doc) -> Iterator[Candidate]:
        taken: list[tuple[int, int]] = []
        text = text_of(doc)
        for relation, patterns in PATTERNS.items():
            for pattern in patterns:
                for match in pattern.finditer(text):
                    if any(s < match.end() and match.start() < e for s, e in taken) or _coordinated(text, match):
                        continue
                    taken.append(match.span())
                    yield Candidate(match.start(), match.end(), "quantity", relation, NAME, value=_value(match))


def _coordinated(text: str, match: re.Match) -> bool:
    """Is the number the last of several ("3,800 Armenian and 2,900 Azerbaijani servicemen were killed")?

    The verb then counts each group apart; one number alone would be a wrong total.
    """
    return bool(_BEFORE_AND.search(text, max(0, match.start() - 60), match.start()))


_BEFORE_AND = re.compile(r"\d[\d,]*\s+(?:[\w-]+\s+){0,2}and\s+$")


def _value(match: re.Match) -> str:
    number = match.group("n").replace(",", "")
    if number.lower() in _WORDS:
        number = str(_WORDS[number.lower()])
    if "." in number:
        return number
    return str(int(number) * _MULTIPLIERS[match.groupdict().get("mult")])
