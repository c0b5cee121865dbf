"""A state's body named without its state, linked only in a source that names the state.

A known government body whose label names its state ("United States Congress") may be written without
it ("Congress"): those words name that body only where the source names the state somewhere (its name,
its demonym, its forces or capital: "the US weapons search ... told Congress"). Elsewhere they are
another state's body of the same kind ("In July, Congress voted to extend it", of the Philippines): the
source's own entity of that name and class (the names rules' method), no link to the known one.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..model import Mention
from .base import name_id
from .names import NAME as NAMES_METHOD
from .packs import Entry

if TYPE_CHECKING:  # the type only: the package imports this module
    from . import Sentence

BOUND_CLASSES = frozenset({"Government"})  # the bodies of one state


def bound(sentences: list[Sentence], entries: dict[str, Entry]) -> list[Sentence]:
    """The sentences with each mention of a state's body by words that hold no name of its state, in a
    source that names the state nowhere, made the source's own entity (module docstring)."""
    mentions = [m for s in sentences for m in s.mentions if m.kind == "entity" and m.entity in entries]
    bodies = [m for m in mentions if BOUND_CLASSES & set(entries[m.entity].entity.classes)]
    if not bodies:
        return sentences
    states = {e.entity.id: e for e in entries.values() if e.entity.classes[0] == "State"}
    named = {m.entity for m in mentions} | {_state_of_force(entries[m.entity]) for m in mentions}
    state_of = {eid: _state_in(entries[eid].entity.label, states) for eid in sorted({m.entity for m in bodies})}
    off = {m for m in bodies if state_of[m.entity] and state_of[m.entity] not in named
           and not _names(m.text, states[state_of[m.entity]])}
    if not off:
        return sentences
    return [replace(s, mentions=tuple(_own(m) if m in off else m for m in s.mentions)) for s in sentences]


def _own(mention: Mention) -> Mention:
    return replace(mention, entity=name_id(mention.text), method=NAMES_METHOD)


def _state_of_force(entry: Entry) -> str | None:
    return entry.force_of or entry.capital_of


def _state_in(label: str, states: dict[str, Entry]) -> str | None:
    """The state whose name the label holds ("United States Congress": the United States), if one."""
    return next((sid for sid, entry in sorted(states.items()) if _names(label, entry)), None)


def _names(words: str, state: Entry) -> bool:
    """Do the words hold a name or demonym of the state, as whole words?"""
    return any(_holds(words, n) for n in (*state.names, *state.demonyms) if len(n) > 1)


def _holds(words: str, name: str) -> bool:
    """Is `name` in `words` with no letter, digit, apostrophe or hyphen on either side (a plain search: a
    pattern per name cost more to compile than the whole recognition)?"""
    at = words.find(name)
    while at >= 0:
        if not (_in_word(words, at - 1) or _in_word(words, at + len(name))):
            return True
        at = words.find(name, at + 1)
    return False


def _in_word(words: str, i: int) -> bool:
    return 0 <= i < len(words) and (words[i].isalnum() or words[i] in "’'-")
