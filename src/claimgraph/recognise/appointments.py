"""Appointments: a holder put into a public office, "Nicolas Tiangaye was appointed prime minister".

A rule of `triggers.Triggers`: `appointments` yields an Appointment (or, for "elected", an Election) trigger on a verb
of appointing with an office after it (`CUES.APPOINTING`, `CUES.OFFICES`); the verb, or "sworn in", is its word.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc

from ..lang import cues
from .base import Candidate, text_of

CUES = cues("triggers")
HYPHENS = frozenset({"-", "‐", "‑"})  # "vice-president", "commander-in-chief" are tokens apart


def appointments(doc: Doc, name: str) -> Iterator[Candidate]:
    """"was appointed prime minister", "named Vladimir Putin ... as prime minister", "appoints a military
    government", "Adama Barrow was sworn in", "Muzorewa became prime minister" (see `CUES.APPOINTING`); not "a man
    named John Smith", "The club named Smith as captain", "was named president of the club". The block's text is
    searched for the words (most hold none), and only the tokens of the verbs found are read."""
    for found in CUES.APPOINTING_WORDS.finditer(text_of(doc)):
        verb = doc.char_span(*found.span())
        if verb is None:
            continue
        if tuple(t.lower_ for t in verb) == CUES.SWORN_IN:
            if _sworn(doc, verb.start, verb.end):
                yield Candidate(verb.start_char, verb.end_char, "trigger", "Appointment", name)
        elif _appointed(doc, verb.start):
            yield Candidate(verb.start_char, verb.end_char, "trigger", CUES.APPOINTING[verb.text.lower()], name)


def _appointed(doc: Doc, i: int) -> bool:
    """Does the verb at doc[i] put someone into an office: passive or "became" with the office right after it, or
    active with an office, a body or "to head" in its object (`_in_object`)?"""
    if doc[i].lower_ in CUES.BECAME or (i > 0 and doc[i - 1].lower_ in CUES.PASSIVE_AUXILIARIES):
        return _office_at(doc, i + 1)
    return _in_object(doc, i)


def _sworn(doc: Doc, start: int, end: int) -> bool:
    """Is "sworn in" at doc[start:end] before "as" and an office, or, with no "as" after it, said of a named holder (a
    capitalised word before its auxiliary: "Adama Barrow was sworn in"; not "The witness was sworn in", "John Smith
    was sworn in as a witness")?"""
    if end < len(doc) and doc[end].lower_ in CUES.APPOINTED_AS:
        return _office_at(doc, end)
    aux = start - 1
    return aux > 0 and doc[aux].lower_ in CUES.PASSIVE_AUXILIARIES and doc[aux - 1].is_title


def _in_object(doc: Doc, i: int) -> bool:
    """Does the active verb at doc[i] have, in its object: "as" and an office, "to head" (`CUES.APPOINTED_TO_HEAD`), a
    body it forms as its head (`CUES.APPOINTED_BODIES`: "appoints a military government"), or an office right after
    a name that opens it ("names Yasser Arafat supreme commander")?"""
    after = doc[i + 1:min(len(doc), i + 1 + CUES.APPOINTED_OBJECT_REACH)]
    for k, token in enumerate(after):
        word = token.lower_
        if word in (".", ";") or (word in CUES.OBJECT_STOPS and word not in CUES.APPOINTED_AS | CUES.APPOINTED_TO
                                  and word != ","):
            break
        if word in CUES.APPOINTED_AS:
            return _office_at(doc, token.i)
        if word in CUES.APPOINTED_TO:
            return token.i + 1 < len(doc) and doc[token.i + 1].lower_ in CUES.APPOINTED_TO_HEAD
        if word in CUES.APPOINTED_BODIES and k <= CUES.OFFICE_QUALIFIERS and all(t.is_alpha for t in after[:k]):
            return True
    return bool(after) and after[0].is_title and _office_after_name(doc, i + 1)


def _office_after_name(doc: Doc, start: int) -> bool:
    """Does an office follow the name that opens the object at doc[start], within `CUES.APPOINTED_NAME_REACH` words
    and past only the name's words (capitalised, joined by hyphens or short particles: "Habis al-Majali")?"""
    for token in doc[start:min(len(doc), start + CUES.APPOINTED_NAME_REACH)]:
        if token.is_title or token.is_upper or token.text in HYPHENS or (token.is_lower and len(token) <= 3):
            continue
        return _office_at(doc, token.i)
    return False


def _office_at(doc: Doc, start: int) -> bool:
    """Does an office (`CUES.OFFICES`) open the words at doc[start], past "as", a determiner and a few qualifiers
    (`CUES.OFFICE_QUALIFIERS`: "its chairman", "UN special envoy", "defence minister"), and not one of a company, a
    club or a school after "of" (`CUES.APPOINTED_NOT_OF`)?"""
    k = start + 1 if start < len(doc) and doc[start].lower_ in CUES.APPOINTED_AS else start
    while k < len(doc) and doc[k].lower_ in CUES.APPOINTED_BEFORE_OFFICE:
        k += 1
    for token in doc[k:min(len(doc), k + CUES.OFFICE_QUALIFIERS + 1)]:
        if token.lower_ in CUES.OFFICES:
            return not _civil_office(doc, token.i + 1)
        if not (token.is_alpha or token.text in HYPHENS) or token.lower_ in CUES.OBJECT_STOPS:
            return False
    return False


def _civil_office(doc: Doc, i: int) -> bool:
    """Is the office before doc[i] one of a company, a club or a school: "of" and one of `CUES.APPOINTED_NOT_OF`
    within a few words ("president of the club", "president of the football federation")?"""
    if i >= len(doc) or doc[i].lower_ not in CUES.APPOINTED_OF:
        return False
    return any(t.lower_ in CUES.APPOINTED_NOT_OF for t in doc[i + 1:i + 1 + CUES.OFFICE_QUALIFIERS + 1])
