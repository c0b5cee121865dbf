"""Agreements named "Act of ..." or "Charter of the ...": "both accepted the Act of Dominican Reconciliation",
"Article 51 of the Charter of the United Nations".

The rules of names read an agreement by its kind word ("the Treaty of Lausanne", "the Minsk Protocol"), and an act or
a charter is no such kind: a state's law is an act ("the Act of Parliament"), a club or a party has a charter. Two
shapes of English say that one is an agreement. An act that sides sign, accept, adopt or ratify, told by that verb
right before it or by the passive after it (`CUES.ACT_CONCLUDED`, `CUES.ACT_WAS_CONCLUDED`: "The Act of Chapultepec
was signed in 1945"), unless it is "of" a legislature, a creed or an independence (`CUES.NOT_ACT_SUBJECTS`:
"Parliament adopted the Act of Union"); a legislature "passes" or "enacts" its acts, and those verbs tell none. And
the charter of a body of states named after it (`CUES.CHARTER_OF`: "the Charter of the Organization of African
Unity"), the treaty that founds the body, whose name holds a word only such a body's holds (`charters.BODY_WORDS`:
"Nations") or a body's head with "of" after it (`charters.BODY_HEADS`: "Organization of", "League of"); "the Charter
of the Football Association" names none. Its contract: `ActsAndCharters()(doc)` yields an entity Candidate per such
name (an Agreement, a charter a Treaty), the whole name its value and its id.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..lang import cues
from .base import Candidate, name_id, text_of

if TYPE_CHECKING:
    from spacy.tokens import Doc

NAME = "acts-and-charters.v2"  # v2: a day or month after a name is no word of it

CUES = cues("acts_and_charters")
BODIES = cues("charters")


class ActsAndCharters:
    """Finds agreements named as an act concluded or a body of states' charter (see the module)."""

    name = NAME

    def __call__(self, doc: Doc) -> Iterator[Candidate]:
        text = text_of(doc)
        for pattern in (CUES.ACT_CONCLUDED, CUES.ACT_WAS_CONCLUDED):
            for match in pattern.finditer(text):
                if match.group("name").split()[2] not in CUES.NOT_ACT_SUBJECTS:
                    yield _candidate(match, "Agreement")
        for match in CUES.CHARTER_OF.finditer(text):
            if _of_states(match.group("body").lower().split()):
                yield _candidate(match, "Treaty")


def _of_states(words: list[str]) -> bool:
    """Is the body so named one of states ("united nations", "organization of african unity")?"""
    return any(w in BODIES.BODY_WORDS for w in words) or any(
        w in BODIES.BODY_HEADS and after == BODIES.BODY_HEAD_OF for w, after in zip(words, words[1:]))


def _candidate(match: re.Match, cls: str) -> Candidate:
    name = match.group("name")
    return Candidate(match.start("name"), match.end("name"), "entity", cls, NAME, value=name, entity=name_id(name))
