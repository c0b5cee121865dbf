"""The date a clause of "when" glosses: what that clause tells happened at the date.

"The war began last October, when Ugandan troops crossed into Tanzania and overran the Kagera salient": the
capture is of last October, though the war stands nearer the date and takes it as its own start. The clause of
"when" set off by a comma right after the date (`WHEN_GLOSS`, up to its next comma) says what the time was, so
its acts share the date; an act outside that clause, or one its own phrase dates, does not take it.
"""

from __future__ import annotations

from ...lang import cues
from ...model import Mention
from ...recognise import Sentence

CUES = cues("dates")  # the cue words and patterns, of every language (claimgraph.lang)


def glossed(text: str, sentence: Sentence, event: Mention) -> list[Mention]:
    """The date of the sentence whose clause of "when" holds the event, as a list of one, else an empty list."""
    before = [m for m in sentence.mentions if m.kind == "date" and m.end <= event.start]
    date = max(before, key=lambda m: m.end, default=None)
    return [date] if date and CUES.WHEN_GLOSS.fullmatch(text, date.end, event.start) else []
