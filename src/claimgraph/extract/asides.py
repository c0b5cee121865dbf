"""Asides: a name told inside a phrase set off by commas that describes a person is no role of the acts the
sentence tells after it.

"Anthony Eden, the British prime minister, who told the House of Commons that Israel would attack Egypt, resigned in
January 1957": the House of Commons, Israel and Egypt say what Eden said; none took part in his resignation. "Abd
Rabbuh Mansur Hadi, a southerner loyal to Saleh, is named defence minister": Saleh is not named. The aside opens with
a comma and a relative pronoun of persons (`CUES.PERSON_RELATIVE`), or with a comma and an indefinite article right
after a person's name (`CUES.DESCRIBING_ARTICLE`), and closes at the next comma; an act told after it is the
person's, and the names within it are no roles of that act. An act told inside the aside keeps them ("who had met
Erdogan in Sochi": that meeting's). Only a person is so described by an article: in "The city, a stronghold of the
rebels, fell" the rebels lost the city.
"""

from __future__ import annotations

from ..lang import cues
from ..model import Mention
from ..recognise import Sentence

CUES = cues("asides")  # the cue words and patterns, of every language (claimgraph.lang)


def described_in_aside(text: str, sentence: Sentence, name: Mention, event: Mention, persons: list[Mention]) -> bool:
    """Does `name` stand in an aside describing a person (module docstring) that closes before `event`? `persons`:
    the sentence's mentions of persons."""
    if name.end > event.start:
        return False
    ends = {p.end for p in persons}
    openers = [*CUES.PERSON_RELATIVE.finditer(text, sentence.start, name.start),
               *(a for a in CUES.DESCRIBING_ARTICLE.finditer(text, sentence.start, name.start) if a.start() in ends)]
    for opener in openers:
        close = CUES.ASIDE_CLOSE.search(text, opener.end(), event.start)
        if close is not None and close.group() == "," and name.end <= close.start():
            return True
    return False
