"""Killings and attacks told by blows and hand weapons: "two guards were hacked to death", "they came at us with clubs".

Rules of `triggers.Triggers` (the cue words and why: `claimgraph.lang.en.melee`): `to_death` yields a Killing
trigger on a verb of blows before "to death", `came_at` an Attack trigger on "came at" someone with a weapon,
`shot_people` an Attack (a Killing: "shot dead") on "shot" said of people. A first-hand account tells its fight in
these words, with no word of the lexicon (or none it reads without armed men before it), so the fight is otherwise
lost.
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
TITLES = cues("person_titles")  # TITLES_BEFORE: the title before a name shot ("shot Captain Camara")
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
    be = _passive_be(doc, found.start)
    victims = _passive_subject(doc, be) if be is not None else list(found[1:-2])
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


def shot_people(doc: Doc, name: str, told: set[int]) -> Iterator[Candidate]:
    """Each "shot" (`CUES.SHOT`) the lexicon's rules left unread (`told`: the characters where the event words found
    start) whose victims are people (`_shot_victims`), in a clause that tells no event word of its own
    (`named_deaths.told_in_its_clause`: "two guards were shot in the attack" are the attack's), nor in a sentence of
    pictures or medicine (`CUES.SHOT_OTHER_SENSES`). "shot dead" (`CUES.SHOT_DEAD`) is a Killing, any other an
    Attack."""
    for verb in cue_spans(doc, CUES.SHOT):
        after = doc[verb.end:verb.end + 1].text.lower()
        if (verb.start_char in told or after in CUES.SHOT_NOT_AFTER or _a_noun_or_moved(doc, verb.start, verb.end)
                or told_in_its_clause(doc, verb, told) or any(t.lower_ in CUES.SHOT_OTHER_SENSES for t in verb.sent)):
            continue
        dead = after in CUES.SHOT_DEAD
        if _shot_victims(doc, verb.start, verb.end + dead):
            yield Candidate(verb.start_char, verb.end_char, "trigger", "Killing" if dead else "Attack", name)


def _a_noun_or_moved(doc: Doc, start: int, end: int) -> bool:
    """Is the "shot" at doc[start:end] the noun (`CUES.SHOT_NOUN_AFTER` before it: "His shot hit the teacher"), or a
    pronoun it shot moved somewhere (`CUES.SHOT_PRONOUN_MOVED` after the pronoun, not "to death": "Her goal shot them
    to the top of the table", "She shot him down")?"""
    if start > 0 and doc[start - 1].lower_ in CUES.SHOT_NOUN_AFTER:
        return True
    words = [t.lower_ for t in doc[end:end + 3]]
    return (len(words) > 1 and words[0] in CUES.PERSON_OBJECTS and words[1] in CUES.SHOT_PRONOUN_MOVED
            and words[1:3] != ["to", "death"])


def _shot_victims(doc: Doc, verb: int, after: int) -> bool:
    """Are the ones the verb at doc[verb] shot people: before a passive (`CUES.PASSIVE_BE`, adverbs in -ly between)
    its subject (`_passive_subject`), else its object from doc[after] on (`_shot_object`)? A word of people or a
    person's pronoun (`_person`, without its reading of any capitalised word), "those who" (`CUES.THOSE_WHO`), or a
    name after a person's title (`TITLES.TITLES_BEFORE`: "shot Captain Camara"), as "to death" reads them."""
    be = _passive_be(doc, verb)
    passive = be is not None
    if passive:
        victims = _passive_subject(doc, be)
    else:
        victims = _shot_object(doc, after)
        if _second_object(doc, victims):
            return False  # "shot him a look", "shot the president a question"
        victims = _without_possessive(victims)
    sent = doc[verb].sent
    return any(_person(t, headline=True) or t.lower_ in CUES.SUBJECT_PRONOUNS
               or (t.lower_, doc[t.i + 1:t.i + 2].text.lower()) == CUES.THOSE_WHO
               or (t.text[:1].isupper() and TITLES.TITLES_BEFORE.search(doc.text, sent.start_char, t.idx))
               for t in victims)


def _shot_object(doc: Doc, start: int) -> list:
    """The words of the object from doc[start]: at most `CUES.SHOT_OBJECT_REACH`, in its sentence, up to a preposition,
    a mark or a word of `CUES.SHOT_OBJECT_STOPS` ("shot a glance at her": "a glance")."""
    words = []
    for token in doc[start:min(doc[start].sent.end, start + CUES.SHOT_OBJECT_REACH)] if start < len(doc) else ():
        if not token.is_alpha or token.lower_ in TRIGGERS.PREPOSITIONS or token.lower_ in CUES.SHOT_OBJECT_STOPS:
            break
        words.append(token)
    return words


def _second_object(doc: Doc, words: list) -> bool:
    """Does a second object open in the object `words` right after a person (`_person`) or a pronoun: an article of
    `CUES.SHOT_DOUBLE_OBJECT` not before a count of shots (`CUES.SHOT_AGAIN`)? "shot him a look" and "shot the
    president a question" gave a look, a question; "shot him a second time", "shot them behind the school" shot."""
    return any(t.lower_ in CUES.SHOT_DOUBLE_OBJECT and doc[t.i + 1:t.i + 2].text.lower() not in CUES.SHOT_AGAIN
               and (_person(person, headline=True) or person.lower_ in CUES.SUBJECT_PRONOUNS)
               for person, t in zip(words, words[1:]))


def _without_possessive(words: list) -> list:
    """The object `words` without a first "her" that is whose the next word is (`CUES.SHOT_POSSESSIVE`: "shot her gun
    into the air"); kept before a word of how she was shot (`CUES.SHOT_HOW`, an adverb: "shot her twice")."""
    if len(words) < 2 or words[0].lower_ not in CUES.SHOT_POSSESSIVE:
        return words
    how = words[1].lower_ in CUES.SHOT_HOW or words[1].lower_.endswith(CUES.ADVERB_SUFFIX)
    return words if how else words[1:]


def _passive_be(doc: Doc, verb: int) -> int | None:
    """Where the passive auxiliary (`CUES.PASSIVE_BE`) of the verb at doc[verb] stands, adverbs in -ly
    (`CUES.ADVERB_SUFFIX`) between ("was brutally beaten"), in its sentence; None if the verb is no passive."""
    be = verb - 1
    while be > doc[verb].sent.start and doc[be].lower_.endswith(CUES.ADVERB_SUFFIX):
        be -= 1
    return be if be >= doc[verb].sent.start and doc[be].lower_ in CUES.PASSIVE_BE else None


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
