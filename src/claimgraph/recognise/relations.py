"""Diplomatic relations broken off or restored: "broke off diplomatic relations with Honduras", "diplomatic relations
between the two countries were restored in October 1988".

A rule of `triggers.Triggers`: `relations` yields a Rupture or a Restoration trigger on the verb (`CUES.RELATIONS_BEFORE`,
`CUES.RELATIONS_AFTER`) where a state is a side of the relations (`_state_side`); bare "relations" only as a state's
(`_bare_kept`).
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
            if verb is not None and _state_side(doc, verb.start, states) and _bare_kept(doc, found, states):
                cls = CUES.RELATIONS_CLASSES[" ".join(found.group("verb").lower().split())]
                yield Candidate(start, end, "trigger", cls, name)


def _state_side(doc: Doc, i: int, states: frozenset[str]) -> bool:
    """Does a state stand in doc[i]'s sentence within `CUES.RELATIONS_SIDE_REACH` words of it: a known state or place
    ("Riyadh", "Honduras"), a word of `CUES.STATE_NOUNS` ("the two countries") or of `CUES.RELATIONS_SIDES` ("the
    Salvadoran government")?"""
    sentence = doc[i].sent
    near = range(max(sentence.start, i - CUES.RELATIONS_SIDE_REACH), min(sentence.end, i + CUES.RELATIONS_SIDE_REACH))
    return any(doc[k].lower_ in SIDES or place_at(doc, k, states) for k in near)


def _bare_kept(doc: Doc, found, states: frozenset[str]) -> bool:
    """Do the words "relations" of the match, where "diplomatic" does not say whose they are, name a state's: no
    qualifier before them ("Trade relations"), no noun they qualify after them ("its relations budget"), and a known
    state or a word of `CUES.STATE_NOUNS` after "with" / "between" where one follows ("with Israel"; not "with his
    mistress"), `CUES.RELATIONS_OPENERS`, `CUES.RELATIONS_FOLLOWERS`. A family, a firm or a trade has relations too."""
    if found.group("bare") is None:
        return True
    words = doc.char_span(*found.span("bare"), alignment_mode="expand")
    if words is None:
        return False
    i, sentence = words.start, words.sent
    before = doc[i - 1] if i > sentence.start else None
    if before is not None and before.idx < found.start() and before.is_alpha \
            and before.lower_ not in CUES.RELATIONS_OPENERS and (before.is_lower or before.i == sentence.start):
        return False
    after = doc[i + 1] if i + 1 < sentence.end else None
    if after is None or not after.is_alpha:
        return True
    if after.is_lower and after.lower_ not in CUES.RELATIONS_FOLLOWERS and not after.lower_.endswith("ly"):
        return False
    return after.lower_ not in CUES.RELATIONS_WITH or _state_after(doc, i + 2, states)


def _state_after(doc: Doc, i: int, states: frozenset[str]) -> bool:
    """Does a known state or a word of `CUES.STATE_NOUNS` stand from doc[i] on, within `CUES.RELATIONS_SIDE_REACH`
    words of its sentence, before a mark that ends the phrase?"""
    for token in doc[i:min(doc[i - 1].sent.end, i + CUES.RELATIONS_SIDE_REACH)]:
        if token.is_punct and token.text not in "-–'’":
            return False
        if token.lower_ in CUES.STATE_NOUNS or place_at(doc, token.i, states):
            return True
    return False
