"""An agreement that is only the topic of talks: "Armenia and Azerbaijan agreed to hold talks on a ceasefire".

Talks about a ceasefire, a treaty or a deal tell that one was sought, not that it was concluded: the gold of such
texts holds the talks (a Negotiation) and no agreement. So an agreement word told indefinitely after a noun of talks
and the preposition of its topic (`CUES.TALKS`, `CUES.TOPIC_OPENERS`: "talks on a ceasefire", "negotiations with the
rebels over a new treaty", "discussions about a possible truce") names none. A definite one names the agreement the
text told ("talks on the ceasefire signed in May", "negotiations over its treaty"), and one told elsewhere in the
sentence is no topic ("After talks in Cairo, a ceasefire took effect"). An agreement word that qualifies a noun of
talks is their topic too ("opened ceasefire talks in Doha").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lang import cues
from .base import words_of

if TYPE_CHECKING:
    from spacy.tokens import Doc

CUES = cues("topics")


def topic_of_talks(doc: Doc, start: int, end: int) -> bool:
    """Are the agreement words doc[start:end] told indefinitely as the topic of talks, or do they qualify a noun of
    talks (see the module)?"""
    words = words_of(doc)
    if end < len(words) and words[end] in CUES.TALKS:
        return True
    first = doc[start].sent.start
    k = start - 1
    qualifiers = 0
    while k >= first and qualifiers < CUES.TOPIC_QUALIFIERS and words[k].isalpha() \
            and words[k] not in CUES.TOPIC_OPENERS | CUES.INDEFINITE | CUES.TOPIC_STOPS:
        k, qualifiers = k - 1, qualifiers + 1
    if k >= first and words[k] in CUES.INDEFINITE:
        k -= 1
    if k < first or words[k] not in CUES.TOPIC_OPENERS:
        return False
    for j in range(k - 1, max(first, k - 1 - CUES.TALKS_REACH) - 1, -1):
        if words[j] in CUES.TALKS:
            return True
        if not words[j].isalnum():
            return False
    return False
