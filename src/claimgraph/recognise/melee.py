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
    """Does a word of people or a person's pronoun (`PEOPLE`, a plural in `CUES.PEOPLE_SUFFIX`; a subject's,
    `CUES.SUBJECT_PRONOUNS`, only right before a passive, `CUES.PASSIVE_BE`), or a name (a
    capitalised word inside the sentence), stand in the sentence before the end of `found` ("Two guards were hacked to
    death", "a mob beat Mr Ode to death")? "The topic has been beaten to death", "POLICE BEAT TEMPERATURES TO DEATH"
    (capitals of a headline: no name) kill no one."""
    sent = found.sent
    passive = found.start > sent.start and doc[found.start - 1].lower_ in CUES.PASSIVE_BE
    return any(t.lower_ in PEOPLE or (t.lower_.endswith(CUES.PEOPLE_SUFFIX) and t.is_alpha)
               or (passive and t.lower_ in CUES.SUBJECT_PRONOUNS)
               or (t.i > sent.start and t.text[:1].isupper() and not t.text.isupper())
               for t in doc[sent.start:found.end])


def came_at(doc: Doc, name: str) -> Iterator[Candidate]:
    """Each "came at" (`CUES.CAME_AT`) with "with" (`CUES.WITH`) in the `CUES.OBJECT_REACH` words after it and a
    weapon (`CUES.HAND_WEAPONS`, the lexicon's `TRIGGERS.WEAPONS`) in the `CUES.WEAPON_REACH` words after that, in its
    sentence; not at "each other" (`CUES.RECIPROCAL`: a bout of two)."""
    for verb in cue_spans(doc, CUES.CAME_AT):
        after = doc[verb.end:min(verb.sent.end, verb.end + CUES.OBJECT_REACH + 1)]
        at = next((t.i for t in after if t.lower_ == CUES.WITH), None)
        if at is None or after[:2].text.lower() in CUES.RECIPROCAL:
            continue
        armed = doc[at + 1:min(verb.sent.end, at + 1 + CUES.WEAPON_REACH)]
        if any(t.lower_ in CUES.HAND_WEAPONS or t.lower_ in TRIGGERS.WEAPONS for t in armed):
            yield Candidate(verb.start_char, verb.end_char, "trigger", "Attack", name)
