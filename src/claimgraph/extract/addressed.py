"""Whom a speaker addresses: no part of what the speaker tells (`clause_roles`).

A transcript or an interview opens a sentence with the name of whom the speaker turns to ("Ms Nangolo, the operation
was called Operation Reindeer, and my clients say ..."; "Commissioner, we ran to the trench"). The person addressed
is a listener: the act the clause tells was done by its own subject, so the name takes no role in it. An apposition
("Mr Dlamini, the commander, ordered the raid") is the subject it stands at the head of and keeps its role; the cue
words and the shape of the clause after the comma are `claimgraph.lang.en.address`.
"""

from __future__ import annotations

import re

from ..lang import cues
from ..model import Mention
from ..recognise import Sentence

CUES = cues("address")
TITLES = re.compile(rf"{CUES.ADDRESS_TITLES}$")


def addressed(text: str, sentence: Sentence, mention: Mention) -> bool:
    """Is the person's name at the head of its sentence (past courtesy titles only) and followed by a comma that
    opens a clause with its own subject?"""
    head = text[sentence.start:mention.start]
    titles = TITLES.search(head)
    if not CUES.SENTENCE_HEAD.match(head[:titles.start()]):
        return False
    return CUES.ADDRESSED_CLAUSE.match(text, mention.end, sentence.end) is not None
