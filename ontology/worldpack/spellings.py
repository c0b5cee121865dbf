"""Spellings of a place's name that GeoNames does not list but English texts write: one rule for all.

Transliterations of Arabic, Amharic or Ukrainian names vary in ways a name table cannot list town by
town. A name is also written
- without its Arabic article, "Al" joined by a space or a hyphen, "El" by a hyphen ("El-Hodeidah": "Hodeidah";
  not "El Paso", whose article is Spanish);
- without the apostrophes that mark a glottal stop or a soft sign, inside or at its end ("Mek'ele": "Mekele",
  "Ilovays’k": "Ilovaysk", "Ryazan’": "Ryazan");
- with the Arabic ending "-iyah" as "-iya" and the other way round ("Ladhiqiyah": "Ladhiqiya").
A region's name is also written with the English ending of a Russian "-iya" or "-eya" ("Ingushetiya": "Ingushetia",
"Adygeya": "Adygea": `english_ending`). The names so made are read off another name: the pack tests them against every common word (`Place.short`).
"""

from __future__ import annotations

import re

ARTICLE = re.compile(r"(?:[Aa]l[- ]|[Ee]l-)(?=[A-Z])")
APOSTROPHES = re.compile(r"(?<=\w)['’ʼ](?=\w|$)")  # a soft sign ends a name too: "Ryazan’", "Tver'"
ENDING = re.compile(r"iyah?\b")
RUSSIAN_ENDING = re.compile(r"(?<=[ie])ya\b")


def spellings(name: str) -> set[str]:
    """The other spellings of `name` (module docstring), each rule applied alone and all together."""
    found = set()
    for rule in (_without_article, _without_apostrophes, _other_ending):
        found |= {rule(n) for n in {name, *found}}
    return found - {name}


def _without_article(name: str) -> str:
    return ARTICLE.sub("", name, count=1) if ARTICLE.match(name) else name


def _without_apostrophes(name: str) -> str:
    return APOSTROPHES.sub("", name)


def _other_ending(name: str) -> str:
    return ENDING.sub(lambda m: "iya" if m.group() == "iyah" else "iyah", name)


def english_ending(name: str) -> str:
    """`name` with a Russian "-iya" / "-eya" written "-ia" / "-ea" as English texts do ("Ingushetiya": "Ingushetia")."""
    return RUSSIAN_ENDING.sub("a", name)
