"""A strike that stops work: "went on strike", "a general strike", "the strike that followed closed every factory".

The lexicon reads "strike" as an attack (an air strike, a missile strike). A strike of workers is no act of force but
a protest: `work_stoppage` tells it by a word of work next to it or in its sentence (the cue words:
`claimgraph.lang.en.stoppages`), and the trigger recogniser gives it that class (`triggers._moved`).
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..lang import cues
from .armed import armed_words

CUES = cues("stoppages")
POSSESSIVE_MARKS = cues("triggers").POSSESSIVE_MARKS  # "the dockers' strike"


def work_stoppage(doc: Doc, start: int, end: int, armed: frozenset[str]) -> bool:
    """Is the match doc[start:end], a word of `CUES.STOPPAGES`, a stoppage of work? A word of `CUES.WORK_BEFORE` just
    before it (a possessive mark between: "the miners' strike") or of `CUES.WORK_AFTER` just after it; else a word of
    `CUES.WORK_WORDS` in its sentence and no armed men, weapon or `armed` name there (`armed.armed_words`) nor a word
    of harm (`CUES.HARM_WORDS`: "The strike destroyed the factory" is an attack's). Never
    after a word of `CUES.NOT_WORK_BEFORE` ("air strike", "a missile strike")."""
    if end - start != 1 or doc[start].lower_ not in CUES.STOPPAGES:
        return False
    before = start - 1
    if before >= 0 and doc[before].lower_ in POSSESSIVE_MARKS:
        before -= 1
    word_before = doc[before].lower_ if before >= 0 else ""
    if word_before in CUES.NOT_WORK_BEFORE:
        return False
    if word_before in CUES.WORK_BEFORE or (end < len(doc) and doc[end].lower_ in CUES.WORK_AFTER):
        return True
    words = [t.lower_ for t in doc[start].sent if t.i != start]
    return (any(w in CUES.WORK_WORDS for w in words) and CUES.HARM_WORDS.isdisjoint(words)
            and not armed_words(words, armed))
