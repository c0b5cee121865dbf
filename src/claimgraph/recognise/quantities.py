"""Quantities a text gives for an event: deaths, displaced people, missing, territory share, votes.

"3,830 people lost their lives", "killed ten civilians" -> deaths 3830, 10; "more than 100,000 people were forced to
flee" -> displaced 100000; "Over 300 people are still missing" -> missing 300; "about 20%
of Azerbaijan's territory" -> territoryShare 20; "49.78% (6,377,482 votes) voting “yes”" and a results
table's "Yes 6,382,901 49.78%" -> votesFor 6377482, 6382901 (the patterns: `claimgraph.lang.en.quantities`).
The value is the number as written (hedges such as "more than" are kept in the evidence, not in
the number). Where the cue is an event word ("fled"), it is left outside the span for the
trigger recogniser. The claims stage attaches the quantity to the event named nearest in the same sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc

from ..lang import cues
from .base import Candidate, text_of

CUES = cues("quantities")  # the words of counts, of every language (claimgraph.lang)
NAME = "quantities.v5"  # v5: "killed an estimated 15,000 people"; v4: "323 who died"; v3: a number word is whole ("tens of thousands" counts nothing); v2: votes



class Quantities:
    """Finds counts and shares; the first relation whose pattern reads a stretch wins."""

    name = NAME

    def __call__(self, doc: Doc) -> Iterator[Candidate]:
        taken: list[tuple[int, int]] = []
        text = text_of(doc)
        for relation, patterns in CUES.PATTERNS.items():
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
    return bool(CUES.BEFORE_AND.search(text, max(0, match.start() - 60), match.start()))


def _value(match: re.Match) -> str:
    number = match.group("n").replace(",", "")
    if number.lower() in CUES.NUMBER_WORDS:
        number = str(CUES.NUMBER_WORDS[number.lower()])
    if "." in number:
        return number
    return str(int(number) * CUES.MULTIPLIERS[match.groupdict().get("mult")])
