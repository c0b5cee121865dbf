"""An agreement dated by its coming into force, when its text tells no signing.

"A ceasefire arranged by the member states of the ANAD took effect on 30 December": the text gives the ceasefire no
other day, and the day it took effect is the day it was in being from; a date of its making, where the clause tells
one ("The truce signed on 2 May took effect on 4 May": `signing.signing_date` takes the signing's), comes first. Only
the past: "is due to take effect on Monday" tells no day it was made nor any it holds from.
"""

from __future__ import annotations

from ...lang import cues
from ...model import Mention

CUES = cues("dates")  # the cue words and patterns, of every language (claimgraph.lang)


def in_force_on(text: str, agreement: Mention, date: Mention) -> bool:
    """Is the date the day the agreement, told before it, came into force (`IN_FORCE_BEFORE` right before the date),
    with no other clause or verb of being between them (`IN_FORCE_PARTED`)?"""
    if date.start < agreement.end:
        return False
    effect = CUES.IN_FORCE_BEFORE.search(text, agreement.end, date.start)
    return effect is not None and not CUES.IN_FORCE_PARTED.search(text, agreement.end, effect.start())
