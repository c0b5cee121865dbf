"""Bare years that tell no time the story moves to (used by `anchor`).

A witness asked "where were you in May 1978?" who answers "We came there from Namibia in 1977. ... It was the 4th of
May" tells the 4th of May 1978: a bare year before the month or day the story is at goes back to the background and
leaves the story where it was (`background_year`). So does a year that says which thing a common noun is ("In your
statement of 1996 you said the attack was on the 14th of May": the statement's year, not the attack's), as a name's
year does ("the Six-Day War of 1967"), unless the noun is a time ("the summer of 1978": `NOUN_OF_YEAR`).
"""

from __future__ import annotations

from ...lang import cues
from ...model import Mention

CUES = cues("dates")  # the cue words and patterns, of every language (claimgraph.lang)
NOUN_REACH = 40  # characters: a determiner, a noun and "of" before a year ("in your statement of ")


def background_year(text: str, sentence_start: int, date: Mention, scene: str | None) -> bool:
    """Is the date a bare year before the year of the story's time, when that time is a month or a day? It tells what
    came before ("We came there in 1977"), not a time the story went back to: a text going back tells a month or day,
    or opens its sentence with the year (`OPENING_DATE`: "In 1993 the army burned the villages. On 12 June ...": the
    story is in 1993 now). `anchor` asks it only of a story of another time than the source's: in a report of this
    week ("on Friday ... the 2008 war ... the night of 7/8 August") a bare year is the story's way back to its past."""
    return date.kind == "date" and len(date.value) == 4 and scene is not None and len(scene) >= 7 and (
        date.value < scene[:4]) and CUES.OPENING_DATE.fullmatch(text, sentence_start, date.start) is None


def noun_of_year(text: str, date: Mention) -> bool:
    """Is the date a bare year after a determiner, a common noun and "of" that is no noun of a time (`NOUN_OF_YEAR`:
    "your statement of 1996", "the census of 1991"; not "the summer of 1978"), and no preposition of time before it
    (`TIME_NOUN_OF_YEAR`: "after the elections of 1992" is a time the clause is at)?"""
    before = max(0, date.start - NOUN_REACH)
    return (len(date.value) == 4 and CUES.NOUN_OF_YEAR.search(text, before, date.start) is not None
            and CUES.TIME_NOUN_OF_YEAR.search(text, before, date.start) is None)
