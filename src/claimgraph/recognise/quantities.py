"""Quantities a text gives for an event: deaths, displaced people, people abducted, missing, territory share, votes.

"3,830 people lost their lives", "killed ten civilians" -> deaths 3830, 10 ("between 1,200 and 5,700" -> 1200,
"from 70,000 to 100,000 dead" -> 70000: the ontology has no range, so its lower bound, as "at least" reads it);
"more than 100,000 people were forced to flee" -> displaced 100000; "Over 300 people are still missing" -> missing 300; "about 20%
of Azerbaijan's territory" -> territoryShare 20; "49.78% (6,377,482 votes) voting “yes”" and a results
table's "Yes 6,382,901 49.78%" -> votesFor 6377482, 6382901 (the patterns: `claimgraph.lang.en.quantities`).
The value is the number as written (hedges such as "more than" are kept in the evidence, not in
the number). Where the cue is an event word ("fled", "killed more than 400"), it is left outside the span
for the trigger recogniser. The claims stage attaches the quantity to the event named nearest in the same sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from spacy.tokens import Doc

from ..lang import cues
from .base import Candidate, text_of

CUES = cues("quantities")  # the words of counts, of every language (claimgraph.lang)
NAME = "quantities.v17"  # v17: a count of dead ends before "killed", "died" with no passive auxiliary



class Quantities:
    """Finds counts and shares; the first relation whose pattern reads a stretch wins."""

    name = NAME

    def __call__(self, doc: Doc) -> Iterator[Candidate]:
        taken: list[tuple[int, int]] = []
        text = text_of(doc)
        for relation, patterns in CUES.PATTERNS.items():
            for pattern in patterns:
                for match in pattern.finditer(text):
                    start, end = match.span("count" if "count" in pattern.groupindex else 0)
                    if any(s < end and start < e for s, e in taken) or _coordinated(text, start) or _a_year(text, match):
                        continue
                    taken.append((start, end))
                    yield Candidate(start, end, "quantity", relation, NAME, value=_value(match))


def _coordinated(text: str, start: int) -> bool:
    """Is the number the last of several ("3,800 Armenian and 2,900 Azerbaijani servicemen were killed")?

    The verb then counts each group apart; one number alone would be a wrong total.
    """
    return bool(CUES.BEFORE_AND.search(text, max(0, start - 60), start))


def _a_year(text: str, match: re.Match) -> bool:
    """Is the number a date's year ("the fighting in June 2000 killed more than 700 civilians")? It
    counts nothing, and the date keeps its words."""
    n = match.group("n")
    return len(n) == 4 and n.isdigit() and bool(CUES.YEAR_AFTER_MONTH.search(text, max(0, match.start("n") - 20),
                                                                             match.start("n")))


def _value(match: re.Match) -> str:
    """The number as written, a range's lower bound; "2.6 million" is 2600000, a share's "49.78" stays a decimal."""
    number = match.group("n").replace(",", "")
    if number.lower() in CUES.NUMBER_WORDS:
        number = str(CUES.NUMBER_WORDS[number.lower()])
    multiplier = match.groupdict().get("mult")
    if "." in number and multiplier is None:
        return number
    return str(int(Decimal(number) * CUES.MULTIPLIERS[multiplier]))
