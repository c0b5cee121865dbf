"""Warships named by a navy's prefix ("INS Godavari and INS Betwa intercepted the vessel", "the aircraft carrier USS
George Washington") or by a kind of warship before the name ("the helicopter from the frigate Navarinon"; a list after
the kind in the plural: "the cruisers Orion and Superb") -> a cg:ArmedForce: a commissioned ship is a unit of its navy,
and a text tells what it did as of any unit ("intercepted", "fired on"). Without this the name is read as nothing, or as
the town or county it honours ("Harlan County"), which `recognise.stack._ships` then drops. A state's word after a kind
("the destroyer Russia sent") is the subject of a clause, no ship's name; a kind of body after a prefix, or an office
that is no title ("INS Commissioner Doris Meissner": the immigration service) names no ship. A title may open a ship's
name after a prefix ("ARA General Belgrano", "HMS Queen Elizabeth"); after a kind it names the person who commands,
inspects or boards the ship ("the frigate Captain Lopez commanded"). A ship of a kind that bears no arms ("the freighter
Figen Akat", "the supply ship Rio Escondido") is a cg:Organization, its crew: what it did or suffered is told of it as
of any body ("ran aground", "was sunk"). A hull number ("HQ-604") is a warship where a ship's fate ("had sunk HQ-604",
"HQ-505 was run aground") or a list after a plural kind of ship ("three transport ships, HQ-604, HQ-605 and HQ-505")
tells it: alone, its shape is an aircraft's as often ("EP-3", "MiG-21")."""

from __future__ import annotations

import re
from collections.abc import Iterator, Set

from ..lang import cues
from .base import Candidate, name_id
from .name_shapes import ALONE, WORD

CUES = cues("warships")
_NAMES = cues("names")
_SHIP_NAME = rf"{WORD}(?:[ \t]+(?:[A-Z]\.[ \t]+)?{WORD}){{0,2}}"  # a middle initial is of the name: "USS Harold E. Holt"
_PREFIXED = re.compile(rf"(?<![\w’'\-])(?P<name>{CUES.NAVY_PREFIXES}[ \t]+(?P<words>{_SHIP_NAME})){ALONE}")
_KIND_BEFORE = re.compile(rf"\b{CUES.WARSHIP_KINDS}[ \t]+(?P<name>(?P<words>{_SHIP_NAME})){ALONE}")
_MERCHANT_BEFORE = re.compile(rf"\b{CUES.MERCHANT_KINDS}[ \t]+(?P<name>(?P<words>{_SHIP_NAME})){ALONE}")
# ... and the names listed after a plural kind: "the cruisers Orion and Superb", "the destroyers Saumarez and Volage"
_KINDS_LISTED = re.compile(rf"\b{CUES.WARSHIP_KINDS}s[ \t]+(?P<name>(?P<words>{_SHIP_NAME}(?:,[ \t]+{_SHIP_NAME})*,?"
                           rf"[ \t]+and[ \t]+{_SHIP_NAME})){ALONE}")
_SHIP_ITEM = re.compile(_SHIP_NAME)
_CLASSES = {_PREFIXED: "ArmedForce", _KIND_BEFORE: "ArmedForce", _MERCHANT_BEFORE: "Organization",
            _KINDS_LISTED: "ArmedForce"}
_HULL = re.compile(rf"(?<![\w’'\-]){CUES.HULL_NUMBER}(?![\w\-])")
_NO_SHIP_WORDS = frozenset({*_NAMES.BODY_KINDS, *_NAMES.NOT_PERSONS, *_NAMES.MONTHS, *_NAMES.NOT_NAMES})
_OFFICES = frozenset(role.capitalize() for role in _NAMES.ROLES if " " not in role) - _NAMES.TITLE_WORDS


def warships(text: str, states: Set[str], method: str) -> Iterator[Candidate]:
    """The warships in `text`, named after a navy's prefix (`_PREFIXED`, the prefix part of the name) or a kind of
    warship (`_KIND_BEFORE`, the name alone), and the unarmed ships after their kind (`_MERCHANT_BEFORE`): none
    whose words hold one of `states` (a state's name or demonym), a kind of body, a month or a word that opens no
    name, or open with an office that is no title (`_OFFICES`) or, after a kind, with a title or as the subject of a
    relative clause (`CLAUSE_SUBJECT_AFTER`: "the research vessel Kim Jong Un inspected was seized")."""
    for pattern, cls in _CLASSES.items():
        for match in pattern.finditer(text):
            words = match.group("words").split()
            if set(words) & states or set(words) & _NO_SHIP_WORDS or words[0] in _OFFICES or (
                    pattern is not _PREFIXED and (words[0] in _NAMES.TITLE_WORDS
                                                  or CUES.CLAUSE_SUBJECT_AFTER.match(text, match.end("name")))):
                continue
            for start, end in _ship_spans(pattern, match):
                yield Candidate(start, end, "entity", cls, method, entity=name_id(text[start:end]))


def _ship_spans(pattern: re.Pattern, match: re.Match) -> list[tuple[int, int]]:
    """Where each ship a match names stands: every name of a list after a plural kind (`_KINDS_LISTED`), else the
    one name."""
    if pattern is _KINDS_LISTED:
        return [item.span() for item in _SHIP_ITEM.finditer(match.string, match.start("name"), match.end("name"))]
    return [match.span("name")]


def hull_numbers(text: str, method: str) -> Iterator[Candidate]:
    """The hull numbers in `text` that a ship's fate (`HULL_FATE_BEFORE`, `HULL_FATE_AFTER`) or a list after a plural
    kind of ship (`HULLS_LISTED_AFTER`) tells a warship's: cg:ArmedForce, a unit of its navy; none a noun for a craft
    or a weapon follows (`HULL_TYPE_AFTER`: "boarded CH-47 helicopters")."""
    for match in _HULL.finditer(text):
        start, end = match.span()
        if CUES.HULL_TYPE_AFTER.match(text, end):
            continue
        if (CUES.HULL_FATE_BEFORE.search(text, max(0, start - 20), start) or CUES.HULL_FATE_AFTER.match(text, end)
                or CUES.HULLS_LISTED_AFTER.search(text, max(0, start - 80), start)):
            yield Candidate(start, end, "entity", "ArmedForce", method, entity=name_id(match.group()), value=match.group())
