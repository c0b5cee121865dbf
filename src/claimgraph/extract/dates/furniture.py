"""Lines of furniture inside a sentence: a title and the date line under it that the sentencizer ran together.

"Briefing on the rebel attack on Kindu\n3 March 2015, 10:00" is two lines, and the date of a document is not the
date of the happening its title names: a dated clause (`attach.dated_clauses`) is cut again where such a line begins.
"""

from __future__ import annotations

from ...model import Mention
from ...recognise.wrapping import SENTENCE_END
from ..scope import grouped
from ..structure import LINE_BREAK


def by_line(text: str, cut: list[list[Mention]]) -> list[list[Mention]]:
    """The clauses cut again where a line of furniture begins (`breaks`)."""
    return [part for clause in cut for part in grouped(clause, breaks(text, clause[0].start, clause[-1].end))]


def breaks(text: str, start: int, end: int) -> list[int]:
    """Where, between `start` and `end`, a line break before a capital or a digit (`structure.LINE_BREAK`) begins a
    line that is no prose: a whole line with no closing mark ("3 March 2015, 10:00", "Situation Report No. 2, as of 25
    June 2008"). A line of prose after a section heading ("Invasion\nRussian aircraft began striking targets in late
    August.") tells what the heading names, and its date may stay the heading's; prose wrapped by hand ("attacked the
    barracks in Kindu on\n3 March 2015, killing four soldiers and\nwounding ...") goes on in lower case on the next
    line: the date there is the clause's own. (`wrapping.unwrapped` tells no title from a wrapped line: a title over a
    date line is as long as the paragraph's widest line.)"""
    found = []
    for brk in LINE_BREAK.finditer(text, start, end + 1):
        line_end = text.find("\n", brk.end()) % (len(text) + 1)
        if not (SENTENCE_END.search(text[brk.end():line_end].rstrip()) or _runs_on(text, line_end)):
            found.append(brk.start())
    return found


def _runs_on(text: str, line_end: int) -> bool:
    """Does the line ending at `line_end` go on in lower case on the next (a sentence wrapped by hand)?"""
    return text[line_end + 1:line_end + 2].islower()

