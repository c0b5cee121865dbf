"""An agreement that is only the topic of talks: "Armenia and Azerbaijan agreed to hold talks on a ceasefire".

Talks about a ceasefire, a treaty or a deal tell that one was sought, not that it was concluded: the gold of such
texts holds the talks (a Negotiation) and no agreement. So an agreement word told indefinitely after a noun of talks
and the preposition of its topic (`TALKS`, `CUES.TOPIC_OPENERS`: "talks on a ceasefire", "negotiations with the
rebels over a new treaty", "discussions about a possible truce", "talks aimed at a ceasefire"), or after an earlier
item of a list of topics ("talks on a ceasefire, a prisoner exchange and a peace treaty"), names none. A definite one
names the agreement the text told ("talks on the ceasefire signed in May", "negotiations over its treaty"), one told
elsewhere in the sentence is no topic ("After talks in Cairo, a ceasefire took effect"; "During the talks the mediators
praised Egypt for a ceasefire": a clause between), and neither is one the rest of its sentence tells concluded ("held
talks on a ceasefire and signed one there"). An agreement word that qualifies a noun of talks is their topic too
("opened ceasefire talks in Doha"), not one whose verb "talks" is ("The 1994 agreement talks about the withdrawal").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lang import cues
from .base import text_of, words_of

if TYPE_CHECKING:
    from spacy.tokens import Doc

CUES = cues("topics")
TALKS = cues("clauses").TALKS  # the nouns of talks
TOPIC_WALL = CUES.TOPIC_OPENERS | CUES.INDEFINITE | CUES.TOPIC_STOPS  # what ends the qualifiers walked back over


def topic_of_talks(doc: Doc, start: int, end: int) -> bool:
    """Are the agreement words doc[start:end] told indefinitely as the topic of talks, or do they qualify a noun of
    talks (see the module)?"""
    words = words_of(doc)
    if _qualifies_talks(words, end):
        return True
    opener = _opener(words, start, doc[start].sent.start)
    return opener is not None and _talks_before(words, opener, doc[start].sent.start) and not _concluded(doc, end)


def _qualifies_talks(words: list[str], end: int) -> bool:
    """Does a noun of talks follow the agreement words ("ceasefire talks"), not the verb "talks" ("talks about")?"""
    if end >= len(words) or words[end] not in TALKS:
        return False
    return not (words[end] == CUES.TALKS_VERB and end + 1 < len(words) and words[end + 1] in CUES.TALKS_VERB_NEXT)


def _opener(words: list[str], start: int, first: int) -> int | None:
    """The index of the preposition that opens the agreement's topic phrase (of "aimed" in "aimed at"), past at most
    `CUES.TOPIC_QUALIFIERS` lower-case words and an indefinite article, or past earlier items of a list of topics."""
    k, qualifiers = start - 1, 0
    while k >= first and qualifiers < CUES.TOPIC_QUALIFIERS and words[k].isalpha() and words[k] not in TOPIC_WALL:
        k, qualifiers = k - 1, qualifiers + 1
    if k >= first and words[k] in CUES.INDEFINITE:
        k -= 1
    if k >= first and words[k] in CUES.LIST_JOINS:
        k = _list_opener(words, k, first)
    if k < first:
        return None
    if words[k] == CUES.AIMED_AT and k > first and words[k - 1] in CUES.AIMED:
        return k - 1
    return k if words[k] in CUES.TOPIC_OPENERS else None


def _list_opener(words: list[str], k: int, first: int) -> int:
    """Walk back from the join at `k` over a list's earlier items (lower-case words, indefinite articles and joins,
    `CUES.LIST_REACH` at most) to the word before them: the topic's preposition if the list is its object."""
    for j in range(k - 1, max(first, k - 1 - CUES.LIST_REACH) - 1, -1):
        if words[j] in CUES.TOPIC_OPENERS or words[j] == CUES.AIMED_AT:
            return j
        if not (words[j] in CUES.LIST_JOINS or words[j].isalpha() and words[j] not in CUES.TOPIC_STOPS):
            return first - 1
    return first - 1


def _talks_before(words: list[str], opener: int, first: int) -> bool:
    """Does a noun of talks stand within `CUES.TALKS_REACH` words before the opener, with only phrases a preposition
    of `CUES.TALKS_LINKS` opens between ("talks in Cairo on"), no clause ("the talks the mediators praised Egypt
    for")?"""
    for j in range(opener - 1, max(first, opener - 1 - CUES.TALKS_REACH) - 1, -1):
        if words[j] in TALKS:
            return j == opener - 1 or words[j + 1] in CUES.TALKS_LINKS
        if not words[j].isalnum():
            return False
    return False


def _concluded(doc: Doc, end: int) -> bool:
    """Does the rest of the agreement's sentence tell it concluded (`CUES.TOPIC_CONCLUDED`: "and signed one there")?"""
    sent = doc[end - 1].sent
    return bool(CUES.TOPIC_CONCLUDED.search(text_of(doc), doc[end - 1].idx + len(doc[end - 1]), sent.end_char))
