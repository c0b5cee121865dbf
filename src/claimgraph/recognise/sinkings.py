"""A vessel sunk by arms: "Castro's aircraft sank the supply ship Rio Escondido", "the frigates had sunk HQ-604".

A filter of `triggers.Triggers`' lexicon: `unsunk` tells the verbs of sinking that sink nothing (the cue words:
`claimgraph.lang.en.sinkings`). A ship sinks of itself in a storm; a verb that sinks a vessel, or a named one with a
warship or a weapon as its subject, is an act of war in any war's telling.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..lang import cues
from .armed import armed_words, subject_tokens

CUES = cues("sinkings")
TRIGGERS = cues("triggers")  # OBJECT_STOPS, WARSHIPS


def unsunk(doc: Doc, start: int) -> bool:
    """Does the verb of sinking at doc[start] (`CUES.SINKING`) sink nothing: "sunk" with no auxiliary of the perfect
    before it, "sinking" as an adjective after a determiner ("a sinking ship"), the noun "the sinking of" with no
    warship nor weapon in its sentence ("the sinking of the ferry"), a peril of the sea in its subject
    (`CUES.SEA_PERILS`: "a typhoon sank three boats"), a drill in its sentence (`CUES.NO_WAR_SINKING`), or neither a
    vessel in its object (`_vessel_after`) nor a name sunk by a warship or a weapon (`_name_sunk_by_arms`)? Any other
    word: False."""
    word = doc[start].lower_
    if word not in CUES.SINKING:
        return False
    before = doc[start - 1].lower_ if start > 0 else ""
    after = doc[start + 1].lower_ if start + 1 < len(doc) else ""
    if word in CUES.PERFECT_ONLY and before not in CUES.PERFECT_AUXILIARIES:
        return True
    if word in CUES.ADJECTIVE_FORMS and before in CUES.SINKING_ADJECTIVE_AFTER \
            and (after not in CUES.NOUN_OF or not _armed([t.lower_ for t in doc[start].sent])):
        return True
    if CUES.SEA_PERILS.intersection(t.lower_ for t in subject_tokens(doc, start, CUES.SUBJECT_REACH)) \
            or CUES.NO_WAR_SINKING.intersection(t.lower_ for t in doc[start].sent):
        return True
    return not (_vessel_after(doc, start) or _name_sunk_by_arms(doc, start))


def _vessel_after(doc: Doc, start: int) -> bool:
    """A vessel (`CUES.SUNK_VESSELS`, `TRIGGERS.WARSHIPS`, a word or a pair) among the `CUES.SUNK_REACH` words after
    doc[start], before a word that ends an object (`TRIGGERS.OBJECT_STOPS`), or a ship's name after a navy's prefix
    right after it or its article (`CUES.SHIP_PREFIXES`: "sank HMS Ardent"), a name no possessive mark follows
    (`CUES.POSSESSIVE_MARKS`: "sank HMS Holdings' share price" is a firm's), sunk by arms (`_sunk_by_arms`: "Poor
    reviews sank HMS Pinafore" is a show's flop)?"""
    words = []
    for token in doc[start + 1:start + 1 + CUES.SUNK_REACH]:
        if token.lower_ in TRIGGERS.OBJECT_STOPS:
            break
        words.append(token.lower_)
    pairs = [" ".join(pair) for pair in zip(words, words[1:])]
    k = start + 1 + (start + 1 < len(doc) and doc[start + 1].lower_ in CUES.ARTICLES_BEFORE_NAME)
    prefixed = (k + 1 < len(doc) and doc[k].text in CUES.SHIP_PREFIXES and doc[k + 1].is_title
                and not any(t.lower_ in CUES.POSSESSIVE_MARKS for t in doc[k + 2:k + 2 + CUES.SHIP_NAME_REACH])
                and _sunk_by_arms(doc, start))
    return prefixed or bool((CUES.SUNK_VESSELS | TRIGGERS.WARSHIPS).intersection(words + pairs))


def _name_sunk_by_arms(doc: Doc, start: int) -> bool:
    """A name right after doc[start] (a capital or digits: "HQ-604", "the Belgrano") and a warship or a weapon
    (`TRIGGERS.WARSHIPS`, `armed.armed_words`) in the verb's subject (`armed.subject_tokens`)? A day or a month
    (`CUES.NO_VESSEL_NAMES`) is no name."""
    k = start + 1 + (start + 1 < len(doc) and doc[start + 1].lower_ in CUES.ARTICLES_BEFORE_NAME)
    if k >= len(doc) or not (doc[k].is_title or doc[k].is_upper) or doc[k].is_punct \
            or doc[k].lower_ in CUES.NO_VESSEL_NAMES:
        return False
    return _sunk_by_arms(doc, start)


def _sunk_by_arms(doc: Doc, start: int) -> bool:
    """A warship, a weapon, armed men (`_armed`) or a foe or airman (`CUES.SINKERS`) in the subject of the verb at
    doc[start] (`armed.subject_tokens`)? A name sinks in war only so: "A German submarine sank HMS Courageous", "the
    enemy sank USS Juneau"; "The scandal sank USS Holdings" no."""
    words = [t.lower_ for t in subject_tokens(doc, start, CUES.SUBJECT_REACH)]
    return _armed(words) or bool(CUES.SINKERS.intersection(words))


def _armed(words: list[str]) -> bool:
    """Do the lower-case `words` hold a warship (`TRIGGERS.WARSHIPS`, one word) or a weapon or armed men
    (`armed.armed_words`)?"""
    return bool(TRIGGERS.WARSHIPS.intersection(words)) or armed_words(words, frozenset())
