"""An effect felt, told by the words of an entry into force: "Air strikes were taking effect on the supply lines",
"the sanctions are taking effect" tell what an act does, not an accord coming into force.

A filter of `triggers.Triggers`: the lexicon's "taking effect" is dropped as the progressive of having an effect
(`CUES.EFFECT_FELT_AFTER` just before it: a form of "be" or of beginning) unless an agreement word stands before it
in its sentence ("the ceasefire is taking effect at noon" stays its entry into force). The participle after its noun
("a ceasefire taking effect at midnight") is no progressive and stays.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..lang import cues
from .agreement_ends import AGREEMENT_WORDS

CUES = cues("triggers")  # the words of every language (claimgraph.lang)


def effect_felt(doc: Doc, start: int, end: int) -> bool:
    """Is doc[start:end] "taking effect" after a form of "be" or of beginning, with no agreement word before it in
    its sentence?"""
    if start == 0 or doc[start:end].text.lower() != "taking effect":
        return False
    if doc[start - 1].lower_ not in CUES.EFFECT_FELT_AFTER:
        return False
    return not any(t.lower_ in AGREEMENT_WORDS for t in doc[doc[start].sent.start:start])
