"""Killings and attacks told by blows and hand weapons: "two guards were hacked to death", "they came at us with clubs".

Rules of `triggers.Triggers` (the cue words and why: `claimgraph.lang.en.melee`): `to_death` yields a Killing
trigger on a verb of blows before "to death", `came_at` an Attack trigger on "came at" someone with a weapon. A
first-hand account tells its fight in these words, with no word of the lexicon, so the fight is otherwise lost.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span

from ..lang import cues
from .armed import subject_tokens
from .base import Candidate, cue_spans
from .name_checks import title_case
from .named_deaths import told_in_its_clause

CUES = cues("melee")
TRIGGERS = cues("triggers")  # WEAPONS: arms "came at" someone with; EXECUTED_PEOPLE, RELEASED_PEOPLE: who is killed
NAMES = cues("names")  # ROLES, KIN_WORDS, PROFESSIONS: one person beaten ("beat the village chief to death")
PEOPLE = (cues("deaths").DEAD_PEOPLE | TRIGGERS.EXECUTED_PEOPLE | TRIGGERS.RELEASED_PEOPLE | CUES.PERSON_OBJECTS
          | CUES.PERSON_NOUNS | set(NAMES.ROLES) | set(NAMES.KIN_WORDS) | set(NAMES.PROFESSIONS))


def to_death(doc: Doc, name: str, told: set[int]) -> Iterator[Candidate]:
    """Each verb of blows before "to death" (`CUES.TO_DEATH`) said of people (`_of_people`), with no event word in its
    clause (`told`: the characters where the event words found start; `named_deaths.told_in_its_clause`: "were hacked
    to death in the attack" are the attack's dead)."""
    for found in cue_spans(doc, CUES.TO_DEATH):
        verb = found[:1]
        if _of_people(doc, found) and not told_in_its_clause(doc, verb, told):
            yield Candidate(verb.start_char, verb.end_char, "trigger", "Killing", name)


def _of_people(doc: Doc, found: Span) -> bool:
    """Is what the verb of `found` beat people: its object (the words between the verb and "to death"), or before a
    passive (`CUES.PASSIVE_BE`, an adverb in -ly between: "was brutally beaten") its subject (`_passive_subject`)? A
    word of people (`PEOPLE`, a plural in `CUES.PEOPLE_SUFFIX` but none of `CUES.NOT_PEOPLE_MEN`), a person's pronoun
    (`CUES.PERSON_OBJECTS`, `CUES.SUBJECT_PRONOUNS`) or a name (`_person`) there: "Two
    guards were hacked to death", "a mob beat Mr Ode to death". The rest of the sentence tells no victim: "Villagers
    beat a leopard to death", "At Davos the idea was beaten to death", "POLICE BEAT TEMPERATURES TO DEATH" (capitals
    of a headline: no name) kill no one."""
    be = found.start - 1
    while be > found.sent.start and doc[be].lower_.endswith(CUES.ADVERB_SUFFIX):
        be -= 1
    passive = be >= found.sent.start and doc[be].lower_ in CUES.PASSIVE_BE
    victims = _passive_subject(doc, be) if passive else list(found[1:-2])
    headline = title_case(found.sent.text)
    return any(_person(t, headline) or t.lower_ in CUES.SUBJECT_PRONOUNS for t in victims)


def _person(token, headline: bool) -> bool:
    """Is the token a word of people or a person's pronoun (`PEOPLE`, `CUES.PERSON_OBJECTS`, a plural in
    `CUES.PEOPLE_SUFFIX` but none of `CUES.NOT_PEOPLE_MEN`), or a capitalised word of a name inside its sentence (not
    in capitals nor a Title Case headline, `headline`: "POLICE BEAT TEMPERATURES TO DEATH", "Pundits Have Beaten The
    Saga To Death")?"""
    word = token.lower_
    return (word in PEOPLE or word in CUES.PERSON_OBJECTS
            or (word.endswith(CUES.PEOPLE_SUFFIX) and token.is_alpha and word not in CUES.NOT_PEOPLE_MEN)
            or (not headline and token.i > token.sent.start and token.text[:1].isupper() and not token.text.isupper()))


def _passive_subject(doc: Doc, be: int) -> list:
    """The words of the subject before the passive's auxiliary doc[be] (`armed.subject_tokens`), from the last
    preposition or article (`CUES.SUBJECT_OPENERS`) on: "the idea" of "At Davos the idea was beaten", "of us" of "Two
    of us were beaten"."""
    tokens = subject_tokens(doc, be, CUES.SUBJECT_REACH)
    opened = max((k for k, t in enumerate(tokens) if t.lower_ in CUES.SUBJECT_OPENERS), default=0)
    return tokens[opened:]


def came_at(doc: Doc, name: str) -> Iterator[Candidate]:
    """Each "came at" (`CUES.CAME_AT`) with "with" (`CUES.WITH`) in the `CUES.OBJECT_REACH` words after it and a
    weapon (`CUES.HAND_WEAPONS`, the lexicon's `TRIGGERS.WEAPONS`) in the `CUES.WEAPON_REACH` words after that, in its
    sentence, at a person (`_person`, between "at" and "with": "came at us", "came at the guards"); not at "each
    other" (`CUES.RECIPROCAL`: a bout of two), nor at a time or a place ("The winner came at the death with a
    rocket", "The resignation came at a meeting with club officials"), nor a weapon of a figure (`_figurative`)."""
    for verb in cue_spans(doc, CUES.CAME_AT):
        after = doc[verb.end:min(verb.sent.end, verb.end + CUES.OBJECT_REACH + 1)]
        at = next((t.i for t in after if t.lower_ == CUES.WITH), None)
        if at is None or after[:2].text.lower() in CUES.RECIPROCAL:
            continue
        headline = title_case(verb.sent.text)
        if not any(_person(t, headline) for t in doc[verb.end:at]):
            continue
        armed = doc[at + 1:min(verb.sent.end, at + 1 + CUES.WEAPON_REACH)]
        if any((t.lower_ in CUES.HAND_WEAPONS or t.lower_ in TRIGGERS.WEAPONS) and not _figurative(doc, t.i)
               for t in armed):
            yield Candidate(verb.start_char, verb.end_char, "trigger", "Attack", name)


def _figurative(doc: Doc, i: int) -> bool:
    """Is the weapon doc[i] one of a figure of speech, a word of `CUES.FIGURATIVE_AFTER_WEAPON` right after it? "came
    at the Prime Minister with all guns blazing" is an attack of words."""
    return i + 1 < len(doc) and doc[i + 1].lower_ in CUES.FIGURATIVE_AFTER_WEAPON
