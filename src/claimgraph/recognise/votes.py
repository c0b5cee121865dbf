"""A resolution told by its vote alone: "the Organization of American States voted 20-1 to deplore the intervention".

A body of states that votes to deplore, condemn or demand adopts a resolution, though the text names no resolution
word; the gold of such texts holds it as an agreement of that body, as it holds a numbered Security Council
resolution. Its contract: `voted_resolutions(doc, method, bodies)` yields an Agreement candidate on each verb of
voting followed by what a resolution does (`CUES.VOTE`), whose subject, right before it, is one of `bodies` (the
lower-case names of the gazetteer's international organisations; no assembly of elected members,
`CUES.VOTED_NOT_BODIES`), in a sentence that neither says the vote failed (`CUES.VOTE_FAILED`: "vetoed") nor names
the resolution (`CUES.VOTED_NAMED`: that word tells it). "The board voted 7-2 to approve the merger", "After a speech
by the NATO chief, the Bundestag voted to send troops" tell none. `told_by_vote(mention)` says whether a mention is
such a verb: each vote adopts a resolution of its own.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..lang import cues
from ..model import Mention
from .armed import named_before
from .base import Candidate, cue_spans, text_of, words_of

if TYPE_CHECKING:
    from spacy.tokens import Doc

CUES = cues("triggers")


def told_by_vote(mention: Mention) -> bool:
    """Is the agreement `mention` a resolution told by its vote ("voted 20-1 to deplore")?"""
    return mention.text.lower() in CUES.VOTED


def voted_resolutions(doc: Doc, method: str, bodies: frozenset[str]) -> Iterator[Candidate]:
    """Each verb of voting to do what a resolution does, by a body of states (see the module)."""
    words = words_of(doc)
    for span in cue_spans(doc, CUES.VOTE):
        sent = span.sent
        if _body_subject(words[sent.start:span.start], bodies) \
                and not _failed_or_named(doc, span.end_char, sent.start_char, sent.end_char):
            yield Candidate(span.start_char, span.end_char, "trigger", "Resolution", method)


def _body_subject(before: list[str], bodies: frozenset[str]) -> bool:
    """Do the words right before the verb end with the name of a body of states (not `CUES.VOTED_NOT_BODIES`)?
    "Despite pressure from the United Nations, the senate voted" names none."""
    return bool(before) and before[-1] not in CUES.VOTED_NOT_BODIES and named_before(before, bodies)


def _failed_or_named(doc: Doc, end: int, sent_start: int, sent_end: int) -> bool:
    """Does the vote's sentence say, after the verb, that it failed (`CUES.VOTE_FAILED`), or name a resolution
    anywhere (`CUES.VOTED_NAMED`)?"""
    text = text_of(doc)
    return (CUES.VOTE_FAILED.search(text, end, sent_end) is not None
            or CUES.VOTED_NAMED.search(text, sent_start, sent_end) is not None)
