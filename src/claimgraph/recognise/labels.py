"""Labelled lines: a speaker's tag or a field's name at the head of a line, and the lists written under one.

A hearing transcript, an interview, a film script, an e-mail's headers, a form and a meeting's minutes open their
lines with a label and a colon ("MS NANGOLO: It was the 4th of May.", "NARRATOR (V.O.):", "Date: 14 May 2004",
"Present:"). The label says who speaks or what the field holds, and is no word of the sentence after it: read as one
with it, a speaker's name becomes the subject of what they say ("MS ODUYA: Tell us about the attack." made an
attack by Oduya), and the fields of a header run together into one sentence. So a label is a sentence of its own
(its names are still named, in the paragraph they stand in), and what follows it begins another. A label that ends
its line heads a list when no line under it ends a sentence ("Present:\nThe Rt Hon ... Prime Minister\nThe Rt Hon
... Secretary of State for Defence"): each item is a sentence of its own, not one run-on sentence of names and
offices.

The shape of a label: at most four capitalised words in capitals, a parenthesis of the same after them ("(V.O.)"),
or at most three words in title case ("Also Present", "Interviewer"), then a colon that ends the line or is followed
by a space. A label followed by words on its line is read as one only where at least `MIN_LABELS` lines of the text
open with a label: a single line "Result: the army withdrew" is a sentence with a colon. "Beijing's version: the
plane veered" and "The army said: ..." are no labels by shape.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..lang import cues

if TYPE_CHECKING:  # the type only: spaCy is loaded when a text is read, never on import
    from spacy.tokens import Doc

_DATES = cues("dates")
MIN_LABELS = 3  # labelled lines in a text before any line's label is read as one
_CAPS = r"[A-Z][A-Z'’.\-]*(?:[ \t]+[A-Z][A-Z'’.\-]*){0,3}(?:[ \t]*\([A-Z][A-Z'’.\- ]*\))?"
# "Also Present", "Reported by", "Place of incident"
_TITLE = rf"[A-Z][a-z]+(?:[ \t]+(?:[A-Z][a-z]+|{cues('labels').LABEL_JOINERS})){{0,2}}"
_LABEL = re.compile(rf"^[^\S\r\n]*(?:{_CAPS}|{_TITLE})(?=[^\S\r\n]*:(?:[^\S\r\n]|$))", re.MULTILINE)
_COLON = re.compile(r"[^\S\r\n]*:\s*")
_ENDS_LINE = re.compile(r"[^\S\r\n]*:[^\S\r\n]*(?:\r|\n|$)")
_LINE = re.compile(r"[^\r\n]+")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s*$")
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")


def starts(text: str) -> list[int]:
    """The offsets of the text where a sentence must begin: each line-head label, what follows it (past the colon),
    and each item of a list under a label that ends its line (`_items`). Where fewer than `MIN_LABELS` lines open with
    a label, only a label alone on its line is one ("Present:", "NARRATOR (V.O.):"): a line of prose never ends so.
    A day's or a month's name is no label but the time of what the line tells ("Monday: Rebels seized the airport."):
    the line stays one sentence, its date with its event (`_is_time`). A line a chat or a log stamps with its day and
    time opens a sentence too (`LINE_STAMP`: "[27/06 14:32] Marko: ...")."""
    matches = [m for m in _LABEL.finditer(text) if not _is_time(m.group())]
    if len(matches) < MIN_LABELS:
        matches = [m for m in matches if _ENDS_LINE.match(text, m.end())]
    found = [(m.start() + len(m.group()) - len(m.group().lstrip()), m.end()) for m in matches]
    out = []
    for (start, end), after in zip(found, [*(s for s, _ in found[1:]), len(text)]):
        value = _COLON.match(text, end).end()
        out += [start, *_items(text, value, min(after, _paragraph_end(text, value)), "\n" in text[end:value])]
    out += [m.start("day") - (text[m.start("day") - 1:m.start("day")] == "[") for m in _DATES.LINE_STAMP.finditer(text)]
    return sorted(set(o for o in out if o < len(text)))


def _is_time(label: str) -> bool:
    """Is the label a weekday's or a month's name ("Monday", "MARCH")?"""
    word = label.strip().lower()
    return word in _DATES.MONTHS or word.capitalize() in _DATES.WEEKDAYS


def _paragraph_end(text: str, start: int) -> int:
    """Where the paragraph holding `start` ends (a blank line or the end of the text)."""
    blank = _BLANK_LINE.search(text, start)
    return blank.start() if blank else len(text)


def _items(text: str, start: int, end: int, ends_line: bool) -> list[int]:
    """Where the value of a label begins, and each of its lines when the label ended its line, no line of the value
    ends a sentence (a list of names under "Present:"; a script's speech under "NARRATOR:" ends its sentences) and none
    but the first begins in lower case (a sentence wrapped at a width under "Background:" goes on in its next line:
    "...Britain sent a task force\nwhich retook Port Stanley", an item of a list begins anew)."""
    lines = [m for m in _LINE.finditer(text, start, end) if m.group().strip()]
    if (not ends_line or len(lines) < 2 or any(_SENTENCE_END.search(m.group()) for m in lines)
            or any(m.group().lstrip()[:1].islower() for m in lines[1:])):
        return [start]
    return [m.start() + len(m.group()) - len(m.group().lstrip()) for m in lines]


def cut(doc: Doc, offsets: list[int]) -> None:
    """Make a sentence begin at the token that starts at each of `offsets` (characters of the doc's text)."""
    if not offsets:
        return
    at = {token.idx: token for token in doc}
    for offset in offsets:
        token = at.get(offset)
        if token is not None and token.i > 0:
            token.is_sent_start = True
