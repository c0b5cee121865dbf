"""A named person's death: "Sergeant Labalaba, a Fijian, died at the gun pit", "Piroth killed himself".

A rule of `triggers.Triggers` beside `deaths` (a toll by a number): `named_deaths` yields a Killing trigger on a verb
of dying whose subject is a name (the cues and why: `claimgraph.lang.en.named_deaths`).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span

from ..lang import cues
from .armed import capitalised_start
from .base import Candidate, cue_spans
from .deaths import dead_told
from .moves import antecedent

CUES = cues("named_deaths")
DEATHS = cues("deaths")
DATES = cues("dates")  # MONTHS: a death dated alone (`_dated_only`)
FALLS = cues("falls")  # "the" before or in a run of capitals: no name (`NO_PLACE_ARTICLES`)
CLASS = "Killing"


def named_deaths(doc: Doc, name: str, told: set[int], not_people: frozenset[str]) -> Iterator[Candidate]:
    """Each verb of dying (`CUES.NAMED_DYING`) whose subject is a name (`_named_subject`) that is none of `not_people`
    (the gazetteer's lower-case names of states, forces and places), in a clause with no event word (`told`: the
    characters where the event words found start; `told_in_its_clause`), not dated alone (`_dated_only`), and a
    sentence with no cause of death no arms give (`DEATHS.NO_HAPPENING`, `CUES.NATURAL_CAUSES`)."""
    for verb in cue_spans(doc, CUES.NAMED_DYING):
        sent = verb.sent
        if verb[0].lower_ == "dead" and not dead_told(doc, verb.start, CUES.DEAD_AFTER):
            continue
        if told_in_its_clause(doc, verb, told) or _dated_only(doc, verb) or any(
                t.lower_ in DEATHS.NO_HAPPENING or t.lower_ in CUES.NATURAL_CAUSES for t in sent):
            continue
        reflexive = " ".join(verb.text.lower().split()) in CUES.VERB_FORMS
        if _named_subject(doc, _past_auxiliaries(doc, verb.start), not_people, reflexive):
            yield Candidate(verb.start_char, verb.end_char, "trigger", CLASS, name)


def _dated_only(doc: Doc, verb: Span) -> bool:
    """Is the verb followed by a time alone to its clause's end (`CUES.DATED_BY`, then numbers, month names and
    `CUES.DATED_FILLERS` up to a mark)? "Pope Pius XII died in 1958." dates a life's end; "Sergeant Diallo died at the
    gun pit on 3 May" tells where, in a telling of war."""
    after = doc[verb.end:verb.sent.end]
    if len(after) < 2 or after[0].lower_ not in CUES.DATED_BY:
        return False
    for token in after[1:]:
        if token.is_punct:
            return True
        if not (token.like_num or token.lower_ in DATES.MONTHS or token.lower_ in CUES.DATED_FILLERS):
            return False
    return True


def told_in_its_clause(doc: Doc, verb: Span, told: set[int]) -> bool:
    """Does an event word (`told`) stand in the verb's sentence with no clause join (`CUES.CLAUSE_JOIN`) between them?
    "Dr Carlson died in the attack" tells the attack's dead; "Rebels claimed the capture of Mopti, and Sergeant Diallo
    was dead" tells a death in a clause of its own."""
    sent = verb.sent
    return any(sent.start_char <= c < sent.end_char and CUES.CLAUSE_JOIN.search(
        doc.text, min(c, verb.start_char), max(c, verb.start_char)) is None for c in told)


def _past_auxiliaries(doc: Doc, i: int) -> int:
    """Where the subject of the verb at doc[i] ends: before the auxiliaries and adverbs just before it ("had died",
    "was dead", "later died", "reportedly died": `CUES.DEATH_GAP`, a word in -ly)."""
    start = doc[i].sent.start
    while i > start and (doc[i - 1].lower_ in CUES.DEATH_GAP or (doc[i - 1].is_lower and doc[i - 1].text.endswith("ly"))):
        i -= 1
    return i


def _named_subject(doc: Doc, end: int, not_people: frozenset[str], reflexive: bool) -> bool:
    """Does a name (`_name_before`) end just before doc[end], or before the aside that ends there
    (`moves.antecedent`: "Sergeant Labalaba, a Fijian, died")?"""
    return any(_name_before(doc, k, not_people, reflexive) for k in {end, antecedent(doc, end)})


def _name_before(doc: Doc, end: int, not_people: frozenset[str], reflexive: bool) -> bool:
    """Is the run of capitalised words that ends before doc[end] (`armed.capitalised_start`) a name: none of `not_people`, no
    "the" in it or before it, no count nor pronoun ("Hundreds died", "He died": `CUES.NOT_NAMES`, `DEATHS.COUNT_WORDS`)?
    A lone word opening its sentence has its capital from the sentence ("Democracy died in 1973", "Soldiers died at
    the front"): a name only before a verb that tells a person (`reflexive`: "Piroth killed himself")."""
    opening = doc[end - 1].sent.start if end > 0 else 0
    start = capitalised_start(doc, end, opening)
    if start == end:
        return False
    if start == opening and end - start == 1 and not reflexive:
        return False
    words = doc[start:end]
    before = doc[start - 1].lower_ if start > opening else ""
    return (before not in FALLS.NO_PLACE_ARTICLES and words.text.lower() not in not_people and not any(
        t.lower_ in FALLS.NO_PLACE_ARTICLES or t.lower_ in CUES.NOT_NAMES or t.lower_ in DEATHS.COUNT_WORDS
        or t.like_num for t in words))
