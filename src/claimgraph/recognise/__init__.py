"""Recognise: a Document's body blocks in, sentences with their mentions out (`stack`).

Here only what a build that extracts nothing (every source in its cache) reads: `Sentence`, the gazetteer's table
of a rule stack and the `Recogniser` type. The rule stack and `recognise` are loaded on first use: they compile
about a thousand patterns and load spaCy (a build of the bundled corpus from its cache: 3.3 s -> 1.0 s of CPU).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..lazy import lazy
from ..model import Mention, hashed_once, unhashed_state
from .base import Candidate, Recogniser

if TYPE_CHECKING:
    from .packs import Entry
    from .stack import default_recognisers, recognise

__getattr__ = lazy(__name__, {"default_recognisers": ".stack", "recognise": ".stack"})


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    lang: str
    mentions: tuple[Mention, ...]

    __hash__ = hashed_once  # a table told on one line is one sentence of thousands of mentions, looked up often
    __getstate__ = unhashed_state



def gazetteer_of(recognisers: Sequence[Recogniser]) -> dict[str, Entry]:
    """The known entities the recognisers match (the bundled packs and a user's own gazetteers):
    later stages must tell entities apart with the same list. With one gazetteer among the
    recognisers, its own table (the same object on every call: do not change it)."""
    tables = [r.entries for r in recognisers if getattr(r, "entries", None)]
    if len(tables) == 1:
        return tables[0]
    return {eid: entry for table in tables for eid, entry in table.items()}


__all__ = ["Candidate", "Recogniser", "Sentence", "default_recognisers", "gazetteer_of", "recognise"]
