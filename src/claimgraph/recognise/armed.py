"""Who is armed and where a place is named: the tests the trigger rules share (`triggers`, `moves`).

A verb of killing, striking or moving names a happening of war only with armed men, a weapon or an armed name as
its subject; a movement only onto a place the gazetteer knows. The names are the gazetteer's, lower-case, passed
in as frozensets (`armed_names`, `place_names`) so that these tests read no table of their own.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from ..lang import cues
from .base import text_of
from .packs import derived

if TYPE_CHECKING:  # the type only: linking and comparing import this module, and never need spaCy
    from spacy.tokens import Doc

CUES = cues("triggers")
IMPACTS = cues("impacts")  # MUNITIONS, ROUNDS: what comes down on a place
CLAUSES = cues("clauses")  # CLAUSE_BREAK: where the subject of a verb may stand
NAME_WORDS = 4  # the most words of a name `armed_words` and `place_at` look for
ARMED_CLASSES = frozenset({"State", "ArmedForce", "ArmedGroup", "Government"})  # who may strike (`armed_names`)
BODY_CLASSES = frozenset({"InternationalOrganization"})  # bodies of states, whose votes adopt resolutions
FORCE_CLASSES = frozenset({"ArmedForce", "ArmedGroup"})  # who may move on a place (not a bare state: "China entered")
PLACE_CLASSES = frozenset({"State", "Region", "Settlement", "District", "Place"})  # where armed men may go


def armed_names(entries, classes: frozenset[str] = ARMED_CLASSES) -> frozenset[str]:
    """The lower-case names of the gazetteer's `entries` whose first class is one of `classes`: by default the
    states, forces and armed groups, an active subject that may strike."""
    return derived(entries, "names-" + "-".join(sorted(classes)), lambda: frozenset(
        name.lower() for entry in entries.values() if entry.entity.classes[0] in classes for name in entry.names))


def place_names(entries) -> frozenset[str]:
    """The lower-case names of the places among the gazetteer's `entries`: where armed men may go."""
    return armed_names(entries, PLACE_CLASSES)


def troops_in(words: list[str]) -> bool:
    """Do the lower-case `words` hold a word of armed men (`CUES.TROOPS`, `CUES.IRREGULARS`), one that needs a
    qualifier only after it (`CUES.QUALIFIED_TROOPS`: "the Pakistan Air Force", "security forces"; not "the sales
    force", "a task force"), an irregular not after a word of members (`CUES.CIVIL_IRREGULARS`: not "Union
    militants"), and no word of them that counts a crowd (`_crowd`: "Armies of shoppers stormed the stores")?"""
    return any(w in CUES.IRREGULARS and not (k and words[k - 1] in CUES.CIVIL_IRREGULARS) or w in CUES.TROOPS and (
        w not in CUES.QUALIFIED_TROOPS or k and words[k - 1] in CUES.QUALIFIED_TROOPS[w]) and not _crowd(words, k)
        for k, w in enumerate(words))


def _crowd(words: list[str], k: int) -> bool:
    """Is words[k] a word of armed men that counts a crowd (`CUES.CROWD_HOSTS`) before "of" and a plural that is no
    determiner (`CUES.CROWD_NOT_BEFORE`) nor armed men? "Armies of shoppers stormed the stores"; not "the armies of
    France", "the armies of its allies", "armies of militiamen" (the words are lower-case: a plural in -s is the
    crowd's mark)."""
    if words[k] not in CUES.CROWD_HOSTS or words[k + 1:k + 2] != ["of"] or len(words) <= k + 2:
        return False
    crowd = words[k + 2]
    return crowd.endswith("s") and crowd not in CUES.CROWD_NOT_BEFORE and not troops_in([crowd])


def armed_subject(doc: Doc, i: int, armed: frozenset[str]) -> bool:
    """Do armed men or a weapon (`armed_words`) stand within `CUES.KILLER_REACH` words before doc[i], in its
    sentence and past the last clause break (`CLAUSES.CLAUSE_BREAK`)? "Army officials said the floods killed
    30 people" and "troops killed time in the trenches, and a storm killed 12 people" tell no killing."""
    return armed_words([t.lower_ for t in subject_tokens(doc, i)], armed)


def armed_head(doc: Doc, i: int, armed: frozenset[str]) -> bool:
    """As `armed_subject`, but a word of armed men or a weapon that qualifies the noun after it, lower-case words only
    between it and doc[i] (`_qualifier`), arms no one: "The Army football team blew up a 20-point lead", "The drone
    startup blew up its valuation"; "ISIS militants blew up", "troops later blew up" are armed."""
    tokens = subject_tokens(doc, i)
    return armed_words(["" if _qualifier(tokens, k) else t.lower_ for k, t in enumerate(tokens)], armed)


