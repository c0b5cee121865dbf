"""Military exercises: "a routine firing drill as part of the Hoguk exercise", "will hold a combined exercise".

"exercise" and "drill" name a military exercise only as nouns of armed men's training: a qualifier of arms right
before them ("firing drill", "joint military exercises", "a combined exercise") or armed men, a weapon or an armed
name in their clause ("Our marines were carrying out ... the Hoguk exercise"). The verb ("to exercise restraint"),
"the exercise of power", a school's fire drill and a gym's exercise are none. Yields trigger candidates as
`triggers.Triggers` does.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc

from ..lang import cues
from .armed import armed_clause
from .base import Candidate, text_of

CUES = cues("triggers")


def exercises(doc: Doc, name: str, armed: frozenset[str]) -> Iterator[Candidate]:
    """A noun of `CUES.EXERCISES` that is no verb (`CUES.EXERCISE_NOT_AFTER` before it) nor followed by "of"
    (`CUES.EXERCISE_NOT_BEFORE`), with a qualifier of arms within `CUES.EXERCISE_QUALIFIER_REACH` words before it
    (`CUES.EXERCISE_QUALIFIERS`) or armed words in its clause (`armed.armed_clause`): class `CUES.EXERCISE_CLASS`."""
    if not CUES.EXERCISE_WORDS.search(text_of(doc)):
        return
    for token in doc[1:]:
        if token.lower_ in CUES.EXERCISES and _noun_of_arms(doc, token.i, armed):
            yield Candidate(token.idx, token.idx + len(token), "trigger", CUES.EXERCISE_CLASS, name)


def _noun_of_arms(doc: Doc, i: int, armed: frozenset[str]) -> bool:
    """Is the word at doc[i] a noun (no word of a verb's before it, no "of" after it) of armed men's training?"""
    verb = doc[i - 1].lower_ in CUES.EXERCISE_NOT_AFTER
    if verb or i + 1 < len(doc) and doc[i + 1].lower_ in CUES.EXERCISE_NOT_BEFORE:
        return False
    before = {t.lower_ for t in doc[max(0, i - CUES.EXERCISE_QUALIFIER_REACH):i]}
    return bool(before & CUES.EXERCISE_QUALIFIERS) or armed_clause(doc, i, armed)
