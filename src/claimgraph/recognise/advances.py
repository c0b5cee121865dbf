"""Armed men advancing: "the Salvadoran army advanced along the main road", "their advance stalled".

"advance" names a push of armed men (an offensive) only by who advances: armed men or an armed name as the verb's
subject, or, for the noun, its possessor ("their", "the army's") with armed men or an armed name before it in its
sentence. Shares, teams, parties and agendas advance as often ("Shares advanced 2%", "the party's advance in the
polls", "advanced to the final", "paid in advance"). Yields trigger candidates as `triggers.Triggers` does.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc

from ..lang import cues
from .armed import armed_head, armed_words
from .base import Candidate, text_of

CUES = cues("triggers")


def advances(doc: Doc, name: str, armed: frozenset[str]) -> Iterator[Candidate]:
    """An advance of armed men (class `CUES.ADVANCE_CLASS`): a verb of `CUES.ADVANCING_VERBS` with an armed subject
    (`armed.armed_head`) and a way after it (`CUES.ADVANCED_WAYS`: "advanced along", "advancing towards"), or a noun of
    `CUES.ADVANCING_NOUNS` after a possessor (`CUES.ADVANCE_OWNERS`, a possessive mark) with armed men or an armed
    name earlier in its sentence."""
    if not CUES.ADVANCE_WORDS.search(text_of(doc)):
        return
    for token in doc[1:-1]:
        if _armed_advance(doc, token.i, armed) or _owned_by_arms(doc, token.i, armed):
            yield Candidate(token.idx, token.idx + len(token), "trigger", CUES.ADVANCE_CLASS, name)


def _armed_advance(doc: Doc, i: int, armed: frozenset[str]) -> bool:
    """Is doc[i] a verb of advancing with a way after it and armed men or an armed name as its subject?"""
    return (doc[i].lower_ in CUES.ADVANCING_VERBS and doc[i + 1].lower_ in CUES.ADVANCED_WAYS
            and armed_head(doc, i, armed))


def _owned_by_arms(doc: Doc, i: int, armed: frozenset[str]) -> bool:
    """Is doc[i] a noun of advancing, owned (a possessive determiner or mark just before it), in a sentence whose words
    before the owner hold armed men or an armed name: "Paraguayan troops had reached the foothills, but their advance
    stalled"; not "the party's advance in the polls"?"""
    owner = doc[i - 1].lower_
    if doc[i].lower_ not in CUES.ADVANCING_NOUNS or owner not in CUES.ADVANCE_OWNERS | CUES.POSSESSIVE_MARKS:
        return False
    return armed_words([t.lower_ for t in doc[doc[i].sent.start:i - 1]], armed)
