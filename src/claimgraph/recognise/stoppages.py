"""A strike that stops work: "went on strike", "a general strike", "the strike that followed closed every factory".

The lexicon reads "strike" as an attack (an air strike, a missile strike). A strike of workers is no act of force but
a protest: `work_stoppage` tells it by a word of work next to it or in its sentence (the cue words:
`claimgraph.lang.en.stoppages`), and the trigger recogniser gives it that class (`triggers._moved`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lang import cues
from .armed import armed_words

if TYPE_CHECKING:
    from spacy.tokens import Doc

CUES = cues("stoppages")
POSSESSIVE_MARKS = cues("triggers").POSSESSIVE_MARKS  # "the dockers' strike"
HYPHENS = cues("triggers").HYPHENS  # "a 24-hour strike": one word of three tokens
DETERMINERS = cues("coreference").DETERMINERS  # "on the eve": the word after the determiner tells a time


def work_stoppage(doc: Doc, start: int, end: int, armed: frozenset[str]) -> bool:
    """Is the match doc[start:end], a word of `CUES.STOPPAGES`, a stoppage of work? A word of `CUES.WORK_BEFORE` just
    before it (a possessive mark between: "the miners' strike"; a hyphened word whole: "a 24-hour strike") or of
    `CUES.WORK_AFTER` just after it ("on" only after `CUES.ON_AFTER`: "went on strike"); else a word of
    `CUES.WORK_PLACES_BEFORE` just before it ("a port strike") or of `CUES.WORK_WORDS` in its sentence, and no armed
    men, weapon or `armed` name there (`armed.armed_words`) nor a word of harm (`CUES.HARM_WORDS`: "The port strike
    killed four people" is an attack's), and no target after it (`_targeted`: "staff fled after the strike on the
    compound"). Never after a word of `CUES.NOT_WORK_BEFORE` ("air strike", "a missile strike", "a pre-emptive
    strike")."""
    if end - start != 1 or doc[start].lower_ not in CUES.STOPPAGES:
        return False
    before = start - 1
    if before >= 0 and doc[before].lower_ in POSSESSIVE_MARKS:
        before -= 1
    word_before = _word_ending_at(doc, before)
    if word_before in CUES.NOT_WORK_BEFORE:
        return False
    if _work_word_before(doc, before, word_before) or (end < len(doc) and doc[end].lower_ in CUES.WORK_AFTER):
        return True
    words = [t.lower_ for t in doc[start].sent if t.i != start]
    return ((word_before in CUES.WORK_PLACES_BEFORE or any(w in CUES.WORK_WORDS for w in words))
            and CUES.HARM_WORDS.isdisjoint(words) and not armed_words(words, armed) and not _targeted(doc, end))


def _work_word_before(doc: Doc, before: int, word: str) -> bool:
    """Is `word`, which ends at doc[before], a word of work that tells a stoppage by itself (`CUES.WORK_BEFORE`)? "on"
    only after a verb of being or going (`CUES.ON_AFTER`: "are on strike"; "carried on strikes" tells none)."""
    if word == "on":
        return before > 0 and doc[before - 1].lower_ in CUES.ON_AFTER
    return word in CUES.WORK_BEFORE


def _word_ending_at(doc: Doc, i: int) -> str:
    """The lower-case word that ends at doc[i], its parts joined where hyphens join them with no space ("pre-emptive",
    "24-hour", which the tokenizer splits); "" before the text."""
    if i < 0:
        return ""
    first = i
    while first >= 2 and doc[first - 1].text in HYPHENS and not doc[first - 2].whitespace_ and not doc[
            first - 1].whitespace_:
        first -= 2
    return doc[first:i + 1].text.lower()


def _targeted(doc: Doc, end: int) -> bool:
    """Is the strike that ends before doc[end] told on what it hits (`CUES.TARGETED`: "the strike on the compound"),
    not on a time (`CUES.TIMES`, a number: "a strike on Monday", "on 4 May", "on the eve of the vote")?"""
    if end + 1 >= len(doc) or doc[end].lower_ not in CUES.TARGETED:
        return False
    after = doc[end + 2] if doc[end + 1].lower_ in DETERMINERS and end + 2 < len(doc) else doc[end + 1]
    return not (after.like_num or after.lower_ in CUES.TIMES)
