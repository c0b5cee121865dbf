"""The day a numbered resolution speaks: the day it was adopted (used by `signing`).

A resolution demands, condemns or calls for only in its own text, adopted on one day: "29 June - Resolution 931
repeats the demand for a ceasefire" and "on the 6th of May 1978 the Security Council, in Resolution 428, condemned the
armed invasion" date the resolution, as "the Council adopted Resolution 924 on 1 June" does. A numbered resolution's
mention is its number (`recognise.numbered`), so the noun "Resolution" may stand between the date and it.
"""

from __future__ import annotations

from ...lang import cues
from ...model import Mention

CUES = cues("dates")  # the cue words and patterns, of every language (claimgraph.lang)
NOUN_REACH = 16  # characters: the noun "Resolution" and "No." before the number


def speaks_then(text: str, resolution: Mention, date: Mention) -> bool:
    """Is the mention a numbered resolution after the date, its noun "Resolution" in it or right before its number
    (`RESOLUTION_BEFORE`), nothing but its body and the means between them (`RESOLUTION_BODY`: not "the envoy recalled
    that"), and a verb of what it says right after it (`RESOLUTION_SAYS`: "repeats", ", condemned")?"""
    if resolution.cls != "Resolution" or resolution.start < date.end:
        return False
    named = resolution.text.lower().startswith("resolution") or resolution.text[:1].isdigit() and (
        CUES.RESOLUTION_BEFORE.search(text, max(date.end, resolution.start - NOUN_REACH), resolution.start) is not None)
    alone = CUES.RESOLUTION_BODY.fullmatch(text, date.end, resolution.start) is not None
    return named and alone and CUES.RESOLUTION_SAYS.match(text, resolution.end) is not None
