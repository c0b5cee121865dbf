"""Which names can stand in the pack: the shape of a name and the English words that are no names."""

from __future__ import annotations

import gzip
import json
import re
import unicodedata
from pathlib import Path

MIN_LENGTH = 4
COMMON_WORDS = 10_000  # the most frequent lower-case English words are no names
# A lower-case form rarer than this is too rare to say how English writes the word: a name typed
# lower-case ("goma" is the 111,104th lower-case form and Goma has 432,587 people; "pemba",
# "lilongwe" stand at the table's floor, seen once) rather than a word ("bade" 62,630th,
# "brusque" 57,647th, "fatwa" 37,859th).
WORD_EVIDENCE = 100_000
# A capitalised form among the FAMOUS_NAMES most frequent of the lexeme table names something better known than a
# town under the cities' cut-off ("Obama", "Asia", "Arab", "Nato", "Honda", "Harvard": Japanese, Peruvian ... towns);
# the towns wars are fought over stand far below ("Jamba" 26,000th, "Tikrit" 37,000th, "Knin" and "Saraqib" unseen).
FAMOUS_NAMES = 20_000
COMMON_SURNAMES = 2_000  # "Vargas" 260th, "Rodrigues" 1,389th; "Flanders" 3,189th is a region's English name
COMMON_FIRST_NAMES = 1_000  # of each sex: "Jackson" and "Marion" are towns, and persons far more often
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
    """English words that are not names: spaCy's stop words, the points of the compass, the
    COMMON_WORDS most frequent lower-case words and the words written lower-case more often than
    capitalised (spaCy's English lexeme probabilities), where the lower-case form is seen often
    enough to tell (WORD_EVIDENCE)."""

    def __init__(self):
        import spacy_lookups_data
        from spacy.lang.en.stop_words import STOP_WORDS

        table = Path(spacy_lookups_data.__file__).parent / "data" / "en_lexeme_prob.json.gz"
        self.prob: dict[str, float] = json.loads(gzip.open(table).read())
        lower = sorted((p for w, p in self.prob.items() if w.isalpha() and w.islower()), reverse=True)
        self.frequent = lower[COMMON_WORDS - 1]
        self.seen = lower[WORD_EVIDENCE - 1]
        capitalised = sorted((p for w, p in self.prob.items() if w[:1].isupper()), reverse=True)
        self.famous = capitalised[FAMOUS_NAMES - 1]
        self.stop = STOP_WORDS
        self.most_frequent = MostFrequent(self)

    def __contains__(self, name: str) -> bool:
        if self.is_frequent(name):
            return True
        p = self.prob.get(name.lower(), -99.0)
        return " " not in name and self.prob.get(name, -99.0) < p >= self.seen

    def is_frequent(self, name: str) -> bool:
        """A stop word, a point of the compass or, for one word, one of the COMMON_WORDS most
        frequent lower-case words."""
        lower = name.lower()
        if lower in self.stop or COMPASS.fullmatch(lower):
            return True
        return " " not in name and self.prob.get(lower, -99.0) >= self.frequent


    def is_famous(self, name: str) -> bool:
        """A name English writes as often as the FAMOUS_NAMES most frequent capitalised forms."""
        return self.prob.get(name, -99.0) >= self.famous


class MostFrequent:
    """The common words a city of MAJOR_CITY people or more is tested against: only the most
    frequent (`CommonWords.is_frequent`). Such a city is written about far more often than a word
    that English writes lower-case a little more often is ("Bursa", 3.1 million people, beside the
    anatomical "bursa"; "Perm", "Natal"); the most frequent words still go ("Nice", "Reading")."""

    def __init__(self, words: CommonWords):
        self.words = words

    def __contains__(self, name: str) -> bool:
        return self.words.is_frequent(name)


def usable(name: str, lang: str, words) -> bool:
    """A name that can stand in the pack (the rules in the module docstring)."""
    if len(name) < MIN_LENGTH or not name[0].isupper() or not NAME_SHAPE.fullmatch(name) or name.isupper():
        return False
    if lang in ("en", "und") and not all(latin(c) for c in name if c.isalpha()):
        return False
    return name not in words


def latin(char: str) -> bool:
    return unicodedata.name(char, "").startswith("LATIN")


def tongues() -> frozenset[str]:
    """The English names of the languages ISO 639-1 codes (pycountry): a people's tongue and, as often, the
    people ("Igbo", "Kazakh", "Thai"), never a town's other name ("the massacres of thousands of Igbo" are
    not of Igbo-Ukwu, "Kazakh officials" not Petropavl's)."""
    import pycountry

    return frozenset(lang.name for lang in pycountry.languages if hasattr(lang, "alpha_2"))


def surnames() -> frozenset[str]:
    """The COMMON_SURNAMES most frequent surnames (lower-case) of the US Census list the `names`
    package ships (dist.all.last: name, share, cumulative share, rank; most frequent first). Rarer
    ones are also English names of places ("Flanders" 3,189th, "Crete" 22,363rd)."""
    return _census("dist.all.last", COMMON_SURNAMES)


def person_names() -> frozenset[str]:
    """The common surnames and the COMMON_FIRST_NAMES most frequent first names of each sex (lower-case)."""
    return surnames() | _census("dist.male.first", COMMON_FIRST_NAMES) | _census("dist.female.first", COMMON_FIRST_NAMES)


def _census(table: str, count: int) -> frozenset[str]:
    """The first `count` names (lower-case) of a US Census table the `names` package ships."""
    import names

    lines = (Path(names.__file__).parent / table).read_text(encoding="ascii").split("\n")
    return frozenset(line.split()[0].lower() for line in lines[:count] if line.strip())
