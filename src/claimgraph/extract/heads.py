"""Head words: which happening told before a definite event noun names, by the word it was told with.

A definite noun names the happening told by its own word before one told by another word of its class:
"a foreign invasion" ... "the fighting" ... "wary of rewarding the invasion" is the invasion, not the fighting
told since. A counter-act ("the counter-offensive") is the answer to an act, never the act it answers: it
names only a counter-act told before.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..lang import cues
from ..model import Entity, Mention

CUES = cues("coreference")
STEM = 6  # letters: "invasion" / "invasions", "attack" / "attacks", "offensive" / "offensives" share them


def head_word(text: str, mention: Mention) -> str:
    """The whole word a mention ends in, with what a hyphen joins before it ("counter-offensive", of which the
    trigger is "offensive")."""
    start = mention.end
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "-"):
        start -= 1
    return text[start:mention.end].casefold()


def stem(word: str) -> str:
    """A head word's stem: its first letters, hyphens dropped ("counter-offensive" -> "counte")."""
    return word.replace("-", "")[:STEM]


def by_word(word: str, found: Sequence[Entity], stems: Mapping[str, set[str]]) -> list[Entity]:
    """The candidates `found` (most recent first) a definite noun of this head `word` may name: those told by its
    own word first; a counter-act only those (`stems`: entity id -> the stems of the words it was told with)."""
    own = stem(word)
    same = [e for e in found if own in stems.get(e.id, ())]
    return same if same or word.startswith(CUES.COUNTER_ACT) else list(found)
