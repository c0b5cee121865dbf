"""Reading the words around a trigger: the words before it in its clause, the determiner of its noun phrase,
its number, what follows it. Plain functions of the text, shared by the resolving rules (`resolve`) and
the irrealis rules (`irrealis`)."""

from __future__ import annotations

import re

from ..lang import cues

CUES = cues("coreference")
MORPHOLOGY = cues("morphology")  # which languages glue a plural on, and how
VERBS = cues("triggers").VERBS  # a trigger that is a verb form ("attacked") tells a new happening


def words_before(text: str, start: int) -> list[str]:
    """Up to six lower-case words before `start`, within the clause. A quotation mark that opens right at
    `start` ends no clause: 'calling for the "withdrawal of Israeli armed forces ..."' is asked for."""
    window = re.split(r"[.;:!?,()\"“”]", text[max(0, start - 60):start].rstrip("\"“"))[-1]
    return [w.strip("'’") for w in window.lower().split()][-6:]


def plural(text: str, lang: str) -> bool:
    """Is the trigger's head noun plural ("attacks"; Turkish and Azerbaijani -lar/-ler: "saldırılarda")?"""
    head = text.lower().split()[-1]
    if lang in MORPHOLOGY.SUFFIXED:
        return bool(MORPHOLOGY.PLURAL_SUFFIX.search(head))
    return head not in VERBS and head.endswith("s") and not head.endswith("ss")


def postmodified(text: str, end: int) -> bool:
    """Is the noun phrase specified by what follows ("the attack of the Armenian army")?"""
    return bool(CUES.POSTMODIFIER.match(text[end:end + 12]))


def determiner(words: list[str]) -> str | None:
    """The determiner of the noun phrase that ends here ("this second wave of" -> "this")."""
    for word in reversed(words[-5:]):
        if word in CUES.DETERMINERS:
            return word
        if word in CUES.PHRASE_ENDS:
            return None
    return None
