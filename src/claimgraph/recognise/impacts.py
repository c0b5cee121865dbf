"""Munitions coming down on a place: "Rebel shells landed in Aden", "Rockets fired by the militia fell on the town".

A shell that lands is fired by someone at the place it hits: the verb of coming down (`CUES.IMPACT_VERBS`) with a
munition heading its subject (`munition_subject`) and a way onto a known place or a held one after it is an attack
(`CUES.IMPACT_CLASS`), the verb its word; the firer, if named, is read by the roles as any subject is. Planes land,
prices fall "in" a region and debris falls anywhere: only a munition's head word makes it one (cue words:
`claimgraph.lang.en.impacts`). Yields trigger candidates as `triggers.Triggers` does.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..lang import cues
from .armed import munition_subject
from .base import Candidate
from .moves import onto_place

if TYPE_CHECKING:
    from spacy.tokens import Doc

CUES = cues("impacts")  # IMPACT_VERBS, IMPACT_WAYS, IMPACT_CLASS


def impacts(doc: Doc, name: str, places: frozenset[str]) -> Iterator[Candidate]:
    """The munitions in `doc` that came down on a place (`places`: the gazetteer's lower-case place names)."""
    for token in doc[1:-2]:
        if (token.lower_ in CUES.IMPACT_VERBS and doc[token.i + 1].lower_ in CUES.IMPACT_WAYS
                and munition_subject(doc, token.i) and onto_place(doc, token.i + 1, places)):
            yield Candidate(token.idx, token.idx + len(token), "trigger", CUES.IMPACT_CLASS, name)
