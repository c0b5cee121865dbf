"""A chronology's present "is killed": "17 August - Egypt's President is killed when his car explodes near Cairo".

A filter of `triggers.Triggers` (`untimed_present`): the present passive of killing names a killing only in a
chronology's entry, with no word of habit in its sentence and no attack named right after it that is the act (the cue
words: `claimgraph.lang.en.timeline_acts`). Chronologies tell in the present; elsewhere the present tells what happens
again and again, or in a story.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..lang import cues
from .base import text_of

CUES = cues("timeline_acts")
WEAPONS = cues("triggers").WEAPONS


def untimed_present(doc: Doc, start: int, end: int) -> bool:
    """Is doc[start:end] a present passive of killing outside a chronology's entry, or in a sentence of habit, or
    before an attack that tells the act ("is killed in a bomb blast")?"""
    if " ".join(t.lower_ for t in doc[start:end]) not in CUES.PRESENT_KILLED:
        return False
    text = text_of(doc)
    if not CUES.TIMELINE_ENTRY.match(text, text.rfind("\n", 0, doc[start].idx) + 1):
        return True
    return any(t.lower_ in CUES.HABIT for t in doc[start].sent) or _attack_after(doc, end)


def _attack_after(doc: Doc, end: int) -> bool:
    """Does "in a" open an attack's phrase at doc[end], its word (`CUES.ATTACK_WORDS`, a weapon) within
    `CUES.KILLED_IN_REACH` words after the article?"""
    if end >= len(doc):
        return False
    found = CUES.KILLED_IN.match(text_of(doc), doc[end - 1].idx + len(doc[end - 1]))
    if not found:
        return False
    after = [t for t in doc[end:end + 2 + CUES.KILLED_IN_REACH] if t.idx >= found.end()]
    return any(t.lower_ in CUES.ATTACK_WORDS or t.lower_ in WEAPONS for t in after[:CUES.KILLED_IN_REACH])
