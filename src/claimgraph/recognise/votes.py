"""A resolution told by its vote alone: "the Organization of American States voted 20-1 to deplore the intervention".

A body of states that votes to deplore, condemn or demand adopts a resolution, though the text names no resolution
word; the gold of such texts holds it as an agreement of that body, as it holds a numbered Security Council
resolution. Its contract: `voted_resolutions(doc, method, bodies)` yields an Agreement candidate on each verb of
voting (`CUES.VOTED`) followed by what a resolution does (`CUES.VOTED_TO`), whose subject names one of `bodies` (the
lower-case names of the gazetteer's international organisations) within `CUES.VOTED_SUBJECT_REACH` characters before
it. "The board voted 7-2 to approve the merger" tells none: no body of states voted.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc

from ..lang import cues
from ..model import Mention
from .base import Candidate, text_of

CUES = cues("triggers")
_VOTED = re.compile(r"\b(?:%s)\b" % "|".join(sorted(CUES.VOTED)), re.IGNORECASE)


def told_by_vote(mention: Mention) -> bool:
    """Is the agreement `mention` a resolution told by its vote ("voted 20-1 to deplore")? Each vote adopts one of its
    own: no agreement named before it."""
    return mention.text.lower() in CUES.VOTED


def voted_resolutions(doc: Doc, method: str, bodies: frozenset[str]) -> Iterator[Candidate]:
    """Each verb of voting to do what a resolution does, after a body of states (see the module)."""
    text = text_of(doc)
    if not _VOTED.search(text):  # most blocks tell no vote: spare the walk over their tokens
        return
    for token in doc:
        if token.lower_ in CUES.VOTED and CUES.VOTED_TO.match(text, token.idx + len(token)) \
                and _body_before(text, max(token.sent.start_char, token.idx - CUES.VOTED_SUBJECT_REACH), token.idx,
                                 bodies):
            yield Candidate(token.idx, token.idx + len(token), "trigger", "Agreement", method)


def _body_before(text: str, start: int, end: int, bodies: frozenset[str]) -> bool:
    """Does text[start:end] hold the name of a body of states, as whole words?"""
    before = text[start:end].lower()
    return any(re.search(rf"(?<!\w){re.escape(name)}(?!\w)", before) for name in bodies if name in before)
