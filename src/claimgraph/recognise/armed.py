"""Who is armed and where a place is named: the tests the trigger rules share (`triggers`, `moves`).

A verb of killing, striking or moving names a happening of war only with armed men, a weapon or an armed name as
its subject; a movement only onto a place the gazetteer knows. The names are the gazetteer's, lower-case, passed
in as frozensets (`armed_names`, `place_names`) so that these tests read no table of their own.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..lang import cues
from .base import text_of

CUES = cues("triggers")
CLAUSES = cues("clauses")  # CLAUSE_BREAK: where the subject of a verb may stand
NAME_WORDS = 4  # the most words of a name `armed_words` and `place_at` look for
ARMED_CLASSES = frozenset({"State", "ArmedForce", "ArmedGroup", "Government"})  # who may strike (`armed_names`)
FORCE_CLASSES = frozenset({"ArmedForce", "ArmedGroup"})  # who may move on a place (not a bare state: "China entered")
PLACE_CLASSES = frozenset({"State", "Region", "Settlement", "District", "Place"})  # where armed men may go


def armed_names(entries, classes: frozenset[str] = ARMED_CLASSES) -> frozenset[str]:
    """The lower-case names of the gazetteer's `entries` whose first class is one of `classes`: by default the
    states, forces and armed groups, an active subject that may strike."""
    return frozenset(name.lower() for entry in entries.values() if entry.entity.classes[0] in classes
                     for name in entry.names)


def place_names(entries) -> frozenset[str]:
    """The lower-case names of the places among the gazetteer's `entries`: where armed men may go."""
    return armed_names(entries, PLACE_CLASSES)


def troops_in(words: list[str]) -> bool:
    """Do the lower-case `words` hold a word of armed men (`CUES.TROOPS`, `CUES.IRREGULARS`), one that needs a
    qualifier only after it (`CUES.QUALIFIED_TROOPS`: "the Pakistan Air Force", "security forces"; not "the sales
    force", "a task force")?"""
    return any(w in CUES.IRREGULARS or w in CUES.TROOPS and (
        w not in CUES.QUALIFIED_TROOPS or k and words[k - 1] in CUES.QUALIFIED_TROOPS[w]) for k, w in enumerate(words))


def armed_subject(doc: Doc, i: int, armed: frozenset[str]) -> bool:
    """Do armed men or a weapon (`armed_words`) stand within `CUES.KILLER_REACH` words before doc[i], in its
    sentence and past the last clause break (`CLAUSES.CLAUSE_BREAK`)? "Army officials said the floods killed
    30 people" and "troops killed time in the trenches, and a storm killed 12 people" tell no killing."""
    start = max(doc[i].sent.start, i - CUES.KILLER_REACH)
    cut = max((m.end() for m in CLAUSES.CLAUSE_BREAK.finditer(text_of(doc), doc[start].idx, doc[i].idx)), default=0)
    return armed_words([t.lower_ for t in doc[start:i] if t.idx >= cut], armed)


def armed_words(words: list[str], armed: frozenset[str]) -> bool:
    """Do the lower-case `words` hold a weapon, a word of armed men, or one of the `armed` names?"""
    return any(w in CUES.WEAPONS for w in words) or troops_in(words) or any(
        named_before(words[max(0, end - NAME_WORDS):end], armed) for end in range(1, len(words) + 1))


def named_before(before: list[str], armed: frozenset[str]) -> bool:
    """The words just before end with one of the `armed` names."""
    return any(" ".join(before[-n:]) in armed for n in range(1, len(before) + 1))


def place_at(doc: Doc, i: int, places: frozenset[str]) -> bool:
    """Does a name of `places` written with a capital start at doc[i] ("Basra", "South Ossetia")?"""
    return doc[i].is_title and any(doc[i:i + n].text.lower() in places for n in range(1, NAME_WORDS + 1))
