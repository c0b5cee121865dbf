"""The shapes of a name's words, shared by the rules that find names in context (`recognise.names`,
`recognise.person_lists`): a capitalised word ("Álvaro", "al-Assad"), particles between words ("Jaap de Hoop"), a name
of a few such words, where it must end, and how a matched span is trimmed to the name."""

from __future__ import annotations

import re

from ..lang import cues

CUES = cues("names")  # the words around names, of every language (claimgraph.lang)

UP = "A-Z" + "".join(chr(c) for c in range(0xC0, 0x250) if chr(c).isupper())  # "Álvaro", "Đinđić"
LO = "a-z" + "".join(chr(c) for c in range(0xC0, 0x250) if chr(c).islower())
ARTICLE = CUES.NAME_ARTICLE  # "al-Assad", "bin-Laden", "Zia ul-Haq"
WORD = rf"(?:{ARTICLE})?[{UP}][{LO}][\w’'\-]*+"  # possessive: no backtracking inside a word
# "de la Calle"; "Ould" ("son of") joins a Mauritanian name, capitalised: "Mohamed Ould Abdel Aziz" is one name, and
# "arap" ("son of") a Kalenjin one: "Daniel arap Moi"; "y"
# joins a Spanish name's two surnames ("Elías Wessin y Wessin", "José Ortega y Gasset"), the last word of the name: with
# more capitalised words after it, it is "and" between two persons ("Daniel Ortega y Rosario Murillo")
PARTICLE_WORDS = (rf"(?:de|da|del|della|di|du|dos|la|le|van|von|der|den|ter|bin|ibn|[Oo]uld|arap|"
                  rf"y(?=\s+{WORD}(?!\s+[{UP}])))")
PARTICLES = rf"(?:\s+{PARTICLE_WORDS}){{0,2}}"


def name_of(least: int = 0, most: int = 2, space: str = r"\s") -> str:
    """A name of capitalised words, `least` to `most` after its first, particles between them ("Jaap de Hoop"); its
    words parted by `space` (a name on one line: `[ \t]`)."""
    return rf"{WORD}(?:(?:{space}+{PARTICLE_WORDS}){{0,2}}{space}+{WORD}){{{least},{most}}}"


A_NAME = name_of()  # one to three words
FULL_NAME = name_of(1)  # two or three words: "Adama Barrow", "Mengistu Haile Mariam"
ALONE = rf"(?![\w’'\-]|\s+{WORD}|{PARTICLES}\s+{WORD})"  # the name ends here
# A capitalised word right before a name, on its line, or one right after it: what tells a name's words part of a
# longer name ("Heglig Petroleum", "Dr Heglig"; `recognise.located`, `recognise.town_pairs`).
CAPITALISED_BEFORE = re.compile(rf"[{UP}][\w’'\-]*[ \t]+$")
CAPITALISED_AFTER = re.compile(rf"[ \t]+[{UP}]")
# A plural title opens a name where a kind of street or island follows it ("Governors Island": `CUES.TITLED_NOT_LAST`).
PLURAL_TITLE_KEPT = rf"(?!\s+(?:{'|'.join(sorted(CUES.TITLED_NOT_LAST))})\b)"
LEAD = rf"(?:(?:{'|'.join(CUES.NOT_NAMES)}|(?:{'|'.join(CUES.PLURAL_TITLES)}){PLURAL_TITLE_KEPT})\s+)*"  # what `trim` drops


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop leading function words ("The Kodori" -> "Kodori"), a title in the plural ("Presidents Ilham Aliyev" ->
    "Ilham Aliyev"; not before a kind of street or island, `PLURAL_TITLE_KEPT`: "the Governors Island Accord", "Kings
    Road" are named so), an owner's compound ("Noriega-controlled National Assembly" -> "National Assembly",
    `OWNER_COMPOUND`; nothing where no capitalised word is left: "the Assad-backed militia") and a possessive."""
    lead = re.match(LEAD, text[start:end])  # "Presidents"
    start += lead.end()
    owner = CUES.OWNER_COMPOUND.match(text[start:end])
    start += owner.end() if owner else 0
    if owner and text[start:end].islower():
        return end, end  # "the Assad-backed militia": a common noun is left, no name
    if text[start:end].endswith(CUES.POSSESSIVE_ENDINGS):
        end -= 2
    return start, end
