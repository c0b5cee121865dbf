"""A court's decision: "the International Court of Justice, which ruled in February 1994", "The court gave its
judgment in 1992", "By an Order of 10 January 1986 the Chamber called on them".

A rule of `triggers.Triggers`: `rulings` yields a Ruling trigger on a verb of ruling with a court as its subject, or
on a noun of a ruling a court of its sentence gave or the text dates (`ACTS.RULING_VERBS`, `ACTS.RULINGS`).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc

from ..lang import cues
from .base import Candidate, cue_spans

CUES = cues("triggers")
ACTS = cues("acts_of_state")


def rulings(doc: Doc, name: str) -> Iterator[Candidate]:
    """A court's ruling, order, award or judgment (see `ACTS.RULING_VERBS`); not "Mengistu ruled Ethiopia", "The
    Supreme Court ruled out a merger", "The Court ordered pizza", "poor judgment", "An order in May for 500 laptops"."""
    for word in cue_spans(doc, ACTS.RULING_WORDS):
        i, lower = word.start, word.text.lower()
        if lower in ACTS.RULING_VERBS and _ruled(doc, i) and _court_before(doc, i):
            yield Candidate(word.start_char, word.end_char, "trigger", "Ruling", name)
        elif (lower in ACTS.RULINGS and (lower not in ACTS.ORDERS or word[0].is_title or _given(doc, i))
              and _court_in_sentence(doc, i) and (_given(doc, i) or _dated(doc, i + 1))):
            yield Candidate(word.start_char, word.end_char, "trigger", "Ruling", name)


def _ruled(doc: Doc, i: int) -> bool:
    """Does the verb at doc[i] rule: not before "out" (`ACTS.RULED_NOT`: "ruled out a merger"), and, one of ordering,
    before what a court orders (`ACTS.ORDERED_OBJECTS`, a name: "ordered the vote suspended", "ordered Israel to";
    not "ordered pizza", "ordered new shirts")?"""
    if i + 1 >= len(doc):
        return True
    after = doc[i + 1]
    if after.lower_ in ACTS.RULED_NOT:
        return False
    return doc[i].lower_ not in ACTS.ORDERING or after.lower_ in ACTS.ORDERED_OBJECTS or after.is_title


def _court(doc: Doc, k: int) -> bool:
    """Is doc[k] a court: a word of `ACTS.COURTS` written with a capital or after "the" / "its", not after a possessive
    ("Apple's Court", "the players' Chamber"), and before "of" only of one of `ACTS.COURT_OF` ("the Court of Justice";
    not "the Chamber of Commerce"); a chamber only where another court or a dated ruling stands (`_chamber_of_court`)?"""
    token = doc[k]
    if token.lower_ not in ACTS.COURTS or (k > 0 and doc[k - 1].text in CUES.POSSESSIVE_MARKS):
        return False
    if k + 2 < len(doc) and doc[k + 1].lower_ in ACTS.COURT_NOT_AFTER and doc[k + 2].lower_ not in ACTS.COURT_OF:
        return False
    if not ((token.is_title and not token.is_sent_start) or (k > 0 and doc[k - 1].lower_ in ACTS.COURT_BEFORE)):
        return False
    return token.lower_ not in ACTS.CHAMBERS or _chamber_of_court(doc, k)


def _chamber_of_court(doc: Doc, k: int) -> bool:
    """Is the chamber at doc[k] one of a court: does the block name another court ("a Chamber of the International
    Court of Justice") or its sentence hold a ruling noun dated ("By an Order of 10 January 1986 the Chamber"; not
    "The Chamber orchestra ordered new violins")?"""
    if any(t.lower_ in ACTS.COURTS and t.lower_ not in ACTS.CHAMBERS and t.is_title for t in doc):
        return True
    sentence = doc[k].sent
    return any(t.lower_ in ACTS.RULINGS and t.is_title and _dated(doc, t.i + 1) for t in sentence)


def _court_before(doc: Doc, i: int) -> bool:
    """Does a court stand within `ACTS.RULING_REACH` words before doc[i], in its sentence?"""
    return any(_court(doc, k) for k in range(max(doc[i].sent.start, i - ACTS.RULING_REACH), i))


def _court_in_sentence(doc: Doc, i: int) -> bool:
    """Does a court stand in doc[i]'s sentence?"""
    sentence = doc[i].sent
    return any(_court(doc, k) for k in range(sentence.start, sentence.end))


def _given(doc: Doc, i: int) -> bool:
    """Does a verb of giving a ruling (`ACTS.RULING_GIVEN`) stand just before the noun, past a determiner ("gave its
    judgment")?"""
    return any(doc[k].lower_ in ACTS.RULING_GIVEN for k in range(max(0, i - 2), i))


def _dated(doc: Doc, k: int) -> bool:
    """Does "of", "in" or "on" and a day or a year stand right after the noun ("Order of 10 January 1986", "its
    judgment in 1992")?"""
    if k + 1 >= len(doc) or doc[k].lower_ not in ACTS.RULING_DATED:
        return False
    date = doc[k + 1]
    return date.is_digit or date.lower_ in CUES.TIME_WORDS
