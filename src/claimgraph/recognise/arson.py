"""Arson as an attack: "a crowd set fire to the church", "militiamen torched three villages".

A filter of `triggers.Triggers` (`nothing_burnt`): the words of arson (`CUES.ARSON`) name an attack only where a
building, a dwelling, a settlement or vehicles burn (`CUES.ARSON_OBJECTS`). A farmer burns his fields, a cook his
brandy, and critics "torch" a plan; none of them attacks anyone.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..lang import cues

CUES = cues("triggers")


def arson_at(doc: Doc, start: int) -> bool:
    """Does a phrase of arson (`CUES.ARSON`) open at doc[start]? Its "to" ("set fire to") is no idiom's."""
    return any(" ".join(t.lower_ for t in doc[start:start + n]) in CUES.ARSON for n in (1, 2, 3))


def nothing_burnt(doc: Doc, start: int, end: int) -> bool:
    """Is doc[start:end] a phrase of arson with no burnt building, dwelling or settlement within `CUES.ARSON_REACH`
    words after it?"""
    if " ".join(t.lower_ for t in doc[start:end]) not in CUES.ARSON:
        return False
    return not any(t.lower_ in CUES.ARSON_OBJECTS for t in doc[end:end + CUES.ARSON_REACH])