def subject_tokens(doc: Doc, i: int, reach: int = CUES.KILLER_REACH) -> list:
    """The tokens within `reach` words before doc[i], in its sentence, past the last clause break."""
    start = max(doc[i].sent.start, i - reach)
    cut = max((m.end() for m in CLAUSES.CLAUSE_BREAK.finditer(text_of(doc), doc[start].idx, doc[i].idx)), default=0)
    return [t for t in doc[start:i] if t.idx >= cut]


def _qualifier(tokens: list, k: int) -> bool:
    """Is tokens[k], a word of armed men or a weapon, followed up to the verb only by lower-case nouns: no word that
    leaves it the head (`CUES.HEAD_GAP`, `CUES.PREPOSITIONS`, an article, an adverb in -ly), no armed word? "Army" of
    "The Army football team", "drone" of "The drone startup"; not "militants" of "Militants in the party"."""
    word = tokens[k].lower_
    return (word in CUES.WEAPONS or troops_in([word])) and qualifies_next(tokens, k)


def qualifies_next(tokens: list, k: int) -> bool:
    """Is tokens[k] followed up to the verb only by lower-case nouns, so that it qualifies the last of them and heads
    no subject: no word that leaves it the head (`CUES.HEAD_GAP`, `CUES.PREPOSITIONS`, an article, an adverb in -ly,
    a mark), no armed word? "football" of "The Army football team", "defence" of "The defence case"."""
    return k + 1 < len(tokens) and all(
        t.is_alpha and t.is_lower and not t.lower_.endswith("ly") and t.lower_ not in CUES.WEAPONS
        and t.lower_ not in CUES.HEAD_GAP and t.lower_ not in CUES.PREPOSITIONS and not troops_in([t.lower_])
        for t in tokens[k + 1:])


def munition_subject(doc: Doc, i: int) -> bool:
    """Does a munition (`IMPACTS.MUNITIONS`, its rounds after it: "mortar rounds") head the subject of the verb at
    doc[i] (`subject_tokens`), qualifying no noun after it (`qualifies_next`: not "Rocket debris fell"), after "of" only
    after a count (`IMPACTS.MUNITION_COUNTS`: "dozens of shells"; not "Prices of missiles fell") and led by no other
    preposition or verb (`_carried`: not "Troops with mortars landed")?"""
    tokens = subject_tokens(doc, i)
    for k, token in enumerate(tokens):
        after_of = k >= 2 and tokens[k - 1].lower_ in IMPACTS.MUNITION_OF
        counted = not after_of or tokens[k - 2].lower_ in IMPACTS.MUNITION_COUNTS
        if token.lower_ in IMPACTS.MUNITIONS and counted and not _carried(tokens, k):
            head = k + 1 if k + 1 < len(tokens) and tokens[k + 1].lower_ in IMPACTS.ROUNDS else k
            if not qualifies_next(tokens, head):
                return True
    return False


def _carried(tokens: list, k: int) -> bool:
    """Is tokens[k], its modifiers before it skipped (an article, an adjective, a name, a number), the object of a
    preposition other than a count's "of" (`CUES.PREPOSITIONS`) or of a verb? "Troops with mortars", "Planes carrying
    bombs": the munition is what the subject bears, the subject the men or craft that land."""
    j = k - 1
    while j >= 0 and tokens[j].pos_ in {"DET", "ADJ", "PROPN", "NUM"}:
        j -= 1
    if j < 0 or (tokens[j].lower_ in IMPACTS.MUNITION_OF and j and tokens[j - 1].lower_ in IMPACTS.MUNITION_COUNTS):
        return False
    return tokens[j].lower_ in CUES.PREPOSITIONS or tokens[j].pos_ == "VERB"


def weapon_head(doc: Doc, i: int) -> bool:
    """Is the word just before doc[i] a weapon that heads its noun phrase, no preposition of the phrase before it
    (`CUES.PREPOSITIONS`; words walked back to an article, a mark or `CUES.ARMED_REACH` words)? "a landmine exploded",
    "a car bomb exploded"; not "Sales of consumer drones exploded", "the market for fireworks and explosives
    exploded"."""
    if i < 1 or doc[i - 1].lower_ not in CUES.WEAPONS:
        return False
    for token in reversed(doc[max(doc[i].sent.start, i - 1 - CUES.ARMED_REACH):i - 1]):
        if token.lower_ in CUES.PREPOSITIONS:
            return False
        if not token.is_alpha or token.lower_ in CUES.HEAD_OPENERS:
            return True
    return True


