"""Diplomatic relations broken off or restored: "broke off diplomatic relations with Honduras", "diplomatic relations
between the two countries were restored in October 1988".

A rule of `triggers.Triggers`: `relations` yields a Rupture or a Restoration trigger on the verb (`CUES.RELATIONS_BEFORE`,
`CUES.RELATIONS_AFTER`) where a state is a side of the relations (`_state_side`).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc

from ..lang import cues
from .armed import place_at
from .base import Candidate, text_of

CUES = cues("acts_of_state")
SIDES = CUES.STATE_NOUNS | CUES.RELATIONS_SIDES  # words of a state that may be a side


def relations(doc: Doc, name: str, states: frozenset[str]) -> Iterator[Candidate]:
    """A verb that breaks off or restores diplomatic relations, before them or in the passive after them, with a state
    as a side; not "diplomatic relations remain tense", "cut ties with the sponsor", "The company cut diplomatic ties
    with the lobbyists". `states`: the lower-case names of the states and places the gazetteer knows."""
    text = text_of(doc)
    for pattern in (CUES.RELATIONS_BEFORE, CUES.RELATIONS_AFTER, CUES.RELATIONS_RELATIVE):
        for found in pattern.finditer(text):
            start, end = found.span("verb")
            verb = doc.char_span(start, end)
            if verb is not None and _state_side(doc, verb.start, states):
                cls = CUES.RELATIONS_CLASSES[" ".join(found.group("verb").lower().split())]
                yield Candidate(start, end, "trigger", cls, name)


def _state_side(doc: Doc, i: int, states: frozenset[str]) -> bool:
    """Does a state stand in doc[i]'s sentence within `CUES.RELATIONS_SIDE_REACH` words of it: a known state or place
    ("Riyadh", "Honduras"), a word of `CUES.STATE_NOUNS` ("the two countries") or of `CUES.RELATIONS_SIDES` ("the
    Salvadoran government")?"""
    sentence = doc[i].sent
    near = range(max(sentence.start, i - CUES.RELATIONS_SIDE_REACH), min(sentence.end, i + CUES.RELATIONS_SIDE_REACH))
    return any(doc[k].lower_ in SIDES or place_at(doc, k, states) for k in near)
