"""Military exercises: "a routine firing drill as part of the Hoguk exercise", "will hold a combined exercise".

"exercise" and "drill" name a military exercise only as nouns of armed men's training: a qualifier of arms right
before them ("firing drill", "joint military exercises"), or held by armed men ("will hold a combined exercise",
"Our marines were carrying out ... the Hoguk exercise"). The verb ("to exercise restraint", "Soldiers exercise in
the gym"), "the exercise of power", a school's fire drill, a bank's joint exercise and a gym's exercise are none.
Yields trigger candidates as `triggers.Triggers` does.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc

from ..lang import cues
from .armed import armed_clause
from .base import Candidate, cue_spans

CUES = cues("triggers")


def exercises(doc: Doc, name: str, armed: frozenset[str]) -> Iterator[Candidate]:
    """A noun of `CUES.EXERCISES` of armed men's training (`_noun_of_arms`): class `CUES.EXERCISE_CLASS`."""
    for word in cue_spans(doc, CUES.EXERCISE_WORDS):
        if _noun_of_arms(doc, word.start, armed):
            yield Candidate(word.start_char, word.end_char, "trigger", CUES.EXERCISE_CLASS, name)


def _noun_of_arms(doc: Doc, i: int, armed: frozenset[str]) -> bool:
    """Is the word at doc[i] a noun of armed men's training: no noun of a thing after it (`CUES.EXERCISE_NOT_BEFORE`:
    "the exercise of power", "an exercise book"), and a qualifier of arms just before it (`CUES.EXERCISE_QUALIFIERS`:
    "a routine firing drill"), one of its kind (`CUES.EXERCISE_KINDS`: "the combined exercise with the United States")
    with armed words in its clause (`armed.armed_clause`), or held by armed men (`_held`)?"""
    if i == 0 or i + 1 < len(doc) and doc[i + 1].lower_ in CUES.EXERCISE_NOT_BEFORE:
        return False
    before = {t.lower_ for t in doc[max(0, i - CUES.EXERCISE_QUALIFIER_REACH):i]}
    if before & CUES.EXERCISE_QUALIFIERS:
        return True
    return bool(before & CUES.EXERCISE_KINDS) and armed_clause(doc, i, armed) or bool(
        before & CUES.EXERCISE_OPENERS) and _held(doc, i, armed)


def _held(doc: Doc, i: int, armed: frozenset[str]) -> bool:
    """Is the noun at doc[i] held: a verb of holding (`CUES.EXERCISE_HOLDERS`) within `CUES.EXERCISE_HOLDER_REACH`
    words before it in its sentence, and armed men, a weapon or an armed name in its clause (`armed.armed_clause`)?
    "The Republic of Korea and the United States will hold a combined exercise"; not "The hospitals held a joint
    exercise", "Microsoft announced joint exercises with Google"."""
    start = max(doc[i].sent.start, i - CUES.EXERCISE_HOLDER_REACH)
    return any(t.lower_ in CUES.EXERCISE_HOLDERS for t in doc[start:i]) and armed_clause(doc, i, armed)
