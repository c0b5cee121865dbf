"""A state's body named without its state, linked only in a source that has named the state by then.

A known government body whose label names its state ("United States Congress") may be written without
it ("Congress"): those words name that body only where the source has named the state by then, in the
body's sentence or before it (its name, its demonym, its forces or capital: "the US weapons search ...
told Congress"). Elsewhere they are another state's body of the same kind ("In July, Congress voted to
extend it", of the Philippines; a state named only after it, in passing, does not make it that state's):
the source's own entity of that name and class (the names rules' method), marked local as
`recognise.stack._local_names` marks its own, so it never meets the known one's.
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


def bound(sentences: list[Sentence], entries: dict[str, Entry], states: dict[str, Entry]) -> list[Sentence]:
    """The sentences with each mention of a state's body by words that hold no name of its state, where the
    source has not named the state by the end of the mention's sentence, made the source's own entity
    (module docstring). `states`: those of the table `entries`, by id in id order (`gazetteer.states_in`), found
    once by the caller (the table holds 14,000 entries)."""
    bodies = {m.entity for s in sentences for m in s.mentions
              if m.kind == "entity" and m.entity in entries and BOUND_CLASSES & set(entries[m.entity].entity.classes)}
    if not bodies:
        return sentences
    state_of = {eid: _state_in(entries[eid].entity.label, states) for eid in sorted(bodies)}
    named: set[str] = set()  # the known entities, and the states their forces or capitals stand for, named so far
    kept = []
    for s in sentences:
        named |= {n for m in s.mentions if m.kind == "entity" and m.entity in entries
                  for n in (m.entity, _state_meant(entries[m.entity])) if n}
        off = {m for m in s.mentions if m.entity in state_of and state_of[m.entity]
               and state_of[m.entity] not in named and not _names(m.text, states[state_of[m.entity]])}
        kept.append(replace(s, mentions=tuple(_own(m) if m in off else m for m in s.mentions)) if off else s)
    return kept


def _own(mention: Mention) -> Mention:
    """The mention as the source's own body of its words, by the names rules' method, its id marked local
    ("congress-local"): no other state's body of that kind, and not the known one whose label it shares."""
    return replace(mention, entity=f"{name_id(mention.text)}-local", method=NAMES_METHOD)


def _state_meant(entry: Entry) -> str | None:
    """The state a known force or capital stands for ("the IDF": Israel; "Washington": the United States)."""
    return entry.force_of or entry.capital_of


def _state_in(label: str, states: dict[str, Entry]) -> str | None:
    """The state whose name the label holds ("United States Congress": the United States), if one; `states` in
    the order of their ids (`gazetteer.states_in`)."""
    return next((sid for sid, entry in states.items() if _names(label, entry)), None)


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
