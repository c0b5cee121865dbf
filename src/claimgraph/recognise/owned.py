"""A state's forces told by "its": whose they are is read from the names before them in their sentence, so it is a
reading of the names around a word, as `names.NamesInContext` makes (its candidates carry its method)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING

from ..lang import cues
from .base import Candidate

if TYPE_CHECKING:  # spaCy loads only when a recogniser runs
    from spacy.tokens import Doc

CUES = cues("names")


def own_forces(doc: Doc, text: str, owners: Mapping[str, str], method: str) -> Iterator[Candidate]:
    """A state's forces told by "its" as a verb's subject ("China said its troops began withdrawing", "Baku
    announced that its troops had captured"): the armed forces of the one state named before it in its sentence
    (`CUES.OWN_FORCES_REACH` characters at most), by its name, its demonym or its capital (`owners`: each such
    word -> the id of its state's forces; "Azerbaijan's Defence Ministry said its forces": Azerbaijan's). Nothing where no state is named there ("its forces" alone names no
    one), where two are ("India said Pakistan attacked Kargil, and its troops": whose is not told), nor where
    they are no subject (`_subject_forces`)."""
    for match in CUES.OWN_FORCES.finditer(text):
        start = max(match.start() - CUES.OWN_FORCES_REACH, _sentence_start(doc, match.start()))
        if not _subject_forces(match, text[start:match.start()]):
            continue
        names = [w.group() for w in CUES.CAPITALISED.finditer(text, start, match.start())]
        whose = {owners[n] for n in names if n in owners}
        if len(whose) == 1:
            yield Candidate(match.start(), match.end(), "entity", "ArmedForce", method, entity=whose.pop())


def _subject_forces(match: re.Match, before: str) -> bool:
    """Are the forces "its" names (`CUES.OWN_FORCES`) the subject of the word after them: "its" opens a clause or
    a count's "of" in the sentence's words `before` it, and that word is a verb of theirs (`CUES.OWN_FORCES_VERBS`,
    any past after "that"): not "to withdraw its troops deployed in Kosovo"."""
    if not CUES.OWN_FORCES_SUBJECT_BEFORE.search(before):
        return False
    verb = match.group("verb")
    return verb in CUES.OWN_FORCES_VERBS or verb.endswith("ed") and CUES.OWN_FORCES_THAT.search(before) is not None


def _sentence_start(doc: Doc, at: int) -> int:
    """Where the sentence holding character `at` starts (the pipeline's sentences: "The U.S. said" is one)."""
    return next((s.start_char for s in doc.sents if s.start_char <= at < s.end_char), 0) \
        if doc.has_annotation("SENT_START") else 0
