"""Undo hard wrapping: the line breaks a paragraph got from its layout, not from its author.

Text from a PDF page, a plain-text archive or an e-mail is wrapped at a fixed width, so a
name can be cut in two ("signed in Addis\\nAbaba"). The gazetteer's phrase patterns match
spaCy's tokens, never across a line break's own token, and miss it. `unwrapped` gives the
recognisers the paragraph with each soft break made a space. The replacement keeps every offset
(a "\\r\\n" becomes two spaces), so mentions and quotes still point into the source as decoded;
a mention's words are put on one line for its label (`recognise.stack._mention`).

A break is soft when the line before it is long, near the paragraph's widest line (a wrapped
line is filled to the width; a list item or an infobox row is as short as its content), does
not end a sentence (a text with a paragraph on each line, or a sentence that happens to end at
the width, keeps its break: the tokenizer would take an opening quote after it for the closing
one of the sentence before), and the line after it does not open an entry of a list ("- ",
"2. ", "12 March: ", "Commanders: ", a chat's stamped line "[27/06 14:32] ").
"""

from __future__ import annotations

import re

from ..lang import cues

MIN_WIDTH = 50  # characters: a paragraph whose widest line is shorter is a list, never wrapped text
FILLED = 0.6  # a line at least this share of the widest line was filled to the width
_BREAK = re.compile(r"\r\n?|\n")
SENTENCE_END = re.compile(r"[.!?:;][\"'”’)\]]*$")
# ... or a chat's or a log's line stamped with its day and clock time ("[27/06 14:32] Marko: ...", "19.06.92 18:55 ...")
_ENTRY = re.compile(rf"[^\S\r\n]*(?:[-*•–]\s|\d{{1,3}}[.)]\s|[^:\s][^:\n]{{0,29}}:\s|{cues('dates').STAMPED_LINE})")


def unwrapped(paragraph: str) -> str:
    """The paragraph with its soft line breaks made spaces; the same length, every offset kept."""
    lines = _BREAK.split(paragraph)
    if len(lines) < 2:
        return paragraph
    width = max(len(line.rstrip()) for line in lines)
    if width < MIN_WIDTH:
        return paragraph
    pieces, at = [], 0
    for match in _BREAK.finditer(paragraph):
        line = paragraph[at:match.start()]
        soft = (len(line.rstrip()) >= FILLED * width and not SENTENCE_END.search(line.rstrip())
                and not _ENTRY.match(paragraph, match.end()))
        pieces += [line, " " * len(match.group()) if soft else match.group()]
        at = match.end()
    pieces.append(paragraph[at:])
    return "".join(pieces)
