"""A place the gazetteer does not know that fell: "Jowhar fell on 27 December", "Tawang fell within days".

A rule `moves.fallen` reads besides its known places (the cues and why: `lang.en.falls`): a name written with a
capital that ends just before the verb (or its relative word or aside, `moves.antecedent`), a time right after the
verb, and a paragraph that tells of war.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lang import cues
from .armed import capitalised_start

if TYPE_CHECKING:  # the type only, as in `armed`: spaCy loads when a source is read, not with this module
    from spacy.tokens import Doc

CUES = cues("falls")
TRIGGERS = cues("triggers")
TITLES = cues("names").TITLE_WORDS
MUNITIONS = cues("impacts").MUNITIONS
WAR_WORDS = CUES.FALL_WAR_WORDS | TRIGGERS.TROOPS | TRIGGERS.IRREGULARS


def named_fall(doc: Doc, i: int, ends: tuple[int, ...]) -> bool:
    """Did a place named by a capitalised name ending before one of `ends` (the verb, or where its subject ends past a
    relative word or an aside) fall at doc[i], "fell" with a time after it (`_timed`) in a paragraph of war
    (`CUES.FALL_WAR_WORDS`, armed men)?"""
    return (_timed(doc, i) and any(t.lower_ in WAR_WORDS for t in doc) and not _priced(doc, i)
            and any(_name_before(doc, end) for end in ends))


def _priced(doc: Doc, i: int) -> bool:
    """Does the sentence of doc[i] tell a market's fall, a word of shares or a price's amount in it
    (`CUES.FELL_MARKET_WORDS`: "Lockheed shares rose while Boeing fell on Tuesday", "Apple fell 4 percent")?"""
    return any(t.lower_ in CUES.FELL_MARKET_WORDS for t in doc[i].sent)


def _timed(doc: Doc, i: int) -> bool:
    """Does a time stand within `CUES.FALL_TIME_REACH` words after doc[i], before a mark that ends its clause: a word of
    `CUES.FALL_TIMES` or `TRIGGERS.TIME_WORDS`, or a number ("on 27 December", "within days", "two days later")?"""
    for token in doc[i + 1:i + 1 + CUES.FALL_TIME_REACH]:
        if token.text in TRIGGERS.MOVE_CLAUSE_END or token.text == ".":
            return False
        if token.like_num or token.lower_ in CUES.FALL_TIMES or token.lower_ in TRIGGERS.TIME_WORDS:
            return True
    return False


def _name_before(doc: Doc, end: int) -> bool:
    """Does a name written with capitals end just before doc[end] (`armed.capitalised_start`), opened by no title
    (`names.TITLE_WORDS`), no word of `CUES.FELL_NOT_SUBJECTS` in it, no "the" in it or before it
    (`CUES.NO_PLACE_ARTICLES`: "The Dow"), no munition (`MUNITIONS`: "Shells fell on 3 June")?"""
    opening = doc[end - 1].sent.start if end > 0 else 0
    start = capitalised_start(doc, end, opening)
    if start == end:
        return False
    words = doc[start:end]
    before = doc[start - 1].lower_ if start > opening else ""
    return (words[0].text.rstrip(".") not in TITLES and before not in CUES.NO_PLACE_ARTICLES
            and not any(t.lower_ in CUES.FELL_NOT_SUBJECTS or t.lower_ in CUES.NO_PLACE_ARTICLES
                        or t.lower_ in MUNITIONS for t in words))
