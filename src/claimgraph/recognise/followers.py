"""A leader's followers named by the leader's surname ("Gbagbo loyalists", `names._LOYALISTS`) are an armed group of
their own only where the source named that person in full before ("Laurent Gbagbo was arrested" ... "military camps
held by Gbagbo loyalists"): the word before "loyalists" is a person's surname then, not a club's, a firm's or a party's
("Liverpool loyalists", "Apple loyalists", "Labour loyalists")."""

from __future__ import annotations

import re

from ..lang import cues
from .base import Candidate

CUES = cues("names")
_FOLLOWERS = re.compile(rf"(?P<leader>\S+)\s+(?:{CUES.LOYAL_WORDS})")


def of_named_leaders(text: str, found: list[Candidate], method: str, people: dict[str, str]) -> list[Candidate]:
    """`found` without the followers (`method`'s candidates "<word> loyalists") whose word is no surname of a person in
    `people` (the full names the source gave so far)."""
    surnames = {name.split()[-1] for name in people}
    return [c for c in found if not (c.method == method and (named := _FOLLOWERS.fullmatch(text, c.start, c.end))
                                     and named.group("leader") not in surnames)]
