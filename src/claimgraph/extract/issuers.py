"""The party of a body's decision told by its noun (`recognise.decisions`) or by its verdict (`recognise.votes`:
"The General Assembly deplored the invasion"): the body that adopted it.

A communiqué names its body once, in the sentence that opens it ("The Peace and Security Council of the African
Union, at its meeting held on 26 March 2008, ..., adopted the following decision"), and its operative paragraphs
("1. Recalls its earlier decisions ..., the decision of 21 February 2008") have that body as their subject, unnamed:
the decisions they recall are its own. So a decision's party is the body that opens its sentence (its first name,
after an article at most), or, in an operative paragraph (`CUES.OPERATIVE_OPENING`), the body that opened the last
sentence before it that opened with one. A decision told elsewhere takes its parties from its clause
(`claims`, `parties`), as any agreement: "Despite the Council's appeal, Ethiopia's parliament passed a resolution"
names no issuer here; so does one "by" a name after it (`CUES.MADE_BY`): "1. Welcomes the decision of 3 June 2011 by
the Government of Sudan to withdraw" tells Sudan's decision, which the body only welcomes. A resolution named by
its number is the body's named with it (`named_with`): "UN Security Council Resolution 487", "the Security Council,
in Resolution 428, condemned"; not with a passive after the aside (`CUES.RESOLUTION_ASIDE_PASSIVE`: "The European
Union, in resolution 1244, was asked to help": the body it asks).
"""

from __future__ import annotations

import re

from ..lang import cues
from ..model import Mention
from ..recognise import Sentence
from ..recognise.decisions import told_by_noun
from ..recognise.votes import told_by_verdict
from .resolution import Resolution

CUES = cues("decisions")
BODY_RESOLUTION = cues("triggers").BODY_RESOLUTION
ASIDE_PASSIVE = cues("triggers").RESOLUTION_ASIDE_PASSIVE
RESOLVED_GAP = cues("triggers").RESOLVED_GAP  # "the General Assembly "strongly deplored"": what parts body and verb
RESOLUTIONS = cues("triggers").RESOLUTIONS  # "resolutions 353 (1974) of 20 July, 354 (1974) ...": a list's words
OWN_REACH = 30  # characters before a resolution word read for "its" (`Issuers._own`)
FIRST_DIGIT = re.compile(r"\d")  # where a numbered resolution's number begins in its mention


class Issuers:
    """Reads the sentences in order (`note` each), and says who issued each decision told by its noun (`of`)."""

    def __init__(self) -> None:
        self.last: str | None = None  # the body that opened the last sentence that opened with one

    def note(self, text: str, sentence: Sentence, res: Resolution) -> None:
        """Remember the body that opens `sentence`, if one does."""
        self.last = opening_body(text, sentence, res) or self.last

    def of(self, text: str, sentence: Sentence, mention: Mention, res: Resolution) -> str | None:
        """The body that issued the decision `mention` of `sentence`, or None (see the module); call before `note`."""
        if mention.cls == "Resolution" and (number := FIRST_DIGIT.search(mention.text)) is not None:
            if ASIDE_PASSIVE.match(text, mention.end):
                return None  # "The European Union, in resolution 1244, was asked to help": the body it asks
            return named_with(text, sentence, mention.start + number.start(), res) or self._own(text, sentence, mention)
        if told_by_verdict(mention):
            return _verdict_body(text, sentence, mention, res)
        if not told_by_noun(mention) or CUES.MADE_BY.match(text, mention.end):
            return None  # "Welcomes the decision of 3 June 2011 by the Government of Sudan": Sudan's, not the body's
        opening = opening_body(text, sentence, res)
        if opening is not None:
            return opening
        return self.last if CUES.OPERATIVE_OPENING.match(text, sentence.start) else None

    def _own(self, text: str, sentence: Sentence, mention: Mention) -> str | None:
        """The body of the heading before a resolution's operative or preambular paragraph (`CUES.OPERATIVE_OPENING`,
        `CUES.PREAMBULAR_OPENING`: "Recalling its resolutions 353 (1974) of 20 July, 354 (1974) ...") where the
        paragraph names a numbered resolution as "its" (`CUES.OWN_RESOLUTION_BEFORE`, before the list's resolution
        word): the body's own resolution. None elsewhere ("Russia recalled its resolution" names no body here)."""
        if self.last is None or not (CUES.OPERATIVE_OPENING.match(text, sentence.start)
                                     or CUES.PREAMBULAR_OPENING.match(text, sentence.start)):
            return None
        listed = next((m for m in RESOLUTIONS.finditer(text, sentence.start, sentence.end)
                       if m.start("list") <= mention.start < m.end("list")), None)
        return self.last if listed is not None and CUES.OWN_RESOLUTION_BEFORE.search(
            text, max(sentence.start, listed.start() - OWN_REACH), listed.start()) else None


def opening_body(text: str, sentence: Sentence, res: Resolution) -> str | None:
    """The id of the body of states (`CUES.ISSUER_CLASSES`) whose name opens the sentence, after an article at most."""
    first = min((m for m in sentence.mentions if m in res.of), key=lambda m: m.start, default=None)
    if first is None or not CUES.ISSUER_CLASSES & set(res.entities[res.of[first]].classes):
        return None
    opening = CUES.ISSUER_OPENING.match(text, sentence.start)
    return res.of[first] if opening.end() == first.start else None


def named_with(text: str, sentence: Sentence, number: int, res: Resolution) -> str | None:
    """The id of the body of states (`CUES.ISSUER_CLASSES`) named with the number of a resolution (at `number` in the
    text; the number alone is the mention, or the end of "Resolution 822" a gazetteer knows): right before its
    resolution word, or as the subject whose aside names it (`BODY_RESOLUTION`: "UN Security Council Resolution 487",
    "the Security Council, in Resolution 428, condemned"); None where no body is so named ("Russia vetoed resolution
    2334" names none)."""
    for body in sentence.mentions:
        if (body.end <= number and body in res.of and CUES.ISSUER_CLASSES & set(res.entities[res.of[body]].classes)
                and BODY_RESOLUTION.fullmatch(text, body.end, number)):
            return res.of[body]
    return None


def _verdict_body(text: str, sentence: Sentence, verb: Mention, res: Resolution) -> str | None:
    """The id of the body of states (`CUES.ISSUER_CLASSES`) named right before the verb of a verdict, past a quotation
    mark and an adverb (`RESOLVED_GAP`: "A week later the U.N. General Assembly "strongly deplored" the invasion")."""
    return next((res.of[m] for m in sentence.mentions if m in res.of and m.end <= verb.start
                 and CUES.ISSUER_CLASSES & set(res.entities[res.of[m]].classes)
                 and RESOLVED_GAP.fullmatch(text, m.end, verb.start)), None)
