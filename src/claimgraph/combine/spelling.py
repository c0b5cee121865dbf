"""Spelling: whether two names are one name written differently, so that compare tells a
choice of name (Artsakh / Nagorno-Karabakh, Khankendi / Stepanakert) from a spelling or
transliteration (Shusha / Shushi, Karabağ / Karabakh, Douma / Duma, U.S. / US).

Two names are variants when, with accents, case and punctuation set aside, they are equal;
one is the acronym of the other (OPCW); or every word of the shorter is, letter for letter
within `CLOSE`, a word of the longer (Karabakh in Nagorno-Karabakh and in Dağlık Karabağ),
unless the longer joins a second name with "and" (Kosovo / Kosovo and Metohija).
Variants are grouped transitively (`groups`): a name joins every group it is a variant of.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from difflib import SequenceMatcher

from ..lang import cues
from ..recognise.base import initials

CUES = cues("names")  # the small words an acronym skips, "and" between two names (claimgraph.lang)
CLOSE = 0.8  # Shusha / Shushi 0.83, Douma / Duma 0.89, Karabag / Karabakh 0.93; Artsakh / Karabakh 0.53


@functools.cache
def words(name: str) -> tuple[str, ...]:
    """The name's words, without accents, case or punctuation ("U.S." -> ("u", "s"))."""
    bare = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().casefold()
    return tuple(re.findall(r"[a-z0-9]+", bare))


def variants(a: str, b: str) -> bool:
    wa, wb = words(a), words(b)
    if not wa or not wb:
        return a == b
    if "".join(wa) == "".join(wb) or _acronym(wa, wb) or _acronym(wb, wa):
        return True
    short, long = sorted((wa, wb), key=len)
    if CUES.JOINING & set(long) and not CUES.JOINING & set(short):
        return False  # "Kosovo and Metohija" names a second land beside Kosovo
    return all(any(_close(w, v) for v in long) for w in short)


def groups(names: Iterable[str]) -> dict[str, int]:
    """Each name -> a number shared by its variants (numbered in sorted name order: deterministic)."""
    found: dict[str, int] = {}
    for number, name in enumerate(sorted(set(names))):
        joined = {g for other, g in found.items() if variants(name, other)}
        group = min(joined, default=number)
        found = {other: group if g in joined else g for other, g in found.items()}
        found[name] = group
    return found


def _acronym(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    return len(short) == 1 and len(short[0]) >= 2 and short[0] == initials(long)


def _close(a: str, b: str) -> bool:
    return a == b or SequenceMatcher(None, a, b).ratio() >= CLOSE
