"""The words of counts in English: deaths, displaced, missing, territory shares and votes
(see `claimgraph.recognise.quantities`)."""

import re

_HEDGE = r"(?:(?:more than|over|about|around|nearly|almost|some|at least|approximately|up to|an estimated|estimated)\s+)?"
NUMBER_WORDS = {w: i for i, w in enumerate("two three four five six seven eight nine ten eleven twelve thirteen fourteen "
                                           "fifteen sixteen seventeen eighteen nineteen twenty".split(), 2)}
# A whole number word: "ten" is no count in "tens of thousands" (a vague figure gives no claim).
_N = (r"(?P<n>\d{1,3}(?:,\d{3})+|\d+|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")\b"
      r"(?:\s+(?P<mult>thousand|million))?")
_WHO = r"(?:\s+(?:[A-Z][a-z]+\s+)?(?:people|persons|civilians|soldiers|servicemen|troops|residents|refugees|Armenians|Azerbaijanis|fighters))?"

PATTERNS: dict[str, list[re.Pattern]] = {
    "deaths": [
        re.compile(rf"\b{_HEDGE}{_N}{_WHO}\s+(?:who\s+)?(?:were\s+|have\s+been\s+|had\s+been\s+)?(?:killed|dead|died|lost their lives)\b"),
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

MULTIPLIERS = {None: 1, "thousand": 1_000, "million": 1_000_000}

# A count after others joined by "and": "3,800 Armenian and 2,900 Azerbaijani servicemen".
BEFORE_AND = re.compile(r"\d[\d,]*\s+(?:[\w-]+\s+){0,2}and\s+$")
