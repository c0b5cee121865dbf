"""A convention in lower case that is a treaty: "the Senegal River authority, created by the convention of 1972", "the
two states signed a convention on fishing rights".

"convention" names a treaty only written with a capital as a rule (`triggers.CAPITALISED_ONLY`: "a party convention",
"by convention"), but in lower case too where it is concluded (`CUES.CONCLUDED_BEFORE`: a verb of signing or ratifying
and its article before it) or dated by its year (`CUES.THE_BEFORE`, `CUES.OF_YEAR_AFTER`: "the convention of 1972",
not "the party convention of 1968"), or dated by a year before it and between two sides named after it
(`CUES.YEAR_BEFORE`, `CUES.BETWEEN_AFTER`: "an 1890 convention between Britain and China", the first a state or
an armed group, no noun after the second; not "the 2019 convention between Microsoft and Google engineers", "a
1995 convention between Japan and Korea fans"). Its contract:
`concluded_convention(doc, start, armed)` says whether the word at doc[start] is such a treaty.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lang import cues
from .base import text_of

if TYPE_CHECKING:
    from spacy.tokens import Doc

CUES = cues("conventions")
CIVILIANS = cues("triggers").CIVILIAN_PARTIES | CUES.QUALIFIED_PEOPLE  # "between Japan and Korea fans": the people


def concluded_convention(doc: Doc, start: int, armed: frozenset[str]) -> bool:
    """Is the lower-case word at doc[start] a treaty concluded, dated by its year, or dated and between sides whose
    first is a state or armed group of `armed` (lower-case names: required, as the one caller always knows them and a
    default empty set would quietly read every dated convention between two sides as none) (see the module)?"""
    text, token = text_of(doc), doc[start]
    before = text[max(0, token.idx - CUES.REACH):token.idx]
    after = token.idx + len(token)
    return bool(CUES.CONCLUDED_BEFORE.search(before)
                or CUES.YEAR_BEFORE.search(before) and _between_sides(doc, start, armed)
                or CUES.THE_BEFORE.search(before) and CUES.OF_YEAR_AFTER.match(text, after))


def _between_sides(doc: Doc, start: int, armed: frozenset[str]) -> bool:
    """Do two names follow "between" after the word at doc[start] (`CUES.BETWEEN_AFTER`), the first a state or armed
    group of `armed`, and no noun of civilians within two words after the second that the names only qualify
    (`CIVILIANS`: "between Japan and Korea fans", "Canada and Mexico trade groups")? "an 1890 convention between
    Britain and China" is theirs."""
    between = CUES.BETWEEN_AFTER.match(text_of(doc), doc[start].idx + len(doc[start]))
    if between is None or between.group("side").lower() not in armed:
        return False
    following = next((t.i for t in doc[start + 1:] if t.idx >= between.end("other")), len(doc))
    return not any(t.lower_ in CIVILIANS for t in doc[following:following + CUES.QUALIFIED_REACH])
