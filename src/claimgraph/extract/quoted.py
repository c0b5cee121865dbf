"""A reply's quoted lines: "> everyone there believes it was shot down" in a mail or a newsgroup thread.

A reply repeats the lines it answers, each opened by a quotation mark of mail (">", ">>" for a quote of a quote),
and the thread above holds the message they come from. A line so quoted tells nothing new: its act is the one the
earlier message told, in that message's words and with that writer's hedges ("my cousin says everyone believes it
was shot down"), which the bare quoted line has lost. A trigger there names no happening of its own (rule 1 of
`resolve`, `irrealis.no_happening`) when the quoted words stand earlier in the text; a quote of a message the text
does not hold is the only telling of its act, and is read.
"""

from __future__ import annotations

import re

from ..model import Mention

QUOTE_MARKS = re.compile(r"[ \t]*(?:>[ \t]*)+")  # a mail's quotation marks opening a line
QUOTED_WORDS = 3  # the fewest words of a quoted line worth finding earlier ("> Nonsense." is found anywhere)


def repeated_quote(text: str, mention: Mention) -> bool:
    """Does the mention stand on a line opened by a mail's quotation marks (`QUOTE_MARKS`) whose words, at least
    QUOTED_WORDS of them, stand earlier in the text (white space compared loosely: a message wraps its lines)?"""
    start = text.rfind("\n", 0, mention.start) + 1
    end = text.find("\n", mention.end) % (len(text) + 1)
    marks = QUOTE_MARKS.match(text, start, end)
    if not marks:
        return False
    words = text[marks.end():end].split()
    return len(words) >= QUOTED_WORDS and " ".join(words) in " ".join(text[:start].split())
