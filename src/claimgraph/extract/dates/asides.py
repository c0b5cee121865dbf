"""Where a happening's own verb is told: past an aside set off by commas after its name.

"The Guatemalan Civil War, fought between the state and leftist guerrillas from 1960 to 1996, ended with the signing of
the peace agreement on 29 December 1996": the war "ended", as in "The war ended with the signing ... on D", and the
aside between them (a participle phrase or a clause of "which", `NAME_ASIDE`) tells what the war was, not what ended.
Used by the beginnings and ends a sentence tells (`stage`).
"""

from __future__ import annotations

from ...lang import cues
from ...model import Mention

CUES = cues("dates")  # the cue words and patterns, of every language (claimgraph.lang)


def verb_start(text: str, event: Mention, end: int) -> int:
    """Where the words after the event's name that may tell its own verb begin: right after it, or past an aside that
    follows it (`NAME_ASIDE`). `end` bounds the search (its sentence's end). An aside may tell the beginning or the
    end itself (", which began on 24 March 1999,"): `stage` reads it between the name and this point."""
    aside = CUES.NAME_ASIDE.match(text, event.end, end)
    return aside.end() if aside else event.end
