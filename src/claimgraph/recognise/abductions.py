"""People taken by force: abductions ("taking some 250 hostages", "seizing 276 girls") and prisoners taken ("had
killed dozens of Eritrean soldiers and taken others prisoner").

A rule of `triggers.Triggers`: `takings` yields an Abduction trigger on a verb of taking with captives after it, a
Capture trigger on one with prisoners after it and armed men or an armed name as its taker.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc

from ..lang import cues
from .armed import armed_head, possessed
from .base import Candidate, cue_spans, text_of

CUES = cues("triggers")


def takings(doc: Doc, name: str, armed: frozenset[str]) -> Iterator[Candidate]:
    """"taking some 250 hostages", "seizing 276 girls": a verb of taking with captives after it (`CUES.TAKEN`) is
    an abduction, the verb its word (the count after it is the quantities recogniser's); not "took the children
    to safety", "seized the town" (a capture), nor "seized 20 passengers' luggage" (`_taken`). With prisoners after
    it, taken by armed men, it is a capture (`_prisoners_taken`). The block's text is searched for the words (most
    hold none), and only the tokens of the verbs found are read."""
    text = text_of(doc)
    if not CUES.CAPTIVE_WORDS.search(text):
        return
    for verb in cue_spans(doc, CUES.TAKING_WORDS):
        captives = CUES.TAKEN[verb.text.lower()]
        if any(t.lower_ in captives and _taken(doc, verb.end, t.i)
               for t in doc[verb.end:verb.end + CUES.TAKEN_REACH]) or _held(doc, verb.end, captives):
            yield Candidate(verb.start_char, verb.end_char, "trigger", "Abduction", name)
        elif _prisoners_taken(doc, verb.start, armed):
            yield Candidate(verb.start_char, verb.end_char, "trigger", CUES.PRISONERS_CLASS, name)


def _held(doc: Doc, start: int, captives: frozenset[str]) -> bool:
    """Does "hostage", the complement of a verb of taking whose object starts at doc[start], end a longer object of
    people (`CUES.HOSTAGE_REACH`): "took about 500 UN peacekeepers hostage", "took UN military observers and aid
    workers hostage"? A word of people heads its first noun phrase (the word before the first "and", or before
    "hostage": not "took the debt ceiling and federal workers hostage"), and no word that ends an object but "and"
    stands in it."""
    if not captives & CUES.HOSTAGE_COMPLEMENT:
        return False
    for token in doc[start:start + CUES.HOSTAGE_REACH]:
        word = token.lower_
        if word in CUES.HOSTAGE_COMPLEMENT:
            return _people_head(doc, start, token.i)
        if word in CUES.OBJECT_STOPS and word not in CUES.HOSTAGE_JOINS:
            return False
    return False


def _people_head(doc: Doc, start: int, end: int) -> bool:
    """Is the last word of the first noun phrase of doc[start:end] (to its first "and") a word of people?"""
    first = next((t.i for t in doc[start:end] if t.lower_ in CUES.HOSTAGE_JOINS), end)
    return first > start and (doc[first - 1].lower_ in CUES.CAPTIVES or doc[first - 1].lower_ in CUES.HOSTAGE_PEOPLE)


def _taken(doc: Doc, start: int, i: int) -> bool:
    """Is doc[i], a captive word after a verb of taking (whose object starts at doc[start]), what is taken, not
    whose it is: no possessive after it ("seized 20 passengers' luggage"), no "of" between them but after a word of
    number ("seized 300 homes of villagers"; "took dozens of people hostage" takes them, `CUES.COUNT_OF`)?"""
    return not possessed(doc, i) and all(doc[k - 1].like_num or doc[k - 1].lower_ in CUES.COUNT_OF
                             for k in range(start + 1, i) if doc[k].lower_ == "of")


def _prisoners_taken(doc: Doc, i: int, armed: frozenset[str]) -> bool:
    """"taken others prisoner", "Indian troops took 300 prisoners": a verb of taking (`CUES.TAKING_PRISONERS`) with
    "prisoner" or "prisoners" (`CUES.PRISONERS`) taken after it (`_prisoners_after`) and armed men or an armed name as
    its taker (`armed.armed_head`) is a capture of people; not "Police took prisoners to court", "The film took
    prisoners of the past", "The Bruins took no prisoners", nor a passive or a participle after a count (`_counted`),
    a toll's item: "438 had been taken prisoner", "about 960 Argentine soldiers were taken prisoner" count the losses
    of the battle told."""
    return (doc[i].lower_ in CUES.TAKING_PRISONERS and 0 < i and not _counted(doc, i) and _prisoners_after(doc, i)
            and armed_head(doc, i, armed))


def _counted(doc: Doc, i: int) -> bool:
    """Is the verb at doc[i] a passive ("were taken prisoner": its subject the prisoners, a toll's item, no taker) or
    a participle right after a number ("and 438 taken prisoner")?"""
    return doc[i - 1].like_num or doc[i - 1].lower_ in CUES.PASSIVE_AUXILIARIES


def _prisoners_after(doc: Doc, i: int) -> bool:
    """Does a word of prisoners stand within a few words after the verb at doc[i], taken: no word that ends an object
    (`CUES.OBJECT_STOPS`) or takes them back (`CUES.PRISONERS_NOT_BETWEEN`: "took back prisoners in an exchange")
    before it, not after "no", not whose (`armed.possessed`), and no word after it that carries them somewhere or
    gives them something (`CUES.PRISONERS_NOT_AFTER`: "took prisoners to court", "took prisoners books")?"""
    for token in doc[i + 1:i + 1 + CUES.TAKEN_REACH]:
        word = token.lower_
        if word in CUES.PRISONERS:
            after = doc[token.i + 1] if token.i + 1 < len(doc) else None
            return (doc[token.i - 1].lower_ not in CUES.NO_PRISONERS and not possessed(doc, token.i)
                    and not (after is not None and (after.lower_ in CUES.PRISONERS_NOT_AFTER
                                                    or after.is_alpha and after.lower_ not in CUES.OBJECT_STOPS)))
        if word in CUES.OBJECT_STOPS or word in CUES.PRISONERS_NOT_BETWEEN:
            return False
    return False
