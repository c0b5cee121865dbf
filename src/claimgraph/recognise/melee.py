"""Killings and attacks told by blows and hand weapons: "two guards were hacked to death", "they came at us with clubs".

Rules of `triggers.Triggers` (the cue words and why: `claimgraph.lang.en.melee`): `to_death` yields a Killing
trigger on a verb of blows before "to death", `came_at` an Attack trigger on "came at" someone with a weapon. A
first-hand account tells its fight in these words, with no word of the lexicon, so the fight is otherwise lost.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span

from ..lang import cues
from .base import Candidate, cue_spans
from .name_checks import title_case
from .named_deaths import told_in_its_clause

CUES = cues("melee")
TRIGGERS = cues("triggers")  # WEAPONS: arms "came at" someone with; EXECUTED_PEOPLE, RELEASED_PEOPLE: who is killed
PEOPLE = cues("deaths").DEAD_PEOPLE | TRIGGERS.EXECUTED_PEOPLE | TRIGGERS.RELEASED_PEOPLE | CUES.PERSON_OBJECTS


def to_death(doc: Doc, name: str, told: set[int]) -> Iterator[Candidate]:
    """Each verb of blows before "to death" (`CUES.TO_DEATH`) said of people (`_of_people`), with no event word in its
    clause (`told`: the characters where the event words found start; `named_deaths.told_in_its_clause`: "were hacked
    to death in the attack" are the attack's dead)."""
    for found in cue_spans(doc, CUES.TO_DEATH):
        verb = found[:1]
        if _of_people(doc, found) and not told_in_its_clause(doc, verb, told):
            yield Candidate(verb.start_char, verb.end_char, "trigger", "Killing", name)


def _of_people(doc: Doc, found: Span) -> bool:
    """Is who `found` beats to death a person (`_person`): its object, the words between the verb and "to death"
    ("a mob beat Mr Ode to death"), or where none but those of a passive (`_passive_word`) stands there, the last word
    of its passive subject (`_passive_head`: "Two guards were shot and hacked to death", "He was beaten to death")?
    "Residents said the dog was beaten to death", "Fishermen clubbed the seals to death", "The topic has been beaten
    to death" kill no one."""
    between = [t for t in doc[found.start + 1:found.end - 2] if not _passive_word(t)]
    headline = title_case(found.sent.text)
    if between:
        return any(_person(t, headline) for t in between)
    head = _passive_head(doc, found.start)
    return head is not None and (_person(head, headline) or head.lower_ in CUES.SUBJECT_PRONOUNS)


def _passive_head(doc: Doc, i: int):
    """The last word of the subject of the verb at doc[i], past the words of its passive (`_passive_word`: "who was
    brutally", "were shot and"); None at the sentence's start."""
    k = i - 1
    while k >= doc[i].sent.start and _passive_word(doc[k]):
        k -= 1
    return doc[k] if k >= doc[i].sent.start else None


def _passive_word(token) -> bool:
    """Is the token a word of a passive's verb group, no one's name: `CUES.PASSIVE_SKIP`, a verb of blows, an adverb
    in `CUES.ADVERB_SUFFIX` ("were shot and hacked", "was brutally beaten")?"""
    word = token.lower_
    return word in CUES.PASSIVE_SKIP or word in CUES.BLOWS or word.endswith(CUES.ADVERB_SUFFIX)


def _person(token, headline: bool) -> bool:
    """Is the token a word of people or a person's pronoun (`PEOPLE`, a plural in `CUES.PEOPLE_SUFFIX`: "ferrymen"), or
    a capitalised word of a name (not in capitals or a Title Case headline, `headline`: "POLICE BEAT TEMPERATURES TO
    DEATH", "Pundits Have Beaten The Saga To Death")?"""
    return (token.lower_ in PEOPLE or (token.lower_.endswith(CUES.PEOPLE_SUFFIX) and token.is_alpha)
            or (not headline and token.is_alpha and token.text[:1].isupper() and not token.text.isupper()))


def came_at(doc: Doc, name: str) -> Iterator[Candidate]:
    """Each "came at" (`CUES.CAME_AT`) with "with" (`CUES.WITH`) in the `CUES.OBJECT_REACH` words after it and a
    weapon (`CUES.HAND_WEAPONS`, the lexicon's `TRIGGERS.WEAPONS`) in the `CUES.WEAPON_REACH` words after that, in its
    sentence, at a person (`_person`, between "at" and "with": "came at us", "came at the guards"); not at "each
    other" (`CUES.RECIPROCAL`: a bout of two), nor at a time or a place ("The winner came at the death with a rocket",
    "The resignation came at a meeting with club officials")."""
    for verb in cue_spans(doc, CUES.CAME_AT):
        after = doc[verb.end:min(verb.sent.end, verb.end + CUES.OBJECT_REACH + 1)]
        at = next((t.i for t in after if t.lower_ == CUES.WITH), None)
        headline = title_case(verb.sent.text)
        if at is None or after[:2].text.lower() in CUES.RECIPROCAL \
                or not any(_person(t, headline) for t in doc[verb.end:at]):
            continue
        armed = doc[at + 1:min(verb.sent.end, at + 1 + CUES.WEAPON_REACH)]
        if any(t.lower_ in CUES.HAND_WEAPONS or t.lower_ in TRIGGERS.WEAPONS for t in armed):
            yield Candidate(verb.start_char, verb.end_char, "trigger", "Attack", name)
