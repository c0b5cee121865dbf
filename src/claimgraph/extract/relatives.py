"""Relative asides: a name, a relative clause set off by commas, then the name's own verb.

"President Alberto Fujimori, who had ordered the raid in March, resigned in November", "The Peruvian army, which had
lost Tiwinza in the fighting, withdrew on 17 February", "Ecuador, which had denied the attack, signed the ceasefire":
", who" / ", which" begins a clause of its own (`CUES.CLAUSE_BREAK`), and the names and acts inside it are its own; but
that clause closes at its next comma, and a finite verb right after that comma (`CUES.RELATIVE_MAIN_VERB`) is the
main verb of the name before the aside. What is told from the closing comma on is read in the clause of the name
before the aside, not in the aside's: Fujimori resigned, the army withdrew, Ecuador signed. The aside's names are read
there too, as they were when the verb was read in the aside's clause: whether one of them takes part in the act is
`asides`' to say ("Two men, who were members of Hamas, attacked a bus": Hamas did; "Begin, who had told the Knesset
..., resigned": the Knesset did not); the aside's own acts keep only its names. Nothing is rejoined where "and", a
participle ("killing 20 people") or a phrase ("on Monday") follows the comma: no verb of the subject's does.
"""

from __future__ import annotations

from ..lang import cues
from ..model import Mention
from ..recognise import Sentence

CUES = cues("asides")  # the cue words and patterns, of every language (claimgraph.lang)
SUBJECT_WORDS = 2  # words between the subject's name and the aside's comma ("Bolivian army", "Sudanese army")


def asides(text: str, sentence: Sentence) -> list[tuple[int, int]]:
    """(where the aside opens, where its closing comma stands) of each relative aside right after a name
    (`SUBJECT_WORDS` words at most between: "The Peruvian army, which") and followed by the main verb."""
    return [(m.start(), m.start("close")) for m in CUES.RELATIVE_ASIDE.finditer(text, sentence.start, sentence.end)
            if CUES.RELATIVE_MAIN_VERB.match(text, m.end("close"), sentence.end)
            and _named_before(text, sentence, m.start())]


def _named_before(text: str, sentence: Sentence, opened: int) -> bool:
    """Does a name stand right before the aside, the subject of no act told before it (`_object_of_act`)?"""
    before = [m for m in sentence.mentions if m.end <= opened]
    if not before:
        return False
    name = max(before, key=lambda m: m.end)
    return len(text[name.end:opened].split()) <= SUBJECT_WORDS and not _object_of_act(text, before, name)


def _object_of_act(text: str, before: list[Mention], name: Mention) -> bool:
    """Does an act's word stand before the name with no comma, semicolon or colon between ("Israeli jets bombed
    Beirut, which Syrian troops had occupied, then withdrew")? The name is what the act was done to, not the subject of
    the verb after the aside: the aside stays the object's, and its names no part of the act before it."""
    return any(m.kind == "trigger" and m.end <= name.start and not set(text[m.end:name.start]) & set(",;:")
               for m in before)


def rejoined(parts: list[list[Mention]], spans: list[tuple[int, int]], cuts: list[int]) -> list[list[Mention]]:
    """The clauses `parts` (in text order, cut at `cuts`, among them each aside's opening and closing comma) with the
    part that opens right after each aside's close (no other cut before its first name: "..., said that" ends the
    main verb's words) joined, with the aside's names, to the part whose last name stands right before the aside, the
    name the aside describes."""
    parts = [list(p) for p in parts]
    for opened, closed in spans:
        before = next((p for p in reversed(parts) if p and p[-1].end <= opened), None)
        after = next((p for p in parts if p and p[0].start >= closed), None)
        if after is not None and any(closed < cut < after[0].start for cut in cuts):
            continue
        if before is not None and after is not None and before is not after:
            named = [m for p in parts for m in p if opened < m.start and m.end <= closed and m.kind == "entity"]
            before.extend(named + after)
            parts.remove(after)
    return parts
