"""A leader's followers named by the leader's surname ("Gbagbo loyalists") -> a cg:ArmedGroup of their own, only where
the source named that person in full ("Laurent Gbagbo was arrested", "stormed Muammar Gaddafi's compound" ... "camps
held by Gbagbo loyalists"): the word before "loyalists" is a person's surname then, not a club's, a firm's, a party's
or a known body's ("Liverpool loyalists", "Apple loyalists", "Labour loyalists", "Hamas loyalists"), which keep their
own reading."""

from __future__ import annotations

import re

from ..lang import cues
from .base import Candidate, name_id, settle

CUES = cues("names")
_FOLLOWERS = re.compile(rf"\b(?P<leader>[A-Z][\w’'\-]+)\s+(?:{CUES.LOYAL_WORDS})\b")
_FULL_OWNER = re.compile(r"\b(?P<given>[A-Z][a-z]+)\s+(?P<surname>[A-Z][\w\-]+)[’']s\b")  # "Muammar Gaddafi's"


def of_named_leaders(text: str, found: list[Candidate], method: str, people: dict[str, str],
                     leaders: set[str]) -> list[Candidate]:
    """`found` with the followers (`method`'s armed groups "<surname> loyalists") of each person named in full so far:
    in `people` (the persons found) or as the owner of a thing ("Muammar Gaddafi's compound"); `leaders` gathers their
    surnames across the document's blocks."""
    leaders |= {name.split()[-1] for name in people}
    leaders |= {m.group("surname") for m in _FULL_OWNER.finditer(text) if m.group("given") not in CUES.THING_WORDS}
    groups = [Candidate(m.start(), m.end(), "entity", "ArmedGroup", method, entity=name_id(m.group()))
              for m in _FOLLOWERS.finditer(text) if m.group("leader") in leaders]
    return settle([*found, *groups]) if groups else found
