"""An agreement told by its verb alone: "met in Vienna and agreed to strengthen the ceasefire".

Sides that meet and come away having "agreed to" do something concluded an agreement, though the text names no
agreement word: "In March 1990 the URNG and the National Reconciliation Commission met in Oslo and agreed to seek a
political settlement", "At a meeting in Jakarta on 22 February both governments agreed to admit unarmed Indonesian
observers". Its contract: `meeting_accords(doc, method)` yields an Agreement candidate on each such verb.
Without a meeting told before it in its sentence the verb names no agreement ("Both Ethiopia and the TPLF initially
agreed to negotiate": a stance), nor negated ("never agreed on the land"), in the passive ("was agreed with Phnom
Penh"), or before "that" ("agreed that the talks should resume": an opinion shared).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc

from ..lang import cues
from .base import Candidate, text_of, words_of

CUES = cues("triggers")


def meeting_accords(doc: Doc, method: str) -> Iterator[Candidate]:
    """Each verb of agreeing (`CUES.AGREED`) with what was agreed after it (`CUES.AGREED_AFTER`, past an aside set off
    by commas), neither negated nor passive (`CUES.AGREED_NOT_AFTER`), after a meeting told in its sentence
    (`CUES.MET`); a ceasefire when what was agreed halts the fighting (`CUES.AGREED_HALT`: "agreed to halt
    hostilities")."""
    words = words_of(doc)
    for i, word in enumerate(words):
        if word in CUES.AGREED and _agreed_what(words, i + 1) and not _denied(words, i) and _after_meeting(doc, words, i):
            token = doc[i]
            halts = CUES.AGREED_HALT.search(text_of(doc), token.idx, token.idx + CUES.AGREED_HALT_REACH)
            yield Candidate(token.idx, token.idx + len(token), "trigger", "Ceasefire" if halts else "Agreement", method)


def _agreed_what(words: list[str], k: int) -> bool:
    """Does what was agreed follow doc[k:]: "to", "on", or an aside set off by commas before them ("agreed, with
    Russian mediation, to halt hostilities")?"""
    if k < len(words) and words[k] == ",":
        close = next((j for j in range(k + 1, min(k + 1 + CUES.AGREED_ASIDE_REACH, len(words))) if words[j] == ","), None)
        k = close + 1 if close is not None else len(words)
    return k < len(words) and words[k] in CUES.AGREED_AFTER


def _denied(words: list[str], i: int) -> bool:
    """Is the verb negated or passive: one of `CUES.AGREED_NOT_AFTER` in the two words before it?"""
    return any(w in CUES.AGREED_NOT_AFTER for w in words[max(0, i - 2):i])


def _after_meeting(doc: Doc, words: list[str], i: int) -> bool:
    """Does the verb's sentence tell a meeting before it ("met in Oslo and agreed", "At a meeting in Jakarta ...")?"""
    start = doc[i].sent.start
    return any(w in CUES.MET for w in words[start:i])
