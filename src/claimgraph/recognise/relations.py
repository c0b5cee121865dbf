"""Diplomatic relations broken off or restored: "broke off diplomatic relations with Honduras", "diplomatic relations
between the two countries were restored in October 1988".

A rule of `triggers.Triggers`: `relations` yields a Rupture or a Restoration trigger on the verb (`CUES.RELATIONS_BEFORE`,
`CUES.RELATIONS_AFTER`).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc

from ..lang import cues
from .base import Candidate, text_of

CUES = cues("triggers")


def relations(doc: Doc, name: str) -> Iterator[Candidate]:
    """A verb that breaks off or restores diplomatic relations, before them or in the passive after them; not
    "diplomatic relations remain tense", "cut ties with the sponsor"."""
    text = text_of(doc)
    for pattern in (CUES.RELATIONS_BEFORE, CUES.RELATIONS_AFTER):
        for found in pattern.finditer(text):
            start, end = found.span("verb")
            verb = " ".join(found.group("verb").lower().split())
            yield Candidate(start, end, "trigger", CUES.RELATIONS_CLASSES[verb], name)
