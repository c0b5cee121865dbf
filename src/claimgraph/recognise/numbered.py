"""Numbered agreements: "Resolution 822", "four resolutions (822, 853, 873, and 884)", "UNSCR 1973", and the acts of
the European Union ("Council Regulation (EU) No 1284/2009", "Decision 2009/788/CFSP").

Each number of a resolution is its own mention (a Resolution trigger whose value is the number), so a
list of four numbers gives four agreements, numbered as the source numbers them, with
the number itself as the evidence. The resolver names them from the sentence ("UN
Security Council Resolution 822" when the Security Council is named with them). An act of the European Union is an
entity mention of its whole name as written (`CUES.EU_ACTS`), a Resolution: its number holds its year and body's
series, so no two acts share it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc

from ..lang import cues
from .base import Candidate, name_id, text_of

NAME = "numbered.v9"  # v9: a year in brackets on a capitals line may be of 1800-1899 too ("RESOLUTION 3 (1899)");
# v8: "UNDER", "HOUSE" only right before the word ("MARKETS UNDER PRESSURE -
# RESOLUTION 4000 TV SETS": none); v7: "RESOLUTION 3840" in capitals only with a body, an act or its year on the line
# v6: no "MY RESOLUTIONS 2025", "1080 at 60 fps"; v5: a number "by 100 votes" is named;
# none "100 times", "4096 wide"; v4: capitals, numbers
# with their year and day, no screen's ("1080 pixels"); v3: EU acts marked

CUES = cues("triggers")
_ITEM = re.compile(CUES.RESOLUTION_ITEM)  # a number of the list, past its year and day: "353 (1974) of 20 July"


class NumberedAgreements:
    """Finds the numbers of resolutions named by number, and the acts of the European Union named by theirs."""

    name = NAME

    def __call__(self, doc: Doc) -> Iterator[Candidate]:
        text = text_of(doc)
        for match in CUES.RESOLUTIONS.finditer(text):
            if not _told_as_an_act(text, match):
                continue
            base = match.start("list")
            for item in _ITEM.finditer(match.group("list")):
                start, end = base + item.start("number"), base + item.end("number")
                yield Candidate(start, end, "trigger", "Resolution", NAME, value=item.group("number"))
        for match in CUES.EU_ACTS.finditer(text):
            name = " ".join(match.group("name").split())
            yield Candidate(match.start("name"), match.end("name"), "entity", "Resolution", NAME, value=name,
                            entity=name_id(name))


def _told_as_an_act(text: str, match: re.Match) -> bool:
    """False for a resolution word in capitals (`CUES.CAPITALS_RESOLUTION`) whose line names no body of states, no act
    of one and no year in brackets (`CUES.CAPITALS_RESOLUTION_LINE`): a header's field ("MONITORING SERVICE  RESOLUTION
    3840") is no body's act. A word in lower case or title case, or the acronym "UNSCR", is read as before."""
    if not match.group(0).startswith(CUES.CAPITALS_RESOLUTION):
        return True
    start, end = text.rfind("\n", 0, match.start()) + 1, text.find("\n", match.end())
    return CUES.CAPITALS_RESOLUTION_LINE.search(text, start, len(text) if end < 0 else end) is not None