def armed_clause(doc: Doc, i: int, armed: frozenset[str]) -> bool:
    """Do armed men, a weapon, an armed name or a party ambushed (`CUES.AMBUSHED_PARTIES`) stand in doc[i]'s clause,
    between the clause breaks around it in its sentence? "soldiers were killed in an ambush", "an ambush on a
    convoy"; not "The senator walked into an ambush at the hearing"."""
    sent = doc[i].sent
    text = text_of(doc)
    breaks = [m.span() for m in CLAUSES.CLAUSE_BREAK.finditer(text, sent.start_char, sent.end_char)]
    start = max((e for s, e in breaks if e <= doc[i].idx), default=sent.start_char)
    end = min((s for s, e in breaks if s > doc[i].idx), default=sent.end_char)
    words = [t.lower_ for t in sent if start <= t.idx < end and t.i != i]
    return armed_words(words, armed) or any(w in CUES.AMBUSHED_PARTIES for w in words)


def armed_words(words: list[str], armed: frozenset[str]) -> bool:
    """Do the lower-case `words` hold a weapon, a word of armed men, or one of the `armed` names?"""
    return any(w in CUES.WEAPONS for w in words) or troops_in(words) or any(
        named_before(words[max(0, end - NAME_WORDS):end], armed) for end in range(1, len(words) + 1))


def named_before(before: list[str], armed: frozenset[str]) -> bool:
    """The words just before end with one of the `armed` names."""
    return any(" ".join(before[-n:]) in armed for n in range(1, len(before) + 1))


def named_in(words: list[str], names: frozenset[str]) -> bool:
    """Do the lower-case `words` hold one of `names` anywhere? Each word is read as the end of a name of at most as many
    words as the longest of `names` (`_longest`): a long sentence is read in time linear in its length."""
    longest = _longest(names)
    return any(named_before(words[max(0, end - longest):end], names) for end in range(1, len(words) + 1))


@functools.lru_cache(maxsize=8)
def _longest(names: frozenset[str]) -> int:
    """The most words a name of `names` holds (a set is read once)."""
    return max((name.count(" ") + 1 for name in names), default=0)


def capitalised_start(doc: Doc, end: int, opening: int = 0) -> int:
    """Where the run of words written with a capital that ends before doc[end] starts: at most `NAME_WORDS` words, none
    before doc[opening]; `end` itself if the word before is none."""
    start = end
    while start > opening and doc[start - 1].is_title and end - start < NAME_WORDS:
        start -= 1
    return start


def place_at(doc: Doc, i: int, places: frozenset[str]) -> bool:
    """Does a name of `places` written with a capital start at doc[i] ("Basra", "South Ossetia")?"""
    return doc[i].is_title and any(doc[i:i + n].text.lower() in places for n in range(1, NAME_WORDS + 1))


def ambushed_party(doc: Doc, i: int, armed: frozenset[str]) -> bool:
    """Is the passive verb at doc[i] said of armed men or a party of `CUES.AMBUSHED_PARTIES` before it ("a patrol was
    ambushed", "Israeli troops were ambushed"), or of an armed agent after "by" within `CUES.ARMED_AFTER_REACH` words
    ("was ambushed by Taliban fighters")? "The CEO was ambushed by activists", "The bill was ambushed in committee"
    are not."""
    before = [t.lower_ for t in subject_tokens(doc, i)]
    if troops_in(before) or any(w in CUES.AMBUSHED_PARTIES for w in before):
        return True
    after = [t.lower_ for t in doc[i + 1:i + 1 + CUES.ARMED_AFTER_REACH]]
    return bool(after) and after[0] in CUES.BY_WEAPON and armed_words(after[1:], armed)


def fired_at(doc: Doc, i: int, places: frozenset[str]) -> bool:
    """Does a target or a place fired from follow the weapon that ends before doc[i]: past a word of `CUES.FIRED_AT`, a
    known place, a held place or a vessel before a word that ends the phrase ("rockets on Zagreb", "a missile at a
    tanker"; not "a rocket into the top corner", "missiles from the baseline")?"""
    if i >= len(doc) or doc[i].lower_ not in CUES.FIRED_AT:
        return False
    for token in doc[i + 1:i + 1 + CUES.WEAPON_OBJECT_REACH]:
        word = token.lower_
        if word in CUES.OBJECT_STOPS:
            return False
        if word in CUES.FALLEN_HOLDINGS or word in CUES.IDIOM_QUALIFIED or word in CUES.WARSHIPS \
                or place_at(doc, token.i, places):
            return True
    return False


def possessed(doc: Doc, i: int) -> bool:
    """Is doc[i] followed by a possessive mark (`CUES.POSSESSIVE_MARKS`): whose, not who ("the men's final results",
    "seized 20 passengers' luggage")?"""
    return i + 1 < len(doc) and doc[i + 1].lower_ in CUES.POSSESSIVE_MARKS
