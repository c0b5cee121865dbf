"""Two known towns' names written as one name: a person's given name and surname ("Nelson Mandela", "Adama Barrow").

Tens of thousands of towns bear the names persons bear ("Nelson", "Barrow", "Mandela", "Adama"), and the gazetteer
reads each word as its town. English does not write two towns one after the other with a space only: two places
side by side take a comma ("Perm, Russia") or a conjunction, and a town's name that opens a longer name is dropped
before (`_whole_names`: "Nelson Mandela Bay"). Two one-word towns so written, no other capitalised word before or
after them, no list they stand in ("through Mosul Kirkuk and Erbil") and no place's context before them
(`PLACE_WORD_BEFORE`: "in Barrow Dakar" is no person's) and no score or kind of place after them ("Hamburg Altona
station"), are one person's name, a cg:Person of its own; the resolver
then reads the surname alone as that person. Not in a Title Case headline nor in capitals, whose capitals say
nothing, not where the two words are a known name of their own, nor where the first opens a place's name ("Piazza
Sant'Antonio", "Fort Victoria": `PLACE_OPENING_WORDS`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..lang import cues
from ..rdf.terms import top_classes
from .base import Candidate, listed_beside, name_id, place_word_before, text_of
from .name_shapes import CAPITALISED_AFTER, CAPITALISED_BEFORE
from .names import NAME as NAMES_METHOD, NOT_PERSON_WORDS, title_case
from .patterns import METHOD_NAME

CUES = cues("names")
_SPACE = re.compile(r"[ \t]")  # one space on the line: "Nelson Mandela", not "Nelson\nMandela" nor "Nelson  Mandela"


def persons(doc, found: list[Candidate], names: frozenset[str]) -> list[Candidate]:
    """`found` with each pair of one-word towns written as one name (module docstring) made one cg:Person; `names`:
    every name the gazetteer knows (a pair that is one is no person's)."""
    text = text_of(doc)
    if title_case(text):
        return found
    towns = [c for c in found if _one_word_town(text, c)]
    places = {i for c in found if c.kind == "entity" and "Place" in top_classes(c.cls) for i in (c.start, c.end)}
    pairs = [(first, second) for first, second in zip(towns, towns[1:])
             if _written_as_one(text, first, second) and not _listed(text, first, second, places)
             and text[first.start:second.end] not in names and _person_words(text[first.start:second.end])]
    if not pairs:
        return found
    paired = {id(c) for pair in pairs for c in pair}
    made = [replace(first, end=second.end, cls="Person", method=NAMES_METHOD,
                    entity=name_id(text[first.start:second.end]), value=None) for first, second in pairs]
    return sorted([*(c for c in found if id(c) not in paired), *made], key=lambda c: (c.start, c.end))


def _one_word_town(text: str, cand: Candidate) -> bool:
    """A town the gazetteer read by one word with a capital and lower-case letters ("Nelson", not "NELSON")."""
    word = text[cand.start:cand.end]
    return (cand.method == METHOD_NAME and cand.cls == "Settlement" and " " not in word and word[:1].isupper()
            and not word.isupper())


def _person_words(name: str) -> bool:
    """May the two words be a given name and a surname: the first no word that opens a place's name ("Piazza
    Sant'Antonio", "Fort Victoria": `PLACE_OPENING_WORDS`), neither a word of a kind, a title or a thing
    (`NOT_PERSON_WORDS`)?"""
    words = name.split()
    return words[0] not in CUES.PLACE_OPENING_WORDS and not any(w in NOT_PERSON_WORDS for w in words)


def _listed(text: str, first: Candidate, second: Candidate, places: set[int]) -> bool:
    """Do the two towns stand in a list of places: a comma or a conjunction between a place (where one of `places`
    starts or ends) and them ("through Mosul Kirkuk and Erbil"; not "Nelson Mandela and Desmond Tutu")?"""
    return listed_beside(text, first.start, second.end, places, places)


def _written_as_one(text: str, first: Candidate, second: Candidate) -> bool:
    """Are the two towns one name: one space between them, no capitalised word before the first or after the second
    (a list of towns across a comma or a conjunction is `_listed`'s), no word of place before the first, no score or
    kind of place or fixture after the second (`TOWN_PAIR_THING_AFTER`: "Chelsea Barcelona 2-1", "Hamburg Altona station")?"""
    before = text[max(0, first.start - 20):first.start]
    return (_SPACE.fullmatch(text, first.end, second.start) is not None
            and not CAPITALISED_BEFORE.search(before) and not CAPITALISED_AFTER.match(text, second.end)
            and not place_word_before(text, first.start) and not CUES.TOWN_PAIR_THING_AFTER.match(text, second.end))
