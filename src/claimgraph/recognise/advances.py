"""Armed men advancing: "the Salvadoran army advanced along the main road", "their advance stalled".

"advance" names a push of armed men (an offensive) only by who advances: armed men or an armed name as the verb's
subject, or, for the noun, its possessor ("their", "the army's") with armed men or an armed name before it in its
sentence. Shares, teams, parties and agendas advance as often ("Shares advanced 2%", "the party's advance in the
polls", "advanced to the final", "paid in advance"). Yields trigger candidates as `triggers.Triggers` does.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..lang import cues
from ..model import Mention
from .armed import armed_head, armed_words, place_at
from .base import Candidate, cue_spans

if TYPE_CHECKING:
    from spacy.tokens import Doc

CUES = cues("triggers")


def advances(doc: Doc, name: str, armed: frozenset[str], places: frozenset[str]) -> Iterator[Candidate]:
    """An advance of armed men (class `CUES.ADVANCE_CLASS`): a verb of `CUES.ADVANCING_VERBS` with an armed subject
    (`armed.armed_head`) and a way to a goal after it (`_goal_after`), or a noun of `CUES.ADVANCING_NOUNS` after a
    possessor (`CUES.ADVANCE_OWNERS`, a possessive mark) with armed men or an armed name earlier in its sentence."""
    for word in cue_spans(doc, CUES.ADVANCE_WORDS):
        i = word.start
        if 0 < i < len(doc) - 1 and (_armed_advance(doc, i, armed, places) or _owned_by_arms(doc, i, armed, places)):
            yield Candidate(word.start_char, word.end_char, "trigger", CUES.ADVANCE_CLASS, name)


def told_by_verb(mention: Mention) -> bool:
    """Is the offensive `mention` an advance told by its verb ("the army advanced along the road")? A verb tells an
    act of its own; only the owned noun ("their advance stalled") names one told before."""
    return mention.text.lower() in CUES.ADVANCING_VERBS - CUES.ADVANCING_NOUNS


def _armed_advance(doc: Doc, i: int, armed: frozenset[str], places: frozenset[str]) -> bool:
    """Is doc[i] a verb of advancing with a way to a goal after it and armed men or an armed name as its subject?"""
    return doc[i].lower_ in CUES.ADVANCING_VERBS and _goal_after(doc, i + 1, places) and armed_head(doc, i, armed)


def _goal_after(doc: Doc, i: int, places: frozenset[str]) -> bool:
    """Is doc[i] a way (`CUES.ADVANCED_WAYS`) of a compass ("advanced north") or one to a goal: a known place, a held
    place (`CUES.FALLEN_HOLDINGS`) or one of `CUES.ADVANCE_GOALS` within `CUES.ADVANCE_GOAL_REACH` words after it,
    before a word of a game, a ranking or a deal (`CUES.ADVANCE_NOT_GOALS`): "advanced along the main road towards the
    capital", "advance towards Irbid"; not "advanced into the second round", "advanced towards a settlement"?"""
    if i >= len(doc) or doc[i].lower_ not in CUES.ADVANCED_WAYS:
        return False
    if doc[i].lower_ in CUES.ADVANCED_COMPASS:
        return True
    for token in doc[i + 1:i + 1 + CUES.ADVANCE_GOAL_REACH]:
        word = token.lower_
        if word in CUES.ADVANCE_NOT_GOALS:
            return False
        if word in CUES.FALLEN_HOLDINGS or word in CUES.ADVANCE_GOALS or place_at(doc, token.i, places):
            return True
    return False


def _owned_by_arms(doc: Doc, i: int, armed: frozenset[str], places: frozenset[str]) -> bool:
    """Is doc[i] a noun of advancing, owned (a possessive determiner or mark just before it), in a sentence whose words
    before the owner hold armed men or an armed name, with no word of a payment or a ranking after it
    (`CUES.ADVANCE_NOUN_NOT_BEFORE`) and a goal after a way after it (`_goal_after`): "Paraguayan troops had reached the
    foothills, but their advance stalled"; not "the party's advance in the polls", "The army's advance payment"?"""
    owner, after = doc[i - 1].lower_, doc[i + 1].lower_
    if doc[i].lower_ not in CUES.ADVANCING_NOUNS or owner not in CUES.ADVANCE_OWNERS | CUES.POSSESSIVE_MARKS:
        return False
    if after in CUES.ADVANCE_NOUN_NOT_BEFORE or after in CUES.ADVANCED_WAYS and not _goal_after(doc, i + 1, places):
        return False
    return armed_words([t.lower_ for t in doc[doc[i].sent.start:i - 1]], armed)
