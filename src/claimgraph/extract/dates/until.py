""""Not ... until" a date: when an act was done, not when it ended (used by `attach`).

"Fighting continued until 12 June" ends the fighting on 12 June, and "until" before a date marks an end. A negated verb
before it says the opposite: "Relations with Colombia were not restored until November 2010", "The army did not withdraw
from the town until 12 May" tell that the restoring, the withdrawing, was done only then, which dates its start. A noun
negated so ("The war did not end until 1975") keeps the end its verb tells.
"""

from __future__ import annotations

from ...lang import cues
from ...model import Mention

CUES = cues("dates")  # the cue words and patterns, of every language (claimgraph.lang)
NOT_REACH = 20  # characters: an auxiliary, "not" and "yet been" before the verb ("had not yet been ")


def done_only_then(text: str, start: int, event: Mention, date: Mention) -> bool:
    """Is the event a verb negated right before it (`NOT_DONE_BEFORE`: "were not restored"), from `start` (its
    sentence's) on, and `date` ("until D") in its own clause (no `UNTIL_OTHER_CLAUSE` between them: "have not withdrawn
    and will stay until D" ends the staying)? Its "until D" is the day it was done."""
    return (event.kind == "trigger" and event.end <= date.start
            and CUES.NOT_DONE_BEFORE.search(text, max(start, event.start - NOT_REACH), event.start) is not None
            and CUES.UNTIL_OTHER_CLAUSE.search(text, event.end, date.start) is None)
