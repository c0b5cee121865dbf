"""A verb of withdrawing that takes back a thing said: "withdrew his resignation", "a statement it later withdrew";
or that takes out money or a candidate ("withdrawing their savings", "withdrew from the presidential race").

A filter of `triggers.Triggers`: such a verb names no withdrawal of forces. Its contract: `retracted(doc, start)` is
True when the trigger word at doc[start] takes back a thing said or offered.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..lang import cues

CUES = cues("triggers")


def retracted(doc: Doc, start: int) -> bool:
    """A verb of withdrawing that takes back a thing said or offered (`CUES.RETRACTED`), no forces: the thing
    as its object, within a few words and before a word that ends the object ("withdrew his resignation",
    "withdrew it the following day"), or heading the relative clause whose pronoun subject withdrew it, with no
    place the verb leaves for after it ("a statement it later withdrew"; not "the claim that they withdrew from
    the town"). So does one of money taken out (`CUES.WITHDRAWN_SUMS`: "withdrawing their savings from the bank") or
    of a candidate leaving a contest (`_left_race`)."""
    if doc[start].lower_ not in CUES.RETRACTING:
        return False
    after = doc[start + 1:start + 1 + CUES.RETRACTED_REACH]
    if len(after) and after[0].lower_ in CUES.RETRACTED_PRONOUNS:
        return True
    for token in after:
        if token.lower_ in CUES.OBJECT_STOPS:
            break
        if token.lower_ in CUES.RETRACTED or token.lower_ in CUES.WITHDRAWN_SUMS:
            return True
    return _left_race(doc, start) or _relative_retraction(doc, start)


def _left_race(doc: Doc, start: int) -> bool:
    """"withdrew from the presidential race": "from" right after the verb and a contest (`CUES.CONTESTS`) heading its
    object, within `CUES.RACE_REACH` words and before any word that ends the object (`CUES.OBJECT_STOPS`: not
    "withdrew from Kabul before the election"); a candidate stands down, no forces leave."""
    after = [t.lower_ for t in doc[start + 1:start + 2 + CUES.RACE_REACH]]
    if after[:1] != ["from"]:
        return False
    for word in after[1:]:
        if word in CUES.OBJECT_STOPS:
            return False
        if word in CUES.CONTESTS:
            return True
    return False


def _relative_retraction(doc: Doc, start: int) -> bool:
    """"a statement it later withdrew": a thing said, an optional relative word, a pronoun and an optional
    adverb before the verb, and no place it leaves (`CUES.MOVED_AFTER`) nor armed men after it."""
    nxt = doc[start + 1].lower_ if start + 1 < len(doc) else ""
    if nxt in CUES.MOVED_AFTER or nxt in CUES.TROOPS:
        return False
    i = start - 1
    if i >= 0 and (doc[i].lower_.endswith("ly") or doc[i].lower_ in CUES.SUBJECT_GAP):
        i -= 1
    if i < 0 or doc[i].lower_ not in CUES.RETRACTOR_PRONOUNS:
        return False
    i -= 1
    if i >= 0 and doc[i].lower_ in CUES.RELATIVE_WORDS:
        i -= 1
    return i >= 0 and doc[i].lower_ in CUES.RETRACTED
