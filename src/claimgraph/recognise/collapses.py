"""A military collapse: "the defences at Se La and Bomdila had collapsed", "resistance in the south collapses".

A rule of `triggers.Triggers`: `collapses` yields a Collapse trigger on a verb of collapsing whose subject is a
noun of defence (the cue words and their reach: `claimgraph.lang.en.collapses`). The verb alone tells a bridge's,
a market's or a man's fall as well; the defended thing as subject is what makes it a defeat in arms, in any war.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc

from ..lang import cues
from .base import Candidate, cue_spans, words_of

CUES = cues("collapses")


def collapses(doc: Doc, name: str) -> Iterator[Candidate]:
    """Each verb of `CUES.COLLAPSING` with a noun of `CUES.DEFENCES` heading its subject (`_defence_before`)."""
    for verb in cue_spans(doc, CUES.COLLAPSE_WORDS):
        if _defence_before(doc, verb.start):
            yield Candidate(verb.start_char, verb.end_char, "trigger", CUES.COLLAPSE_CLASS, name)


def _defence_before(doc: Doc, i: int) -> bool:
    """Does a noun of defence stand within `CUES.SUBJECT_REACH` words before doc[i] in its sentence, with no word
    that opens another clause between (`CUES.CLAUSE_STOPS`, in lower case as written), and not "phone lines" (`CUES.LINE_NOT_AFTER`)?"""
    words = words_of(doc)
    start = max(doc[i].sent.start, i - CUES.SUBJECT_REACH)
    for k in range(i - 1, start - 1, -1):
        if doc[k].text in CUES.CLAUSE_STOPS:  # as written: "Dak To" is a name, "to" a clause's
            return False
        if words[k] in CUES.DEFENCES and not (k > 0 and words[k - 1] in CUES.LINE_NOT_AFTER):
            return True
    return False
