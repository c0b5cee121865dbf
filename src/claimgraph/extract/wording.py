"""Reading the words around a trigger: the words before it in its clause, the determiner of its noun phrase,
its number, whether it is indefinite, what follows it. Plain functions of the text, shared by the resolving
rules (`resolve`), the irrealis rules (`irrealis`) and the war rules (`wars`)."""

from __future__ import annotations

import re

from ..lang import cues
from ..model import Mention

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


def indefinite(text: str, mention: Mention) -> bool:
    """"launched a military campaign", "pushed back an incursion", "An agreement reached in October
    1998": an indefinite noun phrase introduces a happening or an agreement; it is not the conflict the
    story is about, nor the agreement named before. A predicative one describes what was named ("the
    war ... Primarily a conflict between", "it was an attack")."""
    words = words_before(text, mention.start)
    if mention.text.lower() in VERBS or determiner(words) not in CUES.INDEFINITE:
        return False
    article = max(i for i, w in enumerate(words) if w in CUES.INDEFINITE)
    before = words[article - 1] if article else ""
    return before not in CUES.COPULAS and not before.endswith(CUES.ADVERB_ENDINGS)
