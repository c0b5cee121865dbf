"""Subtitles: the cue numbers and timecodes of a subtitle file (SubRip, WebVTT) are no words of what is said.

A subtitle file cuts its speech into cues of two lines each, every cue under its number and its timecode
("12\n00:00:46,300 --> 00:00:51,200\nAs the paratroops cleared the runway,\nrebels marched a column of hostages\n\n13
\n00:00:51,200 --> 00:00:55,800\ninto the Avenue Sergent Ketele\nand opened fire on them."). Read as it is written, a
sentence is broken at every cue, its subject in one paragraph and its verb in the next, and the numbers and
timecodes become words of it (a count, a time of day). `plain` makes each cue's number and timecode spaces, and a
sound note alone on its line ("[GUNFIRE]", "(MUSIC)"), and joins a line to the next, in its cue or the next cue,
where it goes on (it ends in a lower-case letter or a comma: no sentence end, no caption in capitals) and the next
opens no speaker's turn (a name after a dash, "- A rescued teacher,"; a speaker's tag, "COLONEL DIALLO: We held
them."): the white space between them, line breaks and the blank line
between two cues, becomes spaces. Subtitle lines are cut at a width, never where the speaker paused. The text keeps
its length, so every kept word stands at its offset in the file (a gold quote, a reader's search find it there); the
cost is a run of spaces where a cue's header stood, which rules that reach a number of characters see as distance.
A text with fewer than `MIN_CUES` timecodes is no subtitle file and is left as it is.
"""

from __future__ import annotations

import re

MIN_CUES = 3
_TIME = r"(?:\d{1,2}:)?\d{2}:\d{2}[,.]\d{3}"
_CUE = re.compile(rf"^(?:[ \t]*\d{{1,6}}[ \t]*\r?\n)?[ \t]*{_TIME}[ \t]*-->[ \t]*{_TIME}[^\r\n]*", re.MULTILINE)
_SOUND = re.compile(r"^[ \t]*(?:\[[^\]\r\n]{1,40}\]|\([^)\r\n]{1,40}\))[ \t]*$", re.MULTILINE)
_GAP = re.compile(r"[^\S\n]*\n\s*")  # white space with a line break in it
# a new speaker's turn: a dash ("- A rescued teacher,") or a speaker's tag ("COLONEL DIALLO:", "NARRATOR (V.O.):")
_TURN = re.compile(r"[-–—]\s|[A-Z][\w'’.\-]*(?:[ \t]+[A-Z][\w'’.\-]*){0,3}(?:[ \t]*\([^)\r\n]*\))?[ \t]*:\s")


def plain(text: str) -> str:
    """The text with its cues' numbers, timecodes and sound notes made spaces, and each line that goes on joined to
    the next (see the module docstring); the text as it is if it is no subtitle file."""
    cues = list(_CUE.finditer(text))
    if len(cues) < MIN_CUES:
        return text
    chars = list(text)
    for match in [*cues, *_SOUND.finditer(text)]:
        _blank(chars, match.start(), match.end())
    blanked = "".join(chars)
    for gap in _GAP.finditer(blanked):
        if gap.start() and _goes_on(blanked, gap.start(), gap.end()):
            chars[gap.start():gap.end()] = " " * (gap.end() - gap.start())
    return "".join(chars)


def _blank(chars: list[str], start: int, end: int) -> None:
    """Spaces for every character of chars[start:end] but the line breaks."""
    for i in range(start, end):
        if chars[i] not in "\r\n":
            chars[i] = " "


def _goes_on(text: str, before: int, after: int) -> bool:
    """Does the line ending at `before` go on in the line that begins at `after` (in its cue or the next)?"""
    last = text[before - 1]
    return (last.islower() or last == ",") and not _TURN.match(text, after)
