"""Known places whose names are also English words ("Perm", "Pest", "Erode": cg:wordName, `Entry.words`).

The world pack keeps a city of half a million people under its name though English writes that name as a
lower-case word too (`ontology/build_world.py`), and marks the name. Written lower-case the word is never
matched (the gazetteer keeps a name with capitals as written), and inside a sentence its capital says name;
but English capitalises any word that opens a sentence, and every word of a Title Case headline. There the
name is the place only where its context says place: a word before it that a place follows ("Fighting In
Perm"), an apposition or a predicate of a kind of place after it (`WORD_PLACE_AFTER`: "Perm, a city in the
Urals", "Bursa was the first major capital city"), or a known place after its comma ("Perm, Russia").
"""

from __future__ import annotations

import re

from ..lang import cues
from ..rdf.terms import top_classes
from .base import Candidate, text_of
from .names import title_case
from .packs import Entry
from .patterns import METHOD_NAME

CUES = cues("names")
COMMA = re.compile(r",[ \t]+")


def told_as_places(doc, found: list[Candidate], entries: dict[str, Entry]) -> list[Candidate]:
    """`found` without a known place's word name that opens a sentence or stands in a Title Case headline
    with no place's context (module docstring): "Pest control teams sprayed", "Perm and pest control"."""
    text = text_of(doc)
    headline = title_case(text)
    places = {c.start for c in found if c.kind == "entity" and "Place" in top_classes(c.cls)}
    return [c for c in found if not (c.method == METHOD_NAME and c.entity in entries
                                     and text[c.start:c.end] in entries[c.entity].words
                                     and (headline or _opens_sentence(doc, c.start))
                                     and not _place_context(text, c, places))]


def _opens_sentence(doc, start: int) -> bool:
    """Does the word at `start` open its sentence, after punctuation only (a quotation mark, a bullet)?"""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return False
    token = span[0]
    return all(t.is_punct for t in doc[token.sent.start:token.i])


def _place_context(text: str, cand: Candidate, places: set[int]) -> bool:
    """Is the name at `cand` told as a place: after a word a place follows, before an apposition or a
    predicate of a kind of place, or before a comma and a known place (whose starts are `places`)?"""
    if CUES.PLACE_WORD_BEFORE.search(text, max(0, cand.start - 20), cand.start):
        return True
    if CUES.WORD_PLACE_AFTER.match(text, cand.end):
        return True
    comma = COMMA.match(text, cand.end)
    return bool(comma) and comma.end() in places
