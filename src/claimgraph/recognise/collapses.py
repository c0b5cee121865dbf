"""A military collapse: "the defences at Se La and Bomdila had collapsed", "resistance in the south collapses".

A rule of `triggers.Triggers`: `collapses` yields a Collapse trigger on a verb of collapsing whose subject is headed
by a noun of defence (the cue words: `claimgraph.lang.en.collapses`). The verb alone tells a bridge's, a market's or
a man's fall as well; the defended thing as subject is what makes it a defeat in arms, in any war.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc

from ..lang import cues
from .armed import qualifies_next, subject_tokens
from .base import Candidate, cue_spans

CUES = cues("collapses")
CLAUSES = cues("clauses")
CLASS = "Collapse"


def collapses(doc: Doc, name: str) -> Iterator[Candidate]:
    """Each verb of `CUES.COLLAPSING` with a noun of `CUES.DEFENCES` heading its subject (`_defence_before`)."""
    for verb in cue_spans(doc, CUES.COLLAPSE_WORDS):
        if _defence_before(doc, verb.start):
            yield Candidate(verb.start_char, verb.end_char, "trigger", CLASS, name)


def _defence_before(doc: Doc, i: int) -> bool:
    """Does a noun of defence head the subject of the verb at doc[i] (`armed.subject_tokens`: its clause's words
    before it, `CUES.SUBJECT_REACH` at most): in lower case or opening its sentence (no name's "Front"), qualifying
    no noun after it (`armed.qualifies_next`), no comma between, not "phone lines" (`CUES.LINE_NOT_AFTER`), and a
    word of `CUES.BARE_DEFENCES` placed (`_placed`)?"""
    tokens = subject_tokens(doc, i, CUES.SUBJECT_REACH)
    for k in range(len(tokens) - 1, -1, -1):
        token = tokens[k]
        if token.text == ",":
            return False
        if token.lower_ not in CUES.DEFENCES or not (token.is_lower or token.i == token.sent.start):
            continue
        if qualifies_next(tokens, k) or token.i > 0 and doc[token.i - 1].lower_ in CUES.LINE_NOT_AFTER:
            return False
        return token.lower_ not in CUES.BARE_DEFENCES or _placed(doc, token.i)
    return False


def _placed(doc: Doc, k: int) -> bool:
    """Does a part of the land stand before doc[k] ("the northern front") or a place phrase open after it ("the
    defence at Khe Sanh", `CUES.DEFENCE_PLACE_AFTER`)?"""
    return (k > 0 and doc[k - 1].lower_ in CLAUSES.PART_OF_LAND
            or k + 1 < len(doc) and doc[k + 1].lower_ in CUES.DEFENCE_PLACE_AFTER)
