"""A body of states' charter told in lower case: "The Organization of African Unity, whose charter forbids
interference in members' internal affairs, has not condemned either side."

The charter that founds a body of states is a treaty between them, and the gold of such texts holds it as an
agreement whose party is the body; told in lower case it was no name and no trigger. Its contract:
`owned_charters(doc, method, bodies)` yields a Treaty candidate on each lower-case "charter" (`CUES.CHARTER`) that a
body of states owns, by "whose" after a comma or by a possessive right before it: the name that ends there is one of
`bodies` (the lower-case names of the gazetteer's international organisations), holds a word only such a body's
name holds (`CUES.BODY_WORDS`: "Nations") or a body's head with "of" after it (`CUES.BODY_HEADS`: "Organization of",
"League of"). "The party's charter", "a charter flight", "the union, whose charter bars strikes", a movement's "the
Palestine Liberation Organization's charter" tell none.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..lang import cues
from .base import Candidate

if TYPE_CHECKING:
    from spacy.tokens import Doc

CUES = cues("charters")


def owned_charters(doc: Doc, method: str, bodies: frozenset[str]) -> Iterator[Candidate]:
    """Each lower-case charter a body of states owns (see the module)."""
    for token in doc:
        if token.text == CUES.CHARTER and _owned_by_body(doc, token.i, bodies):
            yield Candidate(token.idx, token.idx + len(token), "trigger", "Treaty", method)


def _owned_by_body(doc: Doc, i: int, bodies: frozenset[str]) -> bool:
    """Does a body of states' name end right before the charter at doc[i], past ", whose" or a possessive?"""
    if i >= 2 and doc[i - 1].lower_ in CUES.WHOSE and doc[i - 2].text == CUES.WHOSE_AFTER:
        end = i - 2
    elif i >= 1 and doc[i - 1].text in CUES.POSSESSIVES:
        end = i - 1
    else:
        return False
    words = _name_before(doc, end)
    return bool(words) and (" ".join(words) in bodies or any(w in CUES.BODY_WORDS for w in words)
                            or any(w in CUES.BODY_HEADS and after == CUES.BODY_HEAD_OF
                                   for w, after in zip(words, words[1:])))


def _name_before(doc: Doc, end: int) -> list[str]:
    """The lower-case words of the capitalised name that ends at doc[end - 1], back across joining words
    (`CUES.NAME_JOINERS`) to its first capitalised word, in its sentence; [] when doc[end - 1] is no capitalised
    word."""
    first = max(doc[end - 1].sent.start, end - CUES.NAME_REACH) if end > 0 else 0
    start = end
    for k in range(end - 1, first - 1, -1):
        if doc[k].is_title or doc[k].is_upper and doc[k].is_alpha:
            start = k
        elif doc[k].lower_ not in CUES.NAME_JOINERS:
            break
    return [t.lower_ for t in doc[start:end]]
