"""Known places whose names are read as the place only where the context says place.

Two kinds of name (`Entry.words`, `Entry.context`):
- a word name (cg:wordName: "Perm", "Pest", "Erode"). The world pack keeps a city of half a million people
  under its name though English writes that name as a lower-case word too (`ontology/build_world.py`), and
  marks the name. Written lower-case the word is never matched (the gazetteer keeps a name with capitals as
  written), and inside a sentence its capital says name; but English capitalises any word that opens a
  sentence, and every word of a Title Case headline: there it names the place only in a place's context;
- a context name (cg:contextName: "Saraqib", "Knin", "Bender"): a town under the world pack's cities' cut-off,
  or a smaller city's name that is a rarer English word. Tens of thousands of towns share their names with
  persons, firms and words of other languages, so such a name names the town only in a place's context,
  wherever it stands.

A place's context: a word before it that a place follows ("Fighting In Perm", "the town of Knin", "east of
Debaltseve": `PLACE_WORD_BEFORE`), an apposition or a predicate of a kind of place after it
(`WORD_PLACE_AFTER`: "Perm, a city in the Urals", "Bursa was the first major capital city"), or a known place
beside it in a list ("Perm, Russia", "Idlib, Saraqib and Maarat al-Numan": `PLACE_LIST_JOINT`), a context name
so read counting as known for its neighbours; and a word a place follows before the list that holds it, where the list
is no motion's ("had taken San Cristobal, Ocosingo and Altamirano": every town of it was taken; not "wrote to Carter
and Salinas", whose list may be of persons).
"""

from __future__ import annotations

from ..lang import cues
from ..rdf.terms import top_classes
from .base import Candidate, listed_beside, place_word_at, place_word_before, text_of
from .names import title_case
from .packs import Entry
from .patterns import METHOD_NAME

CUES = cues("names")
LISTS = cues("place_lists")
MOTION = cues("names").LOCATED_MOTION  # "to", "from": a list of names after them may be anyone's


def told_as_places(doc, found: list[Candidate], entries: dict[str, Entry]) -> list[Candidate]:
    """`found` without a known place's word name that opens a sentence or stands in a Title Case headline
    with no place's context (module docstring): "Pest control teams sprayed", "Perm and pest control"."""
    text = text_of(doc)
    headline = title_case(text)
    held = [c for c in found if _named_by(c, text, entries, "words") and (headline or _opens_sentence(doc, c.start))]
    return _in_context(text, found, held)


def told_in_context(doc, found: list[Candidate], entries: dict[str, Entry], told: set[str]) -> list[Candidate]:
    """`found` without a known place's context name that stands with no place's context (module docstring):
    "fighting in Saraqib" keeps the town, "Reni said" does not. A name the document has told as a place
    before (`told`, the names so far: updated) is the place again ("re-entered Saraqib" ... "Saraqib was
    retaken")."""
    text = text_of(doc)
    held = [c for c in found if _named_by(c, text, entries, "context")]
    kept = _in_context(text, found, [c for c in held if text[c.start:c.end] not in told])
    standing = {id(c) for c in kept}
    told.update(text[c.start:c.end] for c in held if id(c) in standing)
    return kept


def _named_by(cand: Candidate, text: str, entries: dict[str, Entry], kind: str) -> bool:
    """Is `cand` a gazetteer name of the `kind` ("words", "context") of the entity it names?"""
    entry = entries.get(cand.entity) if cand.method == METHOD_NAME else None
    return entry is not None and text[cand.start:cand.end] in getattr(entry, kind)


def _in_context(text: str, found: list[Candidate], held: list[Candidate]) -> list[Candidate]:
    """`found` less those of `held` that no place's context tells as places; one so told is a known place
    for the lists around it."""
    if not held:
        return found
    waiting = {id(c) for c in held}
    places = [c for c in found if id(c) not in waiting and c.kind == "entity" and "Place" in top_classes(c.cls)]
    starts, ends = {c.start for c in places}, {c.end for c in places}
    gazetteer = starts | {c.start for c in held}  # where a name the gazetteer knows as a place starts
    told = True
    while told:
        told = [c for c in held if id(c) in waiting and _place_context(text, c, starts, ends, gazetteer)]
        for c in told:
            waiting.discard(id(c))
            starts.add(c.start)
            ends.add(c.end)
    return [c for c in found if id(c) not in waiting]


def _opens_sentence(doc, start: int) -> bool:
    """Does the word at `start` open its sentence, after punctuation only (a quotation mark, a bullet)?"""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return False
    token = span[0]
    return all(t.is_punct for t in doc[token.sent.start:token.i])


def _place_context(text: str, cand: Candidate, starts: set[int], ends: set[int], gazetteer: set[int]) -> bool:
    """Is the name at `cand` told as a place: after a word a place follows, before an apposition or a
    predicate of a kind of place, or beside a known place in a list (whose `starts` and `ends` are given)? `gazetteer`:
    where each name the gazetteer knows as a place starts, told or not (`_list_told`)."""
    if place_word_before(text, cand.start):
        return True
    if _list_told(text, cand.start, gazetteer):
        return True
    if CUES.WORD_PLACE_AFTER.match(text, cand.end):
        return True
    return listed_beside(text, cand.start, cand.end, starts, ends)


def _list_told(text: str, start: int, places: set[int]) -> bool:
    """Does a word a place follows, no preposition of motion, open the list of names the name at `start` ends
    ("overran Drnis, Obrovac and Knin")? After a verb whose object may be persons (`PERSONS_TAKEN_TOO`) only where
    a name before it in the list is one the gazetteer knows as a place (`places`: "had taken San Cristobal, Ocosingo
    and Altamirano", not "took Owen, Stoltenberg and Bender to the airport")."""
    listed = LISTS.NAMES_LISTED_BEFORE.search(text, max(0, start - 120), start)
    word = listed and place_word_at(text, listed.start())
    last = word.group().split()[-1].lower() if word else ""
    return bool(last) and last not in MOTION and (last not in LISTS.PERSONS_TAKEN_TOO
                                                      or any(listed.start() <= i < start for i in places))
