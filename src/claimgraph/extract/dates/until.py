""""Not ... until" a date: when an act was done, not when it ended (used by `attach`).

"Fighting continued until 12 June" ends the fighting on 12 June, and "until" before a date marks an end. A negated verb
before it says the opposite: "Relations with Colombia were not restored until November 2010", "The army did not withdraw
from the town until 12 May" tell that the restoring, the withdrawing, was done only then, which dates its start. A noun
negated so ("The war did not end until 1975") keeps the end its verb tells.
"""

from __future__ import annotations

from ...lang import cues
from ...model import Mention
from ...recognise import Sentence

CUES = cues("dates")  # the cue words and patterns, of every language (claimgraph.lang)
NOT_REACH = 20  # characters: an auxiliary, "not" and "yet been" before the verb ("had not yet been ")


def done_only_then(text: str, start: int, event: Mention, date: Mention) -> bool:
    """Is the event a verb negated right before it (`NOT_DONE_BEFORE`: "were not restored"), from `start` (its
    sentence's) on, and `date` ("until D") in its own clause (no `UNTIL_OTHER_CLAUSE` between them: "have not withdrawn
    and will stay until D" ends the staying)? Its "until D" is the day it was done."""
    return (event.kind == "trigger" and event.end <= date.start
            and CUES.NOT_DONE_BEFORE.search(text, max(start, event.start - NOT_REACH), event.start) is not None
            and CUES.UNTIL_OTHER_CLAUSE.search(text, event.end, date.start) is None)


def other_until(text: str, sentence: Sentence, event: Mention, date: Mention) -> bool:
    """Does "until" before the date end a pause of the event (`PAUSED_UNTIL` after it: "Talks stalled until the
    mediator returned in May 2001"; `PAUSED_BEFORE` it: "The junta suspended the talks until 3 May"), or stand in a
    clause joined after the event's by "but" or "while" with words of its own (`OTHER_UNTIL`: "The rebels held the
    town, but the mediator stayed away until May")? A stall that ends is no end of the talks, nor their start."""
    if date.start < event.end:
        return False
    paused = CUES.PAUSED_UNTIL.search(text, event.start, date.start) or CUES.PAUSED_BEFORE.search(
        text, max(sentence.start, event.start - CUES.PAUSE_REACH), event.start) and CUES.UNTIL_CLAUSE.search(
        text, event.end, date.start)
    return bool(paused or CUES.OTHER_UNTIL.search(text, event.end, date.start))
