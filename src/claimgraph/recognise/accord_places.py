"""An accord named again by the place it is named after: "The Governors Island Accord also had an October date" ...
"Governors Island was signed in July of last year and was not honored".

Once a text has named an accord by a place and its kind word ("the Lusaka Protocol", "the Arusha Accords"), the place
alone may stand for it, and does where it is the subject of what only an accord undergoes (`CUES.UNDERGOES`: "was
signed", "was never implemented", "was not honored"): a place is shelled or taken, never signed. Not after a preposition
(`CUES.PREPOSITION_BEFORE`: "a truce negotiated in Lusaka was signed" tells the place of another accord). Read so, the
place's mention is the accord's; elsewhere ("talks in Lusaka", "Arusha was shelled") it stays the place. Only a name the
text gave the accord before, in text order, and only an entity the rules typed as a place. Its contract:
`named_again(text, found, accords)` returns `found` with such places retyped as the accord, and adds the accords it
finds named by a place and kind to `accords` (place name -> class, id; kept across the document's blocks).
"""

from __future__ import annotations

from dataclasses import replace

from ..lang import cues
from ..rdf.terms import top_classes
from .base import Candidate

NAME = "accord-places.v1"  # v1: the method of a place read as the accord named after it
CUES = cues("accord_places")
REACH = 12  # characters before the place read for a preposition


def named_again(text: str, found: list[Candidate], accords: dict[str, tuple[str, str]]) -> list[Candidate]:
    """`found` with each place that is the subject of an accord's verb and the place of an accord named before it
    (`accords`) read as that accord; `accords` gains the accords of `found` named by a place and a kind word."""
    kept = []
    for cand in sorted(found, key=lambda c: (c.start, c.end)):
        name = text[cand.start:cand.end]
        if cand.kind == "entity" and cand.entity and "Agreement" in top_classes(cand.cls):
            place = _place_of(name)
            if place:
                accords.setdefault(place, (cand.cls, cand.entity))
        elif (cand.kind == "entity" and name in accords and "Place" in top_classes(cand.cls)
              and CUES.UNDERGOES.match(text, cand.end)
              and not CUES.PREPOSITION_BEFORE.search(text, max(0, cand.start - REACH), cand.start)):
            cls, entity = accords[name]
            cand = replace(cand, cls=cls, entity=entity, value=None, method=NAME)
        kept.append(cand)
    return kept


def _place_of(name: str) -> str | None:
    """The words of an accord's name before its kind word, without an article ("The Lusaka Protocol" -> "Lusaka"), or
    None where it does not end in a kind word or nothing is before it."""
    words = name.removeprefix(CUES.ARTICLE).split()
    return " ".join(words[:-1]) if len(words) > 1 and words[-1] in CUES.KINDS else None
