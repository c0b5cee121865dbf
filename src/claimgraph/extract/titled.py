"""Titled: the words a source calls a person by include the title it writes before a lone surname.

"President Reagan", "Mr Rowlands", "Commissioner Mkhize": a title and a surname alone is a form of
address, the name the source calls the person by there, as a reader quoting the source writes it
("Reagan" alone may be anyone of that name); the surname alone is the entity's label and its name
claim. So the typing claim of a person named by one word quotes the titles standing right before it
(`recognise.base.title_start`, one or several in a row), on the same line. Before a full name
a title describes the person ("Foreign Minister Sergei Lavrov": the foreign minister, Sergei
Lavrov), and the full name is the name: no title is quoted with it. In a line all in capitals, a title in capitals
is one too ("ADMIRAL AMMAN"). Only a person's mention:
"General Assembly" or "Mr Bean Street" are read as no person before this.
"""

from __future__ import annotations

from ..model import Mention
from ..recognise.base import title_start

REACH = 60  # characters before a name: "Deputy Prime Minister Sir " and more


def titled_start(text: str, mention: Mention) -> int:
    """Where the words calling the person start: at the first of the titles right before a one-word name, else at the
    name."""
    if mention.cls != "Person" or " " in mention.text.strip():
        return mention.start
    title = title_start(text, mention.start, mention.text, REACH)
    return mention.start if title is None else title
