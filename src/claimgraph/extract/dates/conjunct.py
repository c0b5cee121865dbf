"""A date that ends its clause before "and" and the subject of the next (used by `attach`).

"Mr Rowlands had met the Guatemalan Foreign Minister in Washington in June and further talks were planned for the
autumn": the date closes the meeting's clause; the talks are the subject of a clause of their own, with their own
verb and their own time ("for the autumn"). The event nearest the date after it is no owner of it there, so the act
before the date keeps it.
"""

from __future__ import annotations

from ...lang import cues
from ...model import Mention

CUES = cues("dates")  # the cue words and patterns, of every language (claimgraph.lang)


def next_subject(text: str, date: Mention, event: Mention) -> bool:
    """Is the event, after the date, the subject of a clause joined by "and" or "but" right after it
    (`NEXT_SUBJECT_BEFORE`), with a finite verb of its own next (`NEXT_SUBJECT_VERB`: "and further talks were
    planned")?"""
    return (date.end <= event.start and CUES.NEXT_SUBJECT_BEFORE.fullmatch(text, date.end, event.start) is not None
            and CUES.NEXT_SUBJECT_VERB.match(text, event.end) is not None)
