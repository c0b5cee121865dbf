"""How far the words a cue of modality governs reach in its sentence (`claimgraph.extract.modality`): what a sayer
says ends at a narrator's clause, or where the sentence's own verb comes back after a relative clause of saying; a
citation after a count holds the count; a modifier holds the few words after it. Positions only: the cues are built
by `modality`."""

from __future__ import annotations

import re

from ..lang import cues
from ..recognise import Sentence
from .scope import clause_end, clause_start

CUES = cues("modality")


def relative_said_end(text: str, sentence: Sentence, verb: re.Match) -> int:
    """Where what a verb of saying says can reach: for one in a relative clause set off by commas (`RELATIVE_SAYER`:
    "Eden, who told the House of Commons in December that ..., resigned in January 1957"), up to the comma where the
    sentence's own verb comes back (`RELATIVE_RESUMED`, the last: "which said that Syrian forces, backed by Russia,
    attacked Idlib, called for talks"); else the sentence's end."""
    # From the comma before the verb's clause (`clause_start` is just after it): the relative word follows a comma.
    if not CUES.RELATIVE_SAYER.search(text, clause_start(text, sentence, verb.start()) - 1, verb.start()):
        return sentence.end
    resumed = [m.start() for m in CUES.RELATIVE_RESUMED.finditer(text, verb.end(), sentence.end)]
    return resumed[-1] if resumed else sentence.end


def closes_count(text: str, sentence: Sentence, start: int) -> bool:
    """Does the citation at `start` close a clause that tells a count (`CITED_AFTER`: "killing about 1,200
    people, according to Israeli tallies, and taking some 250 hostages")? Then it vouches for the figures, and
    the attack, its place and its date are the source's own; "According to the UN, ..." and a citation after
    a clause with no count ("was awarded the prize, according to a statement") hold the whole sentence. With no comma,
    only a citation right after the count's words ("killing 293 people according to official figures") holds it."""
    if any(x.kind == "quantity" and x.end <= start and not text[x.end:start].strip() for x in sentence.mentions):
        return True  # "killing 293 people according to official figures": the citation right after the count
    comma = CUES.CITED_AFTER.search(text, sentence.start, start)
    if comma is None:
        return False
    opens = clause_start(text, sentence, comma.start())
    return any(x.kind == "quantity" and opens <= x.start and x.end <= comma.start() for x in sentence.mentions)


def relative_end(text: str, sentence: Sentence, end: int) -> int:
    """Where a relative clause opened by "where, according to X," ends: at the end of the clause that
    follows the citation's closing comma (the sentence's end when no comma closes it)."""
    comma = text.find(",", end, sentence.end)
    return sentence.end if comma < 0 else clause_end(text, sentence, comma + 1)


def said_end(text: str, start: int, limit: int, ends: re.Pattern = CUES.SAID_END) -> int:
    """Where the words a cue attributes end: at a narrator's clause (`SAID_END`; for an accusation also its
    aside, `ACCUSED_END`), else the sentence's end."""
    found = ends.search(text, start, limit)
    return found.start() if found else limit


def phrase_end(text: str, start: int, limit: int) -> int:
    """Where the noun phrase after a modifier ends: at most three words, before any punctuation."""
    words = re.match(r"(?:\s+[\w’'-]+){1,3}", text[start:limit])
    return start + words.end() if words else start
