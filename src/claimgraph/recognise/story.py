"""A conflict pack's general phrases, kept only in a source that tells that conflict's story.

A name a conflict's pack gives an entity of its own that is a general phrase ("Syrian fighters",
"Russian peacekeepers": `packs.is_general`) names that entity only where the source names one of the
pack's own places by a name that is no general phrase (`Entry.story`: "Nagorno-Karabakh",
"Stepanakert"); elsewhere the words are another story's ("Syrian fighters flown to Libya") and their
mention is dropped.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..model import Mention
from .packs import Entry

if TYPE_CHECKING:  # the type only: the package imports this module
    from . import Sentence


def told(sentences: list[Sentence], entries: dict[str, Entry]) -> list[Sentence]:
    """The sentences less the mentions by a general phrase of an entity whose story the source does
    not tell (module docstring)."""
    mentions = [m for s in sentences for m in s.mentions if m.kind == "entity" and m.entity in entries]
    named = {m.entity for m in mentions if not _general(m, entries[m.entity])}
    off = {m for m in mentions if _general(m, entries[m.entity]) and not entries[m.entity].story & named}
    if not off:
        return sentences
    return [replace(s, mentions=tuple(m for m in s.mentions if m not in off)) for s in sentences]


def _general(mention: Mention, entry: Entry) -> bool:
    return mention.text.casefold() in entry.general
