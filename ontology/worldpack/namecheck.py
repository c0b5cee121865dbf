"""Which names can stand in the pack: the shape of a name and the English words that are no names."""

from __future__ import annotations

import gzip
import json
import re
import unicodedata
from pathlib import Path

MIN_LENGTH = 4
COMMON_WORDS = 10_000  # the most frequent lower-case English words are no names
NAME_SHAPE = re.compile(r"[^\W\d_]+(?:(?:['’.-]| |\. )[^\W\d_]+)*\.?")


def plain(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()


def with_ascii(names: dict[str, str]) -> dict[str, str]:
    out = dict(names)
    for name, lang in names.items():
        plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
        if plain != name and len(plain) == len(unicodedata.normalize("NFC", name)):
            out.setdefault(plain, lang)
    return out


# A point of the compass, which begins sentences ("Northwest of the city") and is written with a
# capital in "Northwest Syria", so that the lexeme table sees it capitalised as often as not.
COMPASS = re.compile(r"(?:north|south)?-?(?:east|west)?(?:ern)?")


class CommonWords:
    """English words that are not names: spaCy's stop words, the points of the compass and the
    words written lower-case more often than capitalised (spaCy's English lexeme probabilities)."""

    def __init__(self):
        import spacy_lookups_data
        from spacy.lang.en.stop_words import STOP_WORDS

        table = Path(spacy_lookups_data.__file__).parent / "data" / "en_lexeme_prob.json.gz"
        self.prob: dict[str, float] = json.loads(gzip.open(table).read())
        lower = sorted((p for w, p in self.prob.items() if w.isalpha() and w.islower()), reverse=True)
        self.frequent = lower[COMMON_WORDS - 1]
        self.stop = STOP_WORDS

    def __contains__(self, name: str) -> bool:
        lower = name.lower()
        if lower in self.stop or COMPASS.fullmatch(lower):
            return True
        if " " in name:
            return False
        p = self.prob.get(lower, -99.0)
        return p >= self.frequent or p > self.prob.get(name, -99.0)


def usable(name: str, lang: str, words) -> bool:
    """A name that can stand in the pack (the rules in the module docstring)."""
    if len(name) < MIN_LENGTH or not name[0].isupper() or not NAME_SHAPE.fullmatch(name) or name.isupper():
        return False
    if lang in ("en", "und") and not all(latin(c) for c in name if c.isalpha()):
        return False
    return name not in words


def latin(char: str) -> bool:
    return unicodedata.name(char, "").startswith("LATIN")
