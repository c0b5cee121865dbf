"""Numbered agreements: "Resolution 822", "four resolutions (822, 853, 873, and 884)".

Each number is its own mention (a Resolution trigger whose value is the number), so a
list of four numbers gives four agreements, numbered as the source numbers them, with
the number itself as the evidence. The resolver names them from the sentence ("UN
Security Council Resolution 822" when the Security Council is named with them).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc

from ..lang import cues
from .base import Candidate, text_of

NAME = "numbered.v1"

CUES = cues("triggers")
_ITEM = re.compile(CUES.RESOLUTION_NUMBER)


class NumberedAgreements:
    """Finds the numbers of resolutions named by number."""

    name = NAME

    def __call__(self, doc: Doc) -> Iterator[Candidate]:
        for match in CUES.RESOLUTIONS.finditer(text_of(doc)):
            base = match.start("list")
            for item in _ITEM.finditer(match.group("list")):
                yield Candidate(base + item.start(), base + item.end(), "trigger", "Resolution", NAME, value=item.group())
