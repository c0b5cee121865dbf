"""Whose "now" a date is read against, where the source's date is not the whole answer (used by `anchor`).

A quotation speaks from its speaker's time: "Today we say: enough is enough," read in a retrospective of 2013 that
quotes a declaration of 1994, is no day of 2013 the story moved to; a date counted from the source's date inside
quotation marks moves no story time (`quoted`).
"""

from __future__ import annotations

from ...lang import cues
from ...model import Mention

CUES = cues("dates")  # the cue words and patterns, of every language (claimgraph.lang)


def quoted(text: str, mention: Mention) -> bool:
    """Does the mention stand inside quotation marks of its line: after an odd number of straight double quotes, or
    after an opening curly quote that no closing one follows before it? Counted from the line's start, so that a stray
    quote in one entry of a chronology leaves the next entries unquoted."""
    return quoted_at(text, mention.start)


def quoted_at(text: str, start: int) -> bool:
    """Does the position `start` stand inside quotation marks of its line (`quoted`)?"""
    before = text[text.rfind("\n", 0, start) + 1:start]
    curly = max(map(before.rfind, CUES.OPENING_QUOTES)) > max(map(before.rfind, CUES.CLOSING_QUOTES))
    return curly or before.count('"') % 2 == 1
