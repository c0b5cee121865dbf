"""A known place the source puts in another country: the source's own place of that name.

The world pack keeps one place per name, and the country it lies in (`Entry.country`, cg:inCountry);
thousands of towns share their names across countries. A source that puts the place it names in
another country speaks of another place: "the town of Palma in northern Mozambique" is not Mallorca's
Palma, "Sun City, South Africa" not the Arizona town. The country is the one the words right around the
name give (`STATE_AFTER_PLACE`: a state after its comma; `LAND_AFTER_PLACE`: a state or a region of one
after "in"; `DEMONYM_BEFORE_PLACE`: "the Mozambican town of Palma"), not one named elsewhere in the
sentence ("troops from South Africa arrived in Goma"). Where the source does so once, each of its
mentions of that known place is the source's own place of the name (the names rules' method, its id marked
local, as `statebound` makes a state's body), so that it never meets the known one.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..lang import cues
from ..model import Mention
from .base import name_id
from .names import NAME as NAMES_METHOD
from .packs import Entry

if TYPE_CHECKING:  # the type only: the package imports this module
    from . import Sentence

CUES = cues("names")


def placed(sentences: list[Sentence], entries: dict[str, Entry], text: str) -> list[Sentence]:
    """The sentences with each mention of a known place the source puts in another country, anywhere, made the
    source's own place of its words (module docstring)."""
    abroad = {m.entity for s in sentences for m in _put_abroad(list(s.mentions), entries, text)}
    if not abroad:
        return sentences
    return [replace(s, mentions=tuple(_own(m) if m.entity in abroad else m for m in s.mentions))
            if any(m.entity in abroad for m in s.mentions) else s for s in sentences]


def _put_abroad(mentions: list[Mention], entries: dict[str, Entry], text: str) -> list[Mention]:
    """The mentions of a known place in a country that their words put in another (module docstring)."""
    found = []
    for i, mention in enumerate(mentions):
        country = _country_of_place(mention, entries)
        if country is None:
            continue
        before, after = mentions[i - 1] if i else None, mentions[i + 1] if i + 1 < len(mentions) else None
        put = {_country_after(mention, after, entries, text), _country_before(before, mention, entries, text)} - {None}
        if put and country not in put:
            found.append(mention)
    return found


def _country_of_place(mention: Mention, entries: dict[str, Entry]) -> str | None:
    """The country of the known settlement or region the mention names, if the pack gives one."""
    entry = entries.get(mention.entity) if mention.kind == "entity" else None
    return entry.country if entry is not None and entry.entity.classes[0] != "State" else None


def _country_after(mention: Mention, after: Mention | None, entries: dict[str, Entry], text: str) -> str | None:
    """The country the words right after the mention put it in: a state after its comma, a state or a region of
    one after "in", where no list goes on after it."""
    if after is None or after.kind != "entity" or after.entity not in entries:
        return None
    if CUES.LIST_GOES_ON.match(text, after.end):
        return None
    entry = entries[after.entity]
    state = _state(entry)
    joint = CUES.STATE_AFTER_PLACE.match(text, mention.end)
    if joint and joint.end() == after.start and state:
        return state
    joint = CUES.LAND_AFTER_PLACE.match(text, mention.end)
    if joint and joint.end() == after.start:
        return state or (entry.country if entry.entity.classes[0] == "Region" else None)
    return None


def _country_before(before: Mention | None, mention: Mention, entries: dict[str, Entry], text: str) -> str | None:
    """The state whose demonym the kind of place before the mention follows ("the Mozambican town of Palma")."""
    if before is None or before.kind != "entity" or before.entity not in entries:
        return None
    joint = CUES.DEMONYM_BEFORE_PLACE.match(text, before.end)
    return _state(entries[before.entity]) if joint and joint.end() == mention.start else None


def _state(entry: Entry) -> str | None:
    """The entry's id if it is a state of today (a GeoNames country: a former state, Yugoslavia, holds no place
    of today)."""
    return entry.entity.id if entry.entity.classes[0] == "State" and entry.entity.match else None


def _own(mention: Mention) -> Mention:
    """The mention as the source's own place of its words ("palma-local"): not the known one whose name it shares."""
    return replace(mention, entity=f"{name_id(mention.text)}-local", method=NAMES_METHOD)
