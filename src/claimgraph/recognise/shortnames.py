"""A state's short name that two states share: the one the source names in full.

The world pack gives one state a short name another state's full name also holds: "Congo" is the
Republic of the Congo's, and the middle of "the Democratic Republic of Congo". A source that names the
Democratic Republic of Congo and then writes "north-eastern Congo" means the state it named, not its
neighbour it never named. So a mention by another name than a state's label (a short one) is read as the
other state where the source names that other state by a name holding the short one as whole words, and
never names the first state by any other name (a short name is a part of the state's label: "Congo" of "the
Republic of the Congo"; "the Republic of Congo" too leaves "Congo" as it is).
A state's label ("Sudan" beside "South Sudan", "Guinea" beside "Equatorial Guinea") is its own and stays.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ..model import Mention
from .packs import Entry
from .patterns import METHOD_NAME

if TYPE_CHECKING:  # the type only: the package imports this module
    from . import Sentence


def named_in_full(sentences: list[Sentence], entries: dict[str, Entry]) -> list[Sentence]:
    """The sentences with each short state name that the source's full name of another state holds read as
    that state (module docstring)."""
    states = [m for s in sentences for m in s.mentions if _state(m, entries)]
    others = {(m.text, m.entity): full for m in states if (full := _full_name_of_another(m, states, entries))}
    if not others:
        return sentences
    return [replace(s, mentions=tuple(_as(m, others.get((m.text, m.entity))) for m in s.mentions)) for s in sentences]


def _state(mention: Mention, entries: dict[str, Entry]) -> bool:
    """A state named by one of its names (not by a demonym: "Soviet" of the Soviet Union is no short name)."""
    known = mention.method == METHOD_NAME and mention.entity in entries
    return known and "State" in entries[mention.entity].entity.classes


def _full_name_of_another(short: Mention, states: list[Mention], entries: dict[str, Entry]) -> Mention | None:
    """The one mention of another state whose words hold `short`'s, where `short` is a part of its state's label
    (not the label, nor another long name: "Republic of Congo") and its state is named by no other words in the
    source."""
    holding = re.compile(rf"\b{re.escape(short.text)}\b")
    label = entries[short.entity].entity.label
    if short.text == label or not holding.search(label):
        return None
    if any(m.entity == short.entity and m.text != short.text for m in states):
        return None
    fuller = {m.entity: m for m in states if m.entity != short.entity and holding.search(m.text)}
    return next(iter(fuller.values())) if len(fuller) == 1 else None


def _as(mention: Mention, full: Mention | None) -> Mention:
    """The mention as the state named in full; still a gazetteer name (the method the gazetteer's version covers), so
    the source's short name is an altLabel of the state it means, as the resolver makes it of a name told after."""
    return mention if full is None else replace(mention, entity=full.entity, cls=full.cls)
