"""Armed men sent somewhere: "Tanzania sent its army across the border", "Libya airlifted troops to Kampala".

A verb of sending (the cue words: `claimgraph.lang.en.dispatches`) names a deployment when its object is armed men,
counted, owned or qualified ("sent some 400 Marines", "dispatched two battalions"), heading their phrase; a verb of
ordering or rushing does only with a way after them ("ordered ten battalions to the frontier"), no task ("ordered the
troops to withdraw"). The verb is the trigger: the subject before it is the sender, the place after it where they go,
as for any verb of the lexicon. Yields trigger candidates as `triggers.Triggers` does.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..lang import cues
from .armed import troops_in
from .base import Candidate, words_of

if TYPE_CHECKING:
    from spacy.tokens import Doc

CUES = cues("dispatches")


def dispatches(doc: Doc, name: str) -> Iterator[Candidate]:
    """The verbs of `doc` that send armed men (`_sent_men`), each a candidate of `CUES.DISPATCH_CLASS`."""
    words = words_of(doc)
    for token in doc[:-1]:
        word = words[token.i]
        if word not in CUES.SENT and word not in CUES.DIRECTED:
            continue
        k = _sent_men(doc, words, token.i)
        if k is not None and _goes(doc, words, k + 1, word in CUES.DIRECTED):
            yield Candidate(token.idx, token.idx + len(token), "trigger", CUES.DISPATCH_CLASS, name)


def _sent_men(doc: Doc, words: list[str], i: int) -> int | None:
    """The index of the armed men that are the object of the verb at doc[i], within `CUES.SENT_REACH` words, past
    determiners, counts and qualifiers only (no word of `CUES.SENT_GAP_STOPS`, no mark; "of" only after a count),
    and heading their phrase (no lower-case word of a noun's kind right after: "army doctors"); not the hurt, dead
    or captured (a word of `CUES.SENT_HURT` before them: "rushed the wounded soldiers to hospital" carries them); armed
    men owning the object are passed over (`CUES.SENT_OWNER_MARKS`: "the army's tanks"; "soldiers' families" none)."""
    sentence_end = doc[i].sent.end
    for k in range(i + 1, min(i + 1 + CUES.SENT_REACH, sentence_end)):
        word, armed = words[k], _armed(words, k)
        if word in CUES.SENT_OWNER_MARKS or armed and k + 1 < len(words) and words[k + 1] in CUES.SENT_OWNER_MARKS:
            continue  # an owner: what it owns is the object ("the army's tanks", not "soldiers' families")
        if armed:
            return k if not _qualifies(doc, words, k) else None
        if doc[k].is_punct or word in CUES.SENT_GAP_STOPS or word in CUES.SENT_HURT or (
                word == CUES.OF and not (doc[k - 1].like_num or words[k - 1] in CUES.SENT_COUNTS)):
            return None
    return None


def _armed(words: list[str], k: int) -> bool:
    """Is words[k] armed men: a word of troops (`armed.troops_in`, its qualifier before it), a unit's kind
    (`CUES.SENT_UNITS`), or "men" after an owner or a count?"""
    word = words[k]
    if word in CUES.MEN:
        return words[k - 1] in CUES.MEN_OWNERS or words[k - 1][:1].isdigit() or words[k - 1] in CUES.SENT_COUNTS
    return word in CUES.SENT_UNITS or troops_in(words[k - 1:k + 1])


def _qualifies(doc: Doc, words: list[str], k: int) -> bool:
    """Does the armed word at doc[k] qualify a lower-case noun right after it ("army doctors", "troop carriers")? A
    word of a way or a time, a mark or a preposition after it ends the phrase."""
    if k + 1 >= len(doc):
        return False
    after = doc[k + 1]
    return after.is_lower and after.is_alpha and words[k + 1] not in CUES.SENT_GAP_STOPS \
        and words[k + 1] not in CUES.SENT_WAYS and words[k + 1] not in CUES.SENT_BACK and after.lower_ != CUES.OF


def _goes(doc: Doc, words: list[str], k: int, directed: bool) -> bool:
    """Do the armed men sent go somewhere: not back or home (`CUES.SENT_BACK`), and, after a verb of ordering
    (`directed`), a way right after them (`CUES.SENT_WAYS`) that is no task: after "to", a name or a word that opens
    a place (`CUES.SENT_PLACE_OPENERS`: "to the frontier"; not "to withdraw", "to patrol the streets")?"""
    after = words[k] if k < len(words) else ""
    if after in CUES.SENT_BACK:
        return False
    if not directed:
        return True
    if after == CUES.TO:
        return k + 1 < len(words) and (doc[k + 1].is_title or words[k + 1] in CUES.SENT_PLACE_OPENERS)
    return after in CUES.SENT_WAYS
