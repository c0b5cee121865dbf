"""Authors named by a scholarly text's author-year citations: "(Fall 1966: 134)", "(Windrow 2004: 262-265; Logevall
2012: 448)" -> each surname a cg:Person. An academic excerpt names the historians it leans on only so, and names them
again bare ("Windrow argues that ..."): a lone capitalised word no other rule reads as a person's. The brackets, the
year after the word and nothing else in them are the layout of a citation (`lang.en.citations`), which holds on a
text about any conflict. A month, a season without pages, a known name, a title, a law's word or a kind of body, place,
agreement or thing, or a part of the document, is no author: "(May 1966)", "(Spring 2004)", "(Paris 1919: 12)",
"(Resolution 1966)", "(Table 1945: 12)" name none."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..lang import cues
from .base import Candidate, name_id
from .name_shapes import PARTICLES, WORD

CUES = cues("citations")
_CITATION = re.compile(rf"{CUES.OPENS}(?P<name>{WORD}(?:{PARTICLES}[ \t]+{WORD})?){CUES.CO_AUTHORS}[ \t]+"
                       rf"{CUES.YEAR}(?P<pages>{CUES.PAGES})?{CUES.ENDS}")
_NAMES = cues("names")
_NO_AUTHOR = frozenset({*_NAMES.BODY_KINDS, *_NAMES.NOT_PERSONS, *_NAMES.TITLE_WORDS, *_NAMES.PLACE_KINDS,
                        *_NAMES.NAMED_PLACE_KINDS, *_NAMES.AGREEMENT_KINDS, *_NAMES.EVENT_KINDS, *_NAMES.THING_WORDS,
                        *_NAMES.MONTHS, *_NAMES.NOT_NAMES, *_NAMES.LAW_WORDS, *CUES.NOT_AUTHORS})


def cited_authors(text: str, known: frozenset[str], method: str) -> Iterator[Candidate]:
    """The authors of the author-year citations in `text` (`_CITATION`): words of none of `known` (the gazetteer's
    one-word names) nor `_NO_AUTHOR`, and no season without the pages after the year."""
    for match in _CITATION.finditer(text):
        name = match.group("name")
        words = set(name.split())
        if words & known or words & _NO_AUTHOR or (words & CUES.SEASONS and not match.group("pages")):
            continue
        yield Candidate(match.start("name"), match.end("name"), "entity", "Person", method, entity=name_id(name))
