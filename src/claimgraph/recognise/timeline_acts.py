"""A chronology's present "is killed": "17 August - Egypt's President is killed when his car explodes near Cairo".

A filter of `triggers.Triggers` (`untimed_present`): the present passive of killing names a killing only in a
chronology's entry, with no word of habit in its sentence and no attack named right after it that is the act (the cue
words: `claimgraph.lang.en.timeline_acts`). Chronologies tell in the present; elsewhere the present tells what happens
again and again, or in a story.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..lang import cues
from .armed import capitalised_start
from .base import text_of
from .name_checks import title_case

CUES = cues("timeline_acts")
TRIGGERS = cues("triggers")  # its weapons (`_attack_after`), the words of a thing's name (`_named_subject`)


def untimed_present(doc: Doc, start: int, end: int) -> bool:
    """Is doc[start:end] a present passive of killing outside a chronology's entry, or in a sentence of habit, or
    before an attack that tells the act ("is killed in a bomb blast")?"""
    if " ".join(t.lower_ for t in doc[start:end]) not in CUES.PRESENT_KILLED:
        return False
    text = text_of(doc)
    line = text.rfind("\n", 0, doc[start].idx) + 1
    if not CUES.TIMELINE_ENTRY.match(text, line) and not _named_subject(doc, start, end, line):
        return True
    return any(t.lower_ in CUES.HABIT for t in doc[start].sent) or _attack_after(doc, end)


def _named_subject(doc: Doc, start: int, end: int, line: int) -> bool:
    """Is the subject before the present passive doc[start:end] a person's name: a run of `CUES.NAMED_SUBJECT_WORDS`
    capitalised words at least (`armed.capitalised_start`) with no article (`CUES.ARTICLES`) in or before it, neither
    opened nor ended by a word of a thing (`NAMED_THING_OPENERS`, `NAMED_THING_ENDS` of `lang.en.triggers`, as for a
    name killed: `killings._person_after`), no word of `CUES.NAMED_NOT_AFTER` after the verb, in a sentence that is no
    Title Case headline (`name_checks.title_case`) and a line (from character `line` on) with no word of a story, a
    game or a figure of polls and markets (`CUES.FICTION`)? "Fireman Duane Hodges is killed" is one man's death told in
    the present; "The Hero Is Killed", "In the film James Bond is killed", "Project Titan is killed", "Lewis Hamilton
    is killed by a slow pit stop" none. A plural "are killed" (`CUES.PLURAL_KILLED`) needs an "and" (`CUES.AND`)
    before the name in its sentence: two people named, not a team."""
    sent = doc[start].sent
    first = capitalised_start(doc, start, sent.start)
    if start - first < CUES.NAMED_SUBJECT_WORDS or title_case(sent.text) \
            or any(t.lower_ in CUES.ARTICLES for t in doc[max(sent.start, first - 1):start]) \
            or doc[first].lower_ in TRIGGERS.NAMED_THING_OPENERS or doc[start - 1].lower_ in TRIGGERS.NAMED_THING_ENDS \
            or end < len(doc) and doc[end].lower_ in CUES.NAMED_NOT_AFTER:
        return False
    if doc[start].lower_ == CUES.PLURAL_KILLED and not any(t.lower_ == CUES.AND for t in doc[sent.start:first]):
        return False  # "Real Madrid are killed off": a team's plural name
    return not any(t.lower_ in CUES.FICTION for t in _line(doc, start, line))


def _line(doc: Doc, i: int, line: int) -> Span:
    """The words of doc[i]'s line (from character `line` to the next line break): found by their characters, not by
    walking every word of the doc for each verb."""
    text = text_of(doc)
    line_end = text.find("\n", doc[i].idx)
    return doc.char_span(line, len(text) if line_end < 0 else line_end, alignment_mode="expand")


def _attack_after(doc: Doc, end: int) -> bool:
    """Does "in a" open an attack's phrase at doc[end], its word (`CUES.ATTACK_WORDS`, a weapon) within
    `CUES.KILLED_IN_REACH` words after the article?"""
    if end >= len(doc):
        return False
    found = CUES.KILLED_IN.match(text_of(doc), doc[end - 1].idx + len(doc[end - 1]))
    if not found:
        return False
    after = [t for t in doc[end:end + 2 + CUES.KILLED_IN_REACH] if t.idx >= found.end()]
    return any(t.lower_ in CUES.ATTACK_WORDS or t.lower_ in TRIGGERS.WEAPONS for t in after[:CUES.KILLED_IN_REACH])
