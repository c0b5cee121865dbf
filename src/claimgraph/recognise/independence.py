"""A state's independence: "Zimbabwe became independent on 18 April 1980", "at Djibouti's independence in 1977".

A rule of `triggers.Triggers`: `independences` yields an Independence trigger on "became independent" said of a state
or on a state's dated "independence" after a preposition of time or a verb that grants it (`ACTS.INDEPENDENT`,
`ACTS.INDEPENDENCE`).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc

from ..lang import cues
from .armed import NAME_WORDS, place_at
from .base import Candidate, cue_spans

CUES = cues("triggers")
ACTS = cues("acts_of_state")


def independences(doc: Doc, name: str, states: frozenset[str]) -> Iterator[Candidate]:
    """"Zimbabwe became independent", "the two countries became independent from France in 1960", "at Djibouti's
    independence in 1977"; not "The firm became independent of its parent", "The country became independent of
    Russian gas", "thirty years of independence", "Scotland's independence in 2014 was rejected by voters".
    `states`: the lower-case names of the states and places the gazetteer knows."""
    for word in cue_spans(doc, ACTS.INDEPENDENCE_WORDS):
        i = word.start
        if (word.text.lower() in ACTS.INDEPENDENT and i > 1 and doc[i - 1].lower_ in ACTS.BECAME
                and _state_subject(doc, i - 1, states) and _independent_then(doc, i + 1, states)):
            yield Candidate(doc[i - 1].idx, word.end_char, "trigger", "Independence", name)
        elif word.text.lower() in ACTS.INDEPENDENCE and _states_own(doc, i, states) and _dated_after(doc, i + 1):
            yield Candidate(word.start_char, word.end_char, "trigger", "Independence", name)


def _state_subject(doc: Doc, verb: int, states: frozenset[str]) -> bool:
    """Does a state stand just before the verb at doc[verb]: a word of `ACTS.STATE_NOUNS` or a known name, its words
    capitalised ("On 5 July Algeria became": not `moves._named_place`'s whole run of capitalised words)?"""
    return doc[verb - 1].lower_ in ACTS.STATE_NOUNS or _name_before(doc, verb, states)


def _name_before(doc: Doc, i: int, states: frozenset[str]) -> bool:
    """Does a known name, capitalised words only, end just before doc[i]?"""
    return any(doc[j].is_title and doc[j:i].text.lower() in states for j in range(max(0, i - NAME_WORDS), i))


def _independent_then(doc: Doc, k: int, states: frozenset[str]) -> bool:
    """Does what follows "independent" at doc[k] make it a state's: the clause's end, a date or a word that opens
    one or a new clause (`ACTS.INDEPENDENT_THEN`: "on 18 April 1980"), or "from" / "of" and a known state
    (`ACTS.INDEPENDENT_FROM`: "from France"; not "of Russian gas", "of federal funding", "financially")?"""
    if k >= len(doc) or not doc[k].is_alpha or doc[k].lower_ in ACTS.INDEPENDENT_THEN:
        return True
    if doc[k].lower_ not in ACTS.INDEPENDENT_FROM:
        return False
    k += 1 if k + 1 < len(doc) and doc[k + 1].lower_ == "the" else 0
    return k + 1 < len(doc) and place_at(doc, k + 1, states)


def _states_own(doc: Doc, i: int, states: frozenset[str]) -> bool:
    """Is the word at doc[i] after a known state's whole name and its possessive, a preposition of time or a verb
    that grants it before them (`ACTS.INDEPENDENCE_AFTER`: "at Djibouti's independence", "recognised Algeria's
    independence"; not "Scotland's independence in 2014 was rejected")?"""
    if i < 3 or doc[i - 1].text not in CUES.POSSESSIVE_MARKS:
        return False
    return any(doc[j - 1].lower_ in ACTS.INDEPENDENCE_AFTER and doc[j].is_title and doc[j:i - 1].text.lower() in states
               for j in range(max(1, i - 1 - NAME_WORDS), i - 1))


def _dated_after(doc: Doc, start: int) -> bool:
    """Does a year or a month stand within `ACTS.INDEPENDENCE_DATE_REACH` words after doc[start], in its clause?"""
    for token in doc[start:start + ACTS.INDEPENDENCE_DATE_REACH]:
        if not (token.is_alpha or token.is_digit):
            return False
        if (token.is_digit and len(token) == 4) or token.lower_ in CUES.TIME_WORDS:
            return True
    return False
