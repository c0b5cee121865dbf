"""Tests of one match of a names rule (`name_rules`) that need no gazetteer: whether its words may be a name at all
(`_plausible`), where the name starts (after a date's word, at a naming title), what the words around it tell (an
article, a place's preposition, a kind of vessel, a broadcaster's words), and the id and label it is given."""

from __future__ import annotations

import functools
import re

from .base import name_id
from .name_rules import (AGREEMENT_OF, BODY, CUES, FEATURE, GIVEN, KNIGHTED, LABELLED_REBELS, LED, LED_BY_KIND,
                         LONE_SURNAME, MISSION, NAMED_AGENCY, NAMED_AGREEMENT, NAMED_EVENT,
                         NOT_PERSON_WORDS, OPENED_EVENT, PERSON, PLACE, PLACE_EVENT, PLACE_PREPOSITIONS, REBELS,
                         ROLE_NAME, ROLE_OF, SPEAKER, STRONG_SURNAME, TITLED, TITLE_OF, armed_rebels, is_demonym)
from .name_shapes import ARTICLE


SIDE_FORCES = "separatist-forces"  # the id of the armed side a source names by a noun ("the rebels", `_entity_id`)


def title_case(text: str) -> bool:
    """Is this block a Title Case headline: short, no closing full stop, most words of four
    letters or more capitalised?"""
    if len(text) > 200 or text.rstrip().endswith("."):
        return False
    words = [w for w in re.findall(r"[^\W\d_][\w’'\-]*", text) if len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


def month_in_name(text: str, start: int, end: int) -> bool:
    """Is the month or weekday at text[start:end] a word of a name: right before the agreement's or
    event's kind that ends it ("the Good Friday Agreement", "the July War"), and not after "on"
    ("Talks Resumed On Friday After The Ceasefire Collapsed", "In March War Crimes investigators")?"""
    return bool(CUES.KIND_ENDS_NAME.match(text, end) and not CUES.NO_NAME_BEFORE.search(text, max(0, start - 4), start))


def vessel_before(text: str, start: int) -> bool:
    """Does a kind of vessel or a navy's prefix stand right before `start` (`CUES.VESSEL_BEFORE`: "the cruiser Moskva",
    "USS George Washington")? The name there is a ship's."""
    return CUES.VESSEL_BEFORE.search(text, max(0, start - 30), start) is not None


def _plausible(name: str, pattern: re.Pattern) -> bool:
    """Not a month, a title, a demonym, an adjective compound or a speaker-label word standing where a name should."""
    words = name.split()
    if pattern is SPEAKER:
        return name not in CUES.SPEAKER_NOT_NAMES and words[0] not in CUES.FIELD_LABELS  # "BACKGROUND FOR EDITORS:"
    if set(words) <= CUES.NOT_NAMES:
        return False  # "That region lies inside ...": a determiner opening the sentence, no name
    if CUES.MONTHS & set(words):
        return False  # a month or weekday names nothing, save in an agreement's or war's name (`month_in_name`)
    if words[0] in CUES.EVENT_OPENERS:  # "Operation Allied Force", "Operation Kutuzov", "Operation Paul Bunyan": an
        return pattern is OPENED_EVENT  # operation's name, no body's, place's or person's (a surname's shape or not)
    if pattern in (TITLED, KNIGHTED):  # "General Staff", "Mr. President", "Major League Baseball"; "King Street"
        return not ({words[0]} & (CUES.BODY_KINDS.keys() | CUES.NOT_PERSONS | CUES.TITLE_WORDS | CUES.THING_WORDS
                                  | CUES.FEASTS)  # "Father Christmas Parade"
                    or {words[-1]} & (CUES.BODY_KINDS.keys() | CUES.NAMED_PLACE_KINDS.keys() | CUES.TITLED_NOT_LAST))
    if pattern is ROLE_NAME:  # "NATO spokesman Colonel Roland Lavoie": the title is no word of the name (`TITLED`)
        return words[0] not in CUES.TITLE_WORDS
    if pattern is TITLE_OF:  # "Secretary of State for Foreign and Commonwealth Affairs": a remit, no name
        return not NOT_PERSON_WORDS & set(words) and not is_demonym(words[0])
    if pattern is ROLE_OF:
        return not ({*CUES.BODY_KINDS, *CUES.NOT_PERSONS, *CUES.TITLE_WORDS} & set(words)) and not is_demonym(words[0])
    if pattern in (PERSON, LONE_SURNAME):
        if words[0] in CUES.TITLE_WORDS:
            return False
        strong = len(words) > 1 or re.fullmatch(STRONG_SURNAME, words[0])
        return bool(strong) and not any(is_demonym(w) for w in words)
    if pattern in (FEATURE, NAMED_AGENCY):
        return not is_demonym(words[0])
    if pattern is PLACE:
        return not CUES.ADJECTIVE_COMPOUND.fullmatch(words[-1])  # "the largest Muslim-majority city"
    if pattern is BODY and len(words) == 1:  # "The Republic", "The Government" name no state; "the Mission" may name a body
        return CUES.BODY_KINDS[words[0]] not in ("State", "Government") and words[0] not in CUES.NOT_LONE_BODY_KINDS
    if pattern in (NAMED_AGREEMENT, NAMED_EVENT, PLACE_EVENT, AGREEMENT_OF):
        return len(words) > 1  # "The Agreement" trimmed to its head names nothing
    return True


def _month_named(text: str, start: int, end: int, pattern: re.Pattern) -> bool:
    """An agreement or event named with a month or weekday just before its kind ("Good Friday Agreement")."""
    if pattern not in (NAMED_AGREEMENT, NAMED_EVENT):
        return False
    words = list(re.finditer(r"\S+", text[start:end]))
    months = [w for w in words if w.group() in CUES.MONTHS]
    return (len(words) > 1 and months == [words[-2]]
            and month_in_name(text, start + words[-2].start(), start + words[-2].end()))


def _after_date_word(text: str, start: int, end: int) -> int:
    """Where a person's name starts that a month or weekday opens, two words or more of the name after it: after the
    date's word ("On 11 July Moise Tshombe, the leader of" -> "Moise Tshombe"); else `start`."""
    first, _, rest = text[start:end].partition(" ")
    if first in CUES.MONTHS and len(rest.split()) >= 2:
        return start + len(first) + 1
    return start


def _naming_title(text: str, start: int, end: int) -> int:
    """Where a titled name starts: at a monarch's or a peer's title before one name (`CUES.NAMING_TITLE_BEFORE`:
    "King Hussein", "Lord Soames"), else at the name."""
    if " " in text[start:end]:
        return start
    title = CUES.NAMING_TITLE_BEFORE.search(text, max(0, start - 8), start)
    return title.start() if title else start


def common_opening(match: re.Match) -> bool:
    """Does a place's event name open a sentence or a line with a common word (`CUES.COMMON_EVENT_MODIFIERS`), written
    with its capital only there ("4 May - Full-scale war breaks out", "Civil war broke out in May")? No name."""
    first = match.group("name").split()[0]
    return (first.casefold() in CUES.COMMON_EVENT_MODIFIERS
            and CUES.OPENING.search(match.string, max(0, match.start() - 4), match.start()) is not None)


def person_shaped(words: list[str], most: int = 3) -> bool:
    """A given name and a surname, a middle name between them allowed ("Tedros Adhanom Ghebreyesus") and
    particles ("Jaap de Hoop"), the last word no common plural ("Patriot Missiles"; a surname may end in -s:
    "Volker Perthes") nor role ("Emergency Relief Coordinator"): what an acronym's possessive must be followed
    by to name a person."""
    names = [w for w in words if w[:1].isupper()]
    return (2 <= len(names) <= most and re.fullmatch(GIVEN, names[0]) is not None
            and names[-1] not in CUES.PLURAL_NOUNS and names[-1].lower() not in CUES.ROLES)


def article_surname(words: list[str]) -> bool:
    """A given name and a surname opening with an article ("Hafez al-Assad"): a person's shape after "under" (after an
    opening "Led by" it may be a body's, "Ahrar al-Sham")."""
    return len(words) == 2 and re.fullmatch(GIVEN, words[0]) is not None and re.match(ARTICLE, words[1]) is not None


def ship_named(words: list[str], match: re.Match) -> bool:
    """Do a monarch's title and one name after "the" name a ship, no person ("the Queen Mary sailed")?"""
    return len(words) == 2 and CUES.NAMING_TITLE_BEFORE.search(f"{words[0]} ") is not None and (
        CUES.ARTICLE_BEFORE.search(match.string, max(0, match.start() - 8), match.start()) is not None)


def broadcaster(match: re.Match) -> bool:
    """Is a place's name of a kind a broadcaster takes too ("Channel": `CUES.BROADCAST_KINDS`) a broadcaster's: told
    beside its broadcasting (`CUES.BROADCAST_NEAR`: "the History Channel aired") or named by its genre or brand
    (`CUES.BROADCAST_NAME_WORDS`: "The Weather Channel said")?"""
    if match.group("kind") not in CUES.BROADCAST_KINDS:
        return False
    return bool(CUES.BROADCAST_NAME_WORDS & set(match.group("name").split())) or CUES.BROADCAST_NEAR.search(
        match.string, max(0, match.start() - CUES.BROADCAST_REACH), match.end() + CUES.BROADCAST_REACH) is not None


def ship_before(match: re.Match) -> bool:
    """Does a kind of vessel stand right before the name (`vessel_before`: "The tanker Stena Impero was detained")? The
    name is the ship's, no person's."""
    return vessel_before(match.string, match.start("name"))


def _sentence_of(text: str, match: re.Match) -> str:
    """The words of the sentence the match stands in (from the full stop before it to the one after it)."""
    start = text.rfind(". ", 0, match.start()) + 1
    end = text.find(". ", match.end())
    return text[start:end if end >= 0 else len(text)]


def _told_body(text: str, match: re.Match) -> str | None:
    """The class of the body an acronym the source never spells out names by its context: an armed group where fighters
    follow it ("ZANU guerrillas") or it is another's armed wing or army ("ZANLA, the armed wing of ZANU"), a body where
    a body's kind stands in apposition before it ("the UN mission, MONUC,"), a body where it acts after "the" or owns
    ("the LTTE fired", "UNTAC's figures": `CUES.ACRONYM_DEED_AFTER`, `CUES.ACRONYM_OWNS_AFTER`), or with no article
    where it opens its clause or a lower-case word stands before it ("MINURSO said", "But FRELIMO denied":
    `CUES.ACRONYM_OPENS_BEFORE`), and no deed is done to it ("the SMS was sent": `CUES.ACRONYM_UNDERGOES_AFTER`) nor
    does it move on a market ("AAPL rose 3 percent": `CUES.ACRONYM_MARKET_MOVE_AFTER`); never a common noun's acronym
    nor an office or a speaker in capitals ("ECG showed", "COUNSEL said": `CUES.ACRONYM_COMMON`,
    `CUES.ACRONYM_SPEAKER_ROLES`); else None."""
    if len(match.group("name")) < 3 or not match.group("name").isupper():
        return None
    if CUES.ACRONYM_ARMED_AFTER.match(text, match.end()) or CUES.ACRONYM_WING_AFTER.match(text, match.end()):
        return "ArmedGroup"
    if CUES.ACRONYM_FIGHTERS_AFTER.match(text, match.end()) and CUES.WAR_WORDS.search(_sentence_of(text, match)):
        return "ArmedGroup"
    if CUES.ACRONYM_BODY_BEFORE.search(text, max(0, match.start() - 20), match.start()):
        return "Organization"
    if match.group("name") in CUES.ACRONYM_COMMON or match.group("name") in CUES.ACRONYM_SPEAKER_ROLES:
        return None
    owns = CUES.ACRONYM_OWNS_AFTER.match(text, match.end())
    acts = (CUES.ACRONYM_OPENS_BEFORE.search(text, max(0, match.start() - CUES.ACRONYM_OPENS_REACH), match.start())
            and CUES.ACRONYM_DEED_AFTER.match(text, match.end())
            and not CUES.ACRONYM_UNDERGOES_AFTER.match(text, match.end())
            and not CUES.ACRONYM_MARKET_MOVE_AFTER.match(text, match.end()))
    return "Organization" if (owns or acts) and not _written_in_lower_case(text, match.group("name")) else None


def _written_in_lower_case(text: str, word: str) -> bool:
    """Is the word in capitals one the text writes in lower case too: a word set in capitals for emphasis ("The END
    was near" ... "by the end of May"), no acronym?"""
    return word in _lower_case_words(text)


_WORD = re.compile(r"(?<![\w’'\-])[\w&]+(?![\w\-])")  # a word, "AT&T" too; "end’s", not "end-of" nor "o'end"


@functools.lru_cache(maxsize=4)
def _lower_case_words(text: str) -> frozenset[str]:
    """The words the text writes not wholly in capitals, set in capitals ("END" for "the end", "End's"), read once
    per text: a scan of the whole text per acronym made a long report of many bodies' acronyms take seconds."""
    return frozenset(m.group().upper() for m in _WORD.finditer(text) if not m.group().isupper())


def place_kind_before(match: re.Match) -> bool:
    """Does a kind of place stand between a role and the lone word apposed to it? Then the word names that place: "the
    envoy to the region, Darfur,", "the governor of the province, Helmand," (not "The Defence Minister, Arsenis,")."""
    between = match.string[match.start():match.start("name")].lower().split()
    return any(word.strip(",") in CUES.PLACE_KINDS or word.strip(",") in CUES.FEATURE_KINDS for word in between)


def no_subject_body(match: re.Match) -> bool:
    """Does the subject name neither a person nor a body: a two-word name before a verb a body does too
    (`CUES.BODY_DEED_VERBS`: "Goldman Sachs backed the bid"; but `CUES.SIGNED_FOR`: "Andrew Nori signed for the MEF"),
    or "the" and a people in the plural ("The Serbs accused", "The Palestinians rejected"), not fighters
    (`CUES.ARMED_PLURALS`)?"""
    opening = CUES.ARTICLE_OPENING.match(match.group("name"))
    if not opening:
        return (re.fullmatch(CUES.BODY_DEED_VERBS, match.group("verb")) is not None
                and not CUES.SIGNED_FOR.match(match.string, match.start("verb")))
    word = opening.group("word")
    return word not in CUES.ARMED_PLURALS and (word.endswith("s") or is_demonym(word) or is_demonym(word[:-1]))


def a_people(word: str) -> bool:
    """Is the word a people or a creed's faithful in the plural ("Christians", "Muslims"): many, no person's surname?"""
    return word.endswith("s") and (is_demonym(word[:-1]) or word[:-1] in CUES.CREED_WORDS)


def a_body_told(match: re.Match) -> bool:
    """Does English tell the verb's subject is a body, no person: an article before it ("the Islamic Jihad said"),
    a creed or cause as its first word ("Islamic Jihad said"), "its" as the next thing its sentence owns ("Goldman
    Sachs said its clients")?"""
    text, start = match.string, match.start("name")
    return (CUES.ARTICLE_BEFORE.search(text, max(0, start - 8), start) is not None
            or match.group("name").split()[0] in CUES.CREED_WORDS or CUES.ITS_AFTER.match(text, match.end()) is not None)


def after_place_word(match: re.Match, name: str) -> bool:
    """Whether the word before `name` (the match's name, trimmed) is one a place follows ("In Khankendi
    Harutyunyan said")."""
    start = match.string.find(name, match.start("name"))
    before = match.string[max(0, start - 12):start].split()
    return bool(before) and before[-1].lower() in PLACE_PREPOSITIONS


def article_before(match: re.Match, name: str) -> bool:
    """Does "the" stand right before `name` (the match's name, trimmed): a body's name, no person's?"""
    start = match.string.find(name, match.start("name"))
    return CUES.ARTICLE_BEFORE.search(match.string, max(0, start - 8), start) is not None


def _entity_id(name: str, pattern: re.Pattern, match: re.Match) -> str:
    """The slug of the name; "separatist authorities" and "separatists" are one entity of the source, "rebel
    fighters" and "rebels" another; "the Saudi-led military coalition" is "the Saudi-led coalition"; a state's
    mission takes its town when the text names it, so that two of one state are two ("the US Embassy in Baghdad",
    "the US Embassy in Kabul")."""
    if pattern is MISSION and match.group("city"):
        return name_id(f"{name} in {match.group('city')}")
    if pattern is REBELS:
        return SIDE_FORCES if armed_rebels(name) else "separatists"
    if pattern is LABELLED_REBELS:
        return SIDE_FORCES
    if pattern is LED:
        words = name.split()
        return name_id(f"{words[0]} {words[-1]}")
    return name_id(name)


def _label(match: re.Match, pattern: re.Pattern) -> str | None:
    """The label of a name whose mention holds other words or fewer, else None: a body named by who leads it after
    "led by" is labelled as the compound names one ("a coalition led by Saudi Arabia" is the "Saudi Arabia-led
    coalition"); a state's mission by its state's word and its kind ("the Chinese embassy"), the word staying the
    state's mention."""
    if pattern is LED_BY_KIND:
        return f"{match.group('leader')}-led {match.group('kind')}"
    if pattern is MISSION:
        return f"{match.group('owner')} {match.group('name')}"
    return None
