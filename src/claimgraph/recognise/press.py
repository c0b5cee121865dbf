"""Papers and broadcasters named by a press review's or a monitoring digest's layout.

A press review opens each entry with the paper's name, what it is and where it appears in brackets, and the day it
spoke: "Le Soleil (Dakar, government daily), Tuesday:", "Wal Fadjri (Dakar), Friday, was more cautious". A monitoring
digest opens each entry with the broadcaster, told by its town, its kind or language, and the hour: "Algiers home
service in French 1900 gmt 28 Oct 63:", "Rabat radio in Arabic 1200 gmt". The paper or the broadcaster is the actor who
says what the entry reports, a cg:Organization; the town inside its name is no place of the story. A name of words none
of which is capitalised, or brackets that hold neither a kind of paper (their last words, after a town) nor a town
before a weekday, name no paper ("Kofi Annan (Ghana) said", "General Aoun (speaking to a weekly paper)"). Only at the
opening of a paragraph: in running prose the same shapes are a person's birthplace or a glossed term.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..lang import cues
from .base import Candidate, name_id, text_of
from .name_shapes import WORD, name_of

NAME = "press.v5"  # v5: "arap" joins a name (name_shapes); v4: "y" joins a name only before its last word (name_shapes)
CUES = cues("press")

_LINE_SPACE = r"[ \t]"  # a paper's name keeps to its line
_PAPER = re.compile(rf"(?P<name>{name_of(0, 3, _LINE_SPACE)})[ \t]*\((?P<inside>[^()\n]{{1,60}})\)"
                    rf"(?P<day>,[ \t]*{CUES.WEEKDAY}\b)?")
_TOWN_ONLY = re.compile(rf"{WORD}(?:[ \t]+{WORD})?")
_KIND_ONLY = re.compile(rf"(?:{_TOWN_ONLY.pattern},[ \t]*)?{CUES.PAPER_KIND}")  # "Dakar, government daily"
_BROADCAST = re.compile(rf"(?P<town>{WORD}(?:[ \t]+{WORD})?)(?:[ \t]+(?P<kind>{CUES.BROADCAST_KINDS}))?"
                        rf"(?:[ \t]+(?P<language>{CUES.BROADCAST_LANGUAGE}))?[ \t]+{CUES.BROADCAST_TIME}")


def mastheads(doc, found: list[Candidate]) -> list[Candidate]:
    """`found` with the paper or broadcaster that opens the block (module docstring) in place of what it overlaps."""
    text = text_of(doc)
    head = _paper(text) or _broadcaster(text)
    if head is None:
        return found
    kept = [c for c in found if c.end <= head.start or head.end <= c.start]
    return sorted([*kept, head], key=lambda c: (c.start, c.end))


def _paper(text: str) -> Candidate | None:
    """A press review's paper: its name, and brackets that say it is a paper or give its town before a weekday."""
    match = _PAPER.match(text)
    if not match:
        return None
    inside = match.group("inside").strip()
    if not (_KIND_ONLY.fullmatch(inside) or match.group("day") and _TOWN_ONLY.fullmatch(inside)):
        return None
    return Candidate(match.start("name"), match.end("name"), "entity", "Organization", NAME,
                     entity=name_id(match.group("name")))


def _broadcaster(text: str) -> Candidate | None:
    """A monitoring digest's broadcaster: its town and its kind (or, without one, its language) before the hour;
    one entity for one town's broadcasts, "Radio <town>"."""
    match = _BROADCAST.match(text)
    if not match or not (match.group("kind") or match.group("language")):
        return None
    end = match.end("kind") if match.group("kind") else match.end("language")
    label = CUES.BROADCASTER_LABEL.format(town=match.group("town"))
    return replace(Candidate(0, end, "entity", "Organization", NAME, entity=name_id(label)), value=label)
