"""A convention in lower case that is a treaty: "the Senegal River authority, created by the convention of 1972", "the
two states signed a convention on fishing rights".

"convention" names a treaty only written with a capital as a rule (`triggers.CAPITALISED_ONLY`: "a party convention",
"by convention"), but in lower case too where it is concluded (`CUES.CONCLUDED_BEFORE`: a verb of signing or ratifying
and its article before it) or dated by its year (`CUES.THE_BEFORE`, `CUES.OF_YEAR_AFTER`: "the convention of 1972",
not "the party convention of 1968"). Its contract: `concluded_convention(doc, start)` says whether the word at
doc[start] is such a treaty.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lang import cues
from .base import text_of

if TYPE_CHECKING:
    from spacy.tokens import Doc

CUES = cues("conventions")


def concluded_convention(doc: Doc, start: int) -> bool:
    """Is the lower-case word at doc[start] a treaty concluded or dated by its year (see the module)?"""
    text, token = text_of(doc), doc[start]
    before = text[max(0, token.idx - CUES.REACH):token.idx]
    return bool(CUES.CONCLUDED_BEFORE.search(before)
                or CUES.THE_BEFORE.search(before) and CUES.OF_YEAR_AFTER.match(text, token.idx + len(token)))
