"""Names the gazetteer does not know, found by the words around them.

- a title before a name: "President Mikheil Saakashvili", "Prime Minister Pashinyan"
  -> the name, a cg:Person;
- a capitalised name before a kind of place ("Tskhinvali region"), after one ("the town
  of Gori"), before an apposition ("Tskhinvali, the capital of South Ossetia"), or ending
  in one ("Kodori Gorge", "Roki Tunnel") -> a cg:Region, or cg:Settlement for towns;
- capitalised words ending in a kind of body: "Karabakh Security Council", "Wagner Group"
  -> the whole name, a cg:Organization (cg:ArmedGroup for brigades, battalions, militias).

Regular expressions over the block's text, so the stack keeps its speed. The method
name sorts after "gazetteer", so where the gazetteer knows the same span it wins the tie
in `settle`. The entity id is the slug of the name: one source's "Saakashvili" twice is
one entity.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc

from ..rdf.terms import slug
from .base import Candidate, text_of

NAME = "names-in-context.v1"

_WORD = r"[A-Z][a-z][\w’'\-]*+"  # possessive: no backtracking inside a word
_NAME = rf"{_WORD}(?:\s+{_WORD}){{0,2}}"
TITLES = ("President", "Prime Minister", "Foreign Minister", "Defence Minister", "Defense Minister", "Minister",
          "Chancellor", "Secretary-General", "Secretary General", "General", "Ambassador", "Commander", "Speaker")
PLACE_KINDS = {"region": "Region", "province": "Region", "district": "District", "gorge": "Region",
               "valley": "Region", "city": "Settlement", "town": "Settlement", "village": "Settlement"}
BODY_KINDS = {"Group": "Organization", "Council": "Organization", "Organization": "Organization",
              "Organisation": "Organization", "Committee": "Organization", "Agency": "Organization",
              "Ministry": "Organization", "Commission": "Organization", "Mission": "Organization",
              "Movement": "Organization", "Party": "Organization", "Assembly": "Organization",
              "Parliament": "Organization", "Brigade": "ArmedGroup",
              "Battalion": "ArmedGroup", "Militia": "ArmedGroup", "Front": "ArmedGroup"}
NOT_NAMES = {"The", "A", "An", "This", "That", "In", "On", "At", "By", "After", "Before", "During", "When", "While"}

_TITLED = re.compile(rf"\b(?:{'|'.join(TITLES)})\s+(?P<name>{_NAME})")
_PLACE = re.compile(rf"\b(?P<name>{_NAME})\s+(?P<kind>{'|'.join(PLACE_KINDS)})\b")
NAMED_PLACE_KINDS = {"Gorge": "Region", "Valley": "Region", "Tunnel": "Region", "Pass": "Region",
                     "Corridor": "Region", "Region": "Region", "Province": "Region"}
_OF_PLACE = re.compile(rf"\bthe (?P<kind>town|city|village|region|province) of (?P<name>{_NAME})")
_APPOSITION = re.compile(rf"\b(?P<name>{_NAME}), the (?:capital|main city|largest city|(?:regional )?centre|center) of\b")
_NAMED_PLACE = re.compile(rf"\b(?P<name>{_WORD}(?:\s+{_WORD})?\s+(?P<kind>{'|'.join(NAMED_PLACE_KINDS)}))\b")
_BODY = re.compile(rf"\b(?P<name>(?:{_WORD}\s+){{1,4}}(?P<kind>{'|'.join(BODY_KINDS)}))\b")


class NamesInContext:
    """Finds unknown names by a title before them or a kind word after them."""

    name = NAME

    def __call__(self, doc: Doc) -> Iterator[Candidate]:
        text = text_of(doc)
        for pattern, cls_of in ((_TITLED, lambda m: "Person"), (_PLACE, lambda m: PLACE_KINDS[m.group("kind")]),
                                (_OF_PLACE, lambda m: PLACE_KINDS[m.group("kind")]),
                                (_APPOSITION, lambda m: "Settlement"),
                                (_NAMED_PLACE, lambda m: NAMED_PLACE_KINDS[m.group("kind")]),
                                (_BODY, lambda m: BODY_KINDS[m.group("kind")])):
            for match in pattern.finditer(text):
                start, end = _trim(text, match.start("name"), match.end("name"))
                if start < end:
                    name = text[start:end]
                    yield Candidate(start, end, "entity", cls_of(match), NAME, entity=slug(name))


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop leading function words ("The Kodori" -> "Kodori") and a possessive."""
    lead = re.match(rf"(?:(?:{'|'.join(NOT_NAMES)})\s+)*", text[start:end])
    start += lead.end()
    if text[start:end].endswith(("’s", "'s")):
        end -= 2
    return start, end
