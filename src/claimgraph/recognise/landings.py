"""Armed men landing or reaching a place: "Marines landed on Grenada", "the brigade came ashore at Playa Giron",
"the seaborne landings", "Northern forces reach the outskirts of Aden".

The lexicon's verbs of arrival ask for a known place after "in" or "at" (`moves.armed_moves`); a landing is told as
often with "on" and an island or a beach, with a time ("landed at dawn"), with "ashore", or by its noun, and a column
"reaches" a town, a camp or a city's outskirts. Each is a movement of armed men only with them as its subject (the
noun: with a kind of landing before it or a place after it): planes land, economies have soft landings and talks
reach agreements (the cue words: `claimgraph.lang.en.landings`). Yields trigger candidates as `triggers.Triggers`
does.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..lang import cues
from .armed import armed_head, armed_words, place_at, subject_tokens, troops_in
from .base import Candidate, cue_spans, words_of

if TYPE_CHECKING:
    from spacy.tokens import Doc

CUES = cues("landings")
TRIGGERS = cues("triggers")  # FALLEN_HOLDINGS, ADVANCE_GOALS, OBJECT_STOPS, TIME_WORDS, WEAPONS


def landings(doc: Doc, name: str, armed: frozenset[str], places: frozenset[str]) -> Iterator[Candidate]:
    """The landings and the places reached by armed men in `doc` (`armed`: the lower-case armed names the gazetteer
    knows; `places`: its places), each a candidate of `CUES.LANDING_CLASS`."""
    found = [*(s for s in cue_spans(doc, CUES.ASHORE) if armed_head(doc, s.start, armed)),
             *(s for s in cue_spans(doc, CUES.LANDED) if _armed_landing(doc, s.start, armed)),
             *(s for s in cue_spans(doc, CUES.LANDING_NOUNS) if _landing_noun(doc, s.start, armed, places)),
             *(s for s in cue_spans(doc, CUES.REACHING) if _reached(doc, s.start, armed, places))]
    for span in found:
        yield Candidate(span.start_char, span.end_char, "trigger", CUES.LANDING_CLASS, name)


def _armed_landing(doc: Doc, i: int, armed: frozenset[str]) -> bool:
    """Did armed men land at doc[i]: a way or a time right after the verb (`CUES.LANDED_WAYS`, a word of time or a
    number), no craft or place of trouble just after (`CUES.LANDED_NOT_AFTER`: "landed in hospital", "landed in a
    helicopter"), armed men or an armed name as its subject (`armed.armed_head`) and no shell or round in it
    (`_projectile`: "Rebel shells landed on the town")?"""
    words = words_of(doc)
    if i + 1 >= len(doc) or not (words[i + 1] in CUES.LANDED_WAYS or words[i + 1] in TRIGGERS.TIME_WORDS
                                 or doc[i + 1].like_num):
        return False
    after = words[i + 1:i + 1 + CUES.LANDED_NOT_REACH]
    return not any(w in CUES.LANDED_NOT_AFTER for w in after) and armed_head(doc, i, armed) and not _projectile(doc, i)


def _projectile(doc: Doc, i: int) -> bool:
    """Does the subject of the verb at doc[i] (`armed.subject_tokens`) hold a weapon or a round
    (`TRIGGERS.WEAPONS`, `CUES.LANDED_PROJECTILES`)? Shells land where they fall, fired by armed men named near."""
    return any(t.lower_ in TRIGGERS.WEAPONS or t.lower_ in CUES.LANDED_PROJECTILES for t in subject_tokens(doc, i))


def _landing_noun(doc: Doc, i: int, armed: frozenset[str], places: frozenset[str]) -> bool:
    """Is the noun "landing(s)" at doc[i] a landing of armed men: not before a noun it qualifies
    (`CUES.LANDING_THINGS`: "landing craft"), no word of a craft's or an economy's landing just before it
    (`CUES.LANDING_NOT_KINDS`), and a kind of landing before it (`CUES.LANDING_KINDS`: "the seaborne landings") or a
    place or armed men after it (`_landed_where`: "the landing at the Bahia de Cochinos") but no traveller's landing
    (`_travelled`)?"""
    words = words_of(doc)
    if i + 1 < len(doc) and words[i + 1] in CUES.LANDING_THINGS:
        return False
    before = words[max(doc[i].sent.start, i - CUES.LANDING_KIND_REACH):i]
    if any(w in CUES.LANDING_NOT_KINDS for w in before):
        return False
    return any(w in CUES.LANDING_KINDS for w in before) or (
        _landed_where(doc, i + 1, places) and not _travelled(doc, i, armed))


def _travelled(doc: Doc, i: int, armed: frozenset[str]) -> bool:
    """Is "landing" at doc[i] a traveller's: after a word of time or a person's possessive
    (`CUES.LANDING_TRAVEL_BEFORE`: "After landing at Goma airport", "His landing at Entebbe") or the participle opening
    its sentence ("Landing in Kigali on Monday, the envoy said ..."), with no armed men in its sentence
    (`armed.armed_words`)?"""
    opens = i == doc[i].sent.start
    if not (opens and doc[i].lower_ == CUES.LANDING_PARTICIPLE
            or not opens and doc[i - 1].lower_ in CUES.LANDING_TRAVEL_BEFORE):
        return False
    return not armed_words([t.lower_ for t in doc[i].sent], armed)


def _landed_where(doc: Doc, i: int, places: frozenset[str]) -> bool:
    """Does a way of landing (`CUES.LANDING_TO`) at doc[i] lead, within `CUES.LANDING_PLACE_REACH` words, to a name
    written with a capital, a known place, a held place or a ground of landing (`CUES.LANDING_GROUNDS`), or armed men?"""
    if i >= len(doc) or doc[i].lower_ not in CUES.LANDING_TO:
        return False
    for token in doc[i + 1:min(i + 1 + CUES.LANDING_PLACE_REACH, doc[i].sent.end)]:
        word = token.lower_
        if token.is_punct:
            return False
        if (place_at(doc, token.i, places) or token.is_title or word in TRIGGERS.FALLEN_HOLDINGS
                or word in CUES.LANDING_GROUNDS or troops_in([word])):
            return True
    return False


def _reached(doc: Doc, i: int, armed: frozenset[str], places: frozenset[str]) -> bool:
    """Did armed men reach a place at doc[i]: a goal in the verb's object (`_goal`) and armed men or an armed name
    as its subject (`armed.armed_head`)?"""
    return _goal(doc, i + 1, places) and armed_head(doc, i, armed)


def _goal(doc: Doc, i: int, places: frozenset[str]) -> bool:
    """Is there a goal within `CUES.REACHED_REACH` words of the object starting at doc[i]: a known place, a held
    place, a way's goal or one of `CUES.REACHED_GOALS`, before a mark, a word that ends the object (but "of": "the
    outskirts of Aden") or a word of an accord, a sum or a stage (`CUES.REACHED_NOT`)?"""
    for token in doc[i:min(i + CUES.REACHED_REACH, doc[i - 1].sent.end)]:
        word = token.lower_
        if token.is_punct or word in CUES.REACHED_NOT or (
                word in TRIGGERS.OBJECT_STOPS and word not in CUES.REACHED_OBJECT_OF):
            return False
        if (word in TRIGGERS.FALLEN_HOLDINGS or word in TRIGGERS.ADVANCE_GOALS or word in CUES.REACHED_GOALS
                or place_at(doc, token.i, places)):
            return True
    return False
