"""Appointments: a holder put into a public office, "Nicolas Tiangaye was appointed prime minister".

A rule of `triggers.Triggers`: `appointments` yields an Appointment (or, for "elected", an Election) trigger on a verb
of appointing with an office after it (`ACTS.APPOINTING`, `ACTS.OFFICES`); the verb, or "sworn in", is its word.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc

from ..lang import cues
from .armed import place_at
from .base import Candidate, cue_spans

CUES = cues("triggers")
ACTS = cues("acts_of_state")
NAMES = cues("names")  # NOT_PERSONS: the capitalised words that name no person ("Jury")
AS_OR_TO = ACTS.APPOINTED_AS | ACTS.APPOINTED_TO  # made once, not per token
OF_STATE = ACTS.STATE_NOUNS | ACTS.OFFICE_OF_STATE


def appointments(doc: Doc, name: str, states: frozenset[str]) -> Iterator[Candidate]:
    """"was appointed prime minister", "named Vladimir Putin ... as prime minister", "appoints a military
    government", "Adama Barrow was sworn in", "Muzorewa became prime minister" (see `ACTS.APPOINTING`); not "a man
    named John Smith", "The club named Smith as captain", "was named president of the club". `states`: the lower-case
    names of the states and places the gazetteer knows, that an office may be "of"."""
    for verb in cue_spans(doc, ACTS.APPOINTING_WORDS):
        if tuple(t.lower_ for t in verb) == ACTS.SWORN_IN:
            if _sworn(doc, verb.start, verb.end, states):
                yield Candidate(verb.start_char, verb.end_char, "trigger", "Appointment", name)
        elif _appointed(doc, verb.start, states):
            yield Candidate(verb.start_char, verb.end_char, "trigger", ACTS.APPOINTING[verb.text.lower()], name)


def _appointed(doc: Doc, i: int, states: frozenset[str]) -> bool:
    """Does the verb at doc[i] put someone into an office: passive or "became" with the office right after it, or
    active with an office, a body or "to head" in its object (`_in_object`)?"""
    if doc[i].lower_ in ACTS.BECAME or (i > 0 and doc[i - 1].lower_ in CUES.PASSIVE_AUXILIARIES):
        return _office_at(doc, i + 1, states)
    return _in_object(doc, i, states)


def _sworn(doc: Doc, start: int, end: int, states: frozenset[str]) -> bool:
    """Is "sworn in" at doc[start:end] before "as" and an office, or, with no "as" after it, said of a named holder (a
    capitalised word before its auxiliary, one person's: "Adama Barrow was sworn in"; not "The witness was sworn in",
    "John Smith was sworn in as a witness", "The Grand Jury was sworn in" (`names.NOT_PERSONS`), "Board Members were
    sworn in" (`ACTS.PLURAL_AUXILIARIES`), as the names stage reads a holder sworn in)?"""
    if end < len(doc) and doc[end].lower_ in ACTS.APPOINTED_AS:
        return _office_at(doc, end, states)
    aux = start - 1
    return (aux > 0 and doc[aux].lower_ in CUES.PASSIVE_AUXILIARIES and doc[aux].lower_ not in ACTS.PLURAL_AUXILIARIES
            and doc[aux - 1].is_title and doc[aux - 1].text not in NAMES.NOT_PERSONS)


def _in_object(doc: Doc, i: int, states: frozenset[str]) -> bool:
    """Does the active verb at doc[i] have, in its object: "as" and an office, "to head" (`ACTS.APPOINTED_TO_HEAD`), a
    body it forms as its head (`ACTS.APPOINTED_BODIES`: "appoints a military government"), or an office right after
    a name that opens it ("names Yasser Arafat supreme commander")?"""
    after = doc[i + 1:min(len(doc), i + 1 + ACTS.APPOINTED_OBJECT_REACH)]
    for k, token in enumerate(after):
        word = token.lower_
        if (word in CUES.OBJECT_STOPS and word not in AS_OR_TO
                                  and word != ","):
            break
        if word in ACTS.APPOINTED_AS:
            return _office_at(doc, token.i, states)
        if word in ACTS.APPOINTED_TO:
            return token.i + 1 < len(doc) and doc[token.i + 1].lower_ in ACTS.APPOINTED_TO_HEAD
        if word in ACTS.APPOINTED_BODIES and k <= ACTS.OFFICE_QUALIFIER_REACH and all(t.is_alpha for t in after[:k]):
            return True
    return bool(after) and after[0].is_title and _office_after_name(doc, i + 1, states)


def _office_after_name(doc: Doc, start: int, states: frozenset[str]) -> bool:
    """Does an office follow the name that opens the object at doc[start], within `ACTS.APPOINTED_NAME_REACH` words
    and past only the name's words (capitalised, joined by hyphens or short particles: "Habis al-Majali")?"""
    for token in doc[start:min(len(doc), start + ACTS.APPOINTED_NAME_REACH)]:
        if token.is_title or token.is_upper or token.text in CUES.HYPHENS or (token.is_lower and len(token) <= 3):
            continue
        return _office_at(doc, token.i, states)
    return False


def _office_at(doc: Doc, start: int, states: frozenset[str]) -> bool:
    """Does an office (`ACTS.OFFICES`) open the words at doc[start], past "as", a determiner and a few qualifiers of
    an office (`ACTS.OFFICE_QUALIFIERS` or a body's capitals: "UN special envoy", "defence minister", "vice-president";
    not "prom queen"), and is it, if "of" or "for" follows, one of a state (`_of_state`)?"""
    k = start + 1 if start < len(doc) and doc[start].lower_ in ACTS.APPOINTED_AS else start
    while k < len(doc) and doc[k].lower_ in ACTS.APPOINTED_BEFORE_OFFICE:
        k += 1
    for token in doc[k:min(len(doc), k + ACTS.OFFICE_QUALIFIER_REACH + 1)]:
        if token.lower_ in ACTS.OFFICES:
            return _of_state(doc, token.i + 1, states)
        if not (token.lower_ in ACTS.OFFICE_QUALIFIERS or token.text in CUES.HYPHENS or token.is_upper):
            return False
    return False


def _of_state(doc: Doc, i: int, states: frozenset[str]) -> bool:
    """With no "of" / "for" at doc[i], yes; with one, is what follows it, past a determiner, a state: a word of
    `ACTS.STATE_NOUNS` or `ACTS.OFFICE_OF_STATE` ("Minister of Defence", "of a country", "of its forces") or a known
    state or place ("ambassador of France"), with no relative word after it that tells a deed (`ACTS.OFFICE_DEED`:
    "the commander of the forces that took the town")? Not "president of the club", "ambassador for the charity"."""
    if i >= len(doc) or doc[i].lower_ not in ACTS.APPOINTED_OF:
        return True
    k = i + 1
    while k < len(doc) and doc[k].lower_ in ACTS.OFFICE_OF_BEFORE:
        k += 1
    if k >= len(doc):
        return False
    state = doc[k].lower_ in OF_STATE or (
        place_at(doc, k, states))
    return state and not any(t.lower_ in ACTS.OFFICE_DEED for t in doc[k + 1:k + 1 + ACTS.OFFICE_DEED_REACH])
