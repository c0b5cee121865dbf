"""A court's decision: "the International Court of Justice, which ruled in February 1994", "The court gave its
judgment in 1992", "By an Order of 10 January 1986 the Chamber called on them".

A rule of `triggers.Triggers`: `rulings` yields a Ruling trigger on a verb of ruling with a court as its subject, or
on a noun of a ruling a court of its sentence gave or the text dates (`CUES.RULING_VERBS`, `CUES.RULINGS`).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc

from ..lang import cues
from .base import Candidate, text_of

CUES = cues("triggers")


def rulings(doc: Doc, name: str) -> Iterator[Candidate]:
    """A court's ruling, order, award or judgment (see `CUES.RULING_VERBS`); not "Mengistu ruled Ethiopia", "poor
    judgment". The block's text is searched for the words (most hold none), and only their tokens are read."""
    for found in CUES.RULING_WORDS.finditer(text_of(doc)):
        word = doc.char_span(*found.span())
        if word is None:
            continue
        i, lower = word.start, word.text.lower()
        if lower in CUES.RULING_VERBS and _court_before(doc, i):
            yield Candidate(word.start_char, word.end_char, "trigger", "Ruling", name)
        elif lower in CUES.RULINGS and _court_in_sentence(doc, i) and (_given(doc, i) or _dated(doc, i + 1)):
            yield Candidate(word.start_char, word.end_char, "trigger", "Ruling", name)


def _court(doc: Doc, k: int) -> bool:
    """Is doc[k] a court: a word of `CUES.COURTS` written with a capital or after "the" / "its", not before "of" unless
    capitalised ("the Court of Justice"; not "the chamber of commerce", "the tennis court")?"""
    token = doc[k]
    if token.lower_ not in CUES.COURTS:
        return False
    if token.is_title and not token.is_sent_start:
        return True
    after_of = k + 1 < len(doc) and doc[k + 1].lower_ in CUES.COURT_NOT_AFTER
    return k > 0 and doc[k - 1].lower_ in CUES.COURT_BEFORE and not after_of


def _court_before(doc: Doc, i: int) -> bool:
    """Does a court stand within `CUES.RULING_REACH` words before doc[i], in its sentence?"""
    return any(_court(doc, k) for k in range(max(doc[i].sent.start, i - CUES.RULING_REACH), i))


def _court_in_sentence(doc: Doc, i: int) -> bool:
    """Does a court stand in doc[i]'s sentence?"""
    sentence = doc[i].sent
    return any(_court(doc, k) for k in range(sentence.start, sentence.end))


def _given(doc: Doc, i: int) -> bool:
    """Does a verb of giving a ruling (`CUES.RULING_GIVEN`) stand just before the noun, past a determiner ("gave its
    judgment")?"""
    return any(doc[k].lower_ in CUES.RULING_GIVEN for k in range(max(0, i - 2), i))


def _dated(doc: Doc, k: int) -> bool:
    """Does "of", "in" or "on" and a day or a year stand right after the noun ("Order of 10 January 1986", "its
    judgment in 1992")?"""
    if k + 1 >= len(doc) or doc[k].lower_ not in CUES.RULING_DATED:
        return False
    date = doc[k + 1]
    return date.is_digit or date.lower_ in CUES.TIME_WORDS
