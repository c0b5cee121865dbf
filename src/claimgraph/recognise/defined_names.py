"""Names written with their acronym after them ("Revolutionary Armed Forces of Colombia (FARC)"): how many words
before the parentheses the acronym stands for, where the name opens, and the class its head word gives."""

from __future__ import annotations

import re
from itertools import takewhile

from .name_rules import CUES, NAME_WORDS


def _defined_span(text: str, end: int, acronym: str) -> tuple[int, int] | None:
    """The capitalised words just before an acronym in parentheses that it abbreviates: as many
    as it has capitals (connectives such as "of the" between them), at least two words and at
    most one capital short, or three where a body's kind stands before an "in" and its place (`BODY_ACRONYM_SHORT`:
    "UN Verification Mission in Guatemala (MINUGUA)", an acronym of the name in another language); none where words in
    capitals stand before another name (`_other_name`)."""
    wanted = sum(c.isupper() for c in acronym)
    words = list(NAME_WORDS.finditer(text, max(0, end - 160), end))
    start, have, expected_end = None, 0, end
    for word in reversed(words):
        if text[word.end():expected_end].strip() or have >= wanted:
            break  # a gap that is not white space, or enough words
        if word.group() not in CUES.CONNECTIVES:
            have += sum(1 for part in re.split("[-–]", word.group()) if part[:1].isupper())
            start = word.start()
        expected_end = word.start()
    enough = have >= max(2, wanted - 1)  # one letter may come from a small word ("in" of UNSMIL); "to support the
    # Hodeidah Agreement (UNMHA)" names only part of the body the acronym stands for
    in_other_language = have >= max(3, wanted - 3) and CUES.BODY_ACRONYM_SHORT.search(text, start or 0, end) is not None
    enough = enough or in_other_language
    if start is None or not enough or CUES.MONTHS & set(text[start:end].split()):
        return None
    if _other_name(text, start, end, acronym):
        return None
    return _agreement_opening(text, words, start), end


def _other_name(text: str, start: int, end: int, acronym: str) -> bool:
    """Are the words in capitals and the word in parentheses no acronym of theirs, as its first letter is not theirs? A
    heading's words over a place's other name ("HOTLINE CALLS" over "BENDER (TIGHINA)"), no name defined."""
    return text[start:end].isupper() and acronym[0] != text[start]


def _agreement_opening(text: str, words: list[re.Match], start: int) -> int:
    """Where the name starts: at a kind of agreement just before its words, across connectives only ("the
    Agreement on the Resolution of the Conflict in the Republic of South Sudan (ARCSS)": the title opens with
    its kind, though the acronym skips a word of it)."""
    expected_end = start
    for word in reversed([w for w in words if w.end() <= start]):
        if text[word.end():expected_end].strip():
            return start
        if word.group() in CUES.AGREEMENT_KINDS:
            return word.start()
        if word.group() not in CUES.CONNECTIVES:
            return start
        expected_end = word.start()
    return start


def _defined_class(name: str) -> str:
    """The class of a name defined with an acronym, by its head word: a kind of body before the first
    "of", "for", "on" or "in" heads it ("Armed Forces of the Democratic Republic of the Congo (FARDC)" are
    forces, no state), and so does a kind of agreement that ends the words before it ("Comprehensive Agreement on
    Respect for Human Rights ... (CARHRIHL)"); else the kind of agreement or event that ends it, or the last kind
    of body in it."""
    words = name.split()
    head = list(takewhile(lambda w: w not in CUES.HEAD_ENDS, words))
    if head != words and head and head[-1] in CUES.AGREEMENT_KINDS:  # "Comprehensive Agreement on Respect for ..."
        return CUES.AGREEMENT_KINDS[head[-1]]
    if head != words and any(w in CUES.BODY_KINDS for w in head):
        return _defined_class(" ".join(head))
    kind = CUES.AGREEMENT_KINDS.get(words[-1]) or CUES.EVENT_KINDS.get(words[-1])
    if kind:
        return kind
    heads = [w for w in words if w in CUES.BODY_KINDS]
    if heads:
        return CUES.BODY_KINDS[heads[-1]]
    return "ArmedGroup" if {w.lower() for w in words} & CUES.ARMED_HEADS else "Organization"
