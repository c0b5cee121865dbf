"""A state's independence: "Zimbabwe became independent on 18 April 1980", "at Djibouti's independence in 1977".

A rule of `triggers.Triggers`: `independences` yields an Independence trigger on "became independent" said of a state
or on a state's dated "independence" (`CUES.INDEPENDENT`, `CUES.INDEPENDENCE`).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc

from ..lang import cues
from .armed import NAME_WORDS
from .base import Candidate, text_of

CUES = cues("triggers")


def independences(doc: Doc, name: str, states: frozenset[str]) -> Iterator[Candidate]:
    """"Zimbabwe became independent", "the two countries became independent from France in 1960", "Djibouti's
    independence in 1977"; not "The firm became independent of its parent", "thirty years of independence".
    `states`: the lower-case names of the states and places the gazetteer knows. The block's text is searched for
    the words (most hold none), and only their tokens are read."""
    for found in CUES.INDEPENDENCE_WORDS.finditer(text_of(doc)):
        word = doc.char_span(*found.span())
        if word is None:
            continue
        i = word.start
        if (word.text.lower() in CUES.INDEPENDENT and i > 1 and doc[i - 1].lower_ in CUES.BECAME
                and _state_subject(doc, i - 1, states)):
            yield Candidate(doc[i - 1].idx, word.end_char, "trigger", "Independence", name)
        elif word.text.lower() in CUES.INDEPENDENCE and _states_own(doc, i, states) and _dated_after(doc, i + 1):
            yield Candidate(word.start_char, word.end_char, "trigger", "Independence", name)


def _state_subject(doc: Doc, verb: int, states: frozenset[str]) -> bool:
    """Does a state stand just before the verb at doc[verb]: a word of `CUES.STATE_NOUNS` or a known name ending there?"""
    return doc[verb - 1].lower_ in CUES.STATE_NOUNS or _name_before(doc, verb, states)


def _states_own(doc: Doc, i: int, states: frozenset[str]) -> bool:
    """Is the word at doc[i] after a known state's name and its possessive ("Djibouti's independence")?"""
    return i > 1 and doc[i - 1].text in CUES.POSSESSIVE_ENDINGS and _name_before(doc, i - 1, states)


def _name_before(doc: Doc, i: int, states: frozenset[str]) -> bool:
    """Does a known name, capitalised words only, end just before doc[i]?"""
    return any(doc[j].is_title and doc[j:i].text.lower() in states for j in range(max(0, i - NAME_WORDS), i))


def _dated_after(doc: Doc, start: int) -> bool:
    """Does a year or a month stand within `CUES.INDEPENDENCE_DATE_REACH` words after doc[start], in its clause?"""
    for token in doc[start:start + CUES.INDEPENDENCE_DATE_REACH]:
        if not (token.is_alpha or token.is_digit):
            return False
        if (token.is_digit and len(token) == 4) or token.lower_ in CUES.TIME_WORDS:
            return True
    return False
