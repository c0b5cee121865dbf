"""Offices: the state a person acts for, read from the title a source names them with.

    "the then president of Serbia Slobodan Milosevic"   -> slobodan-milosevic cg:represents serbia
    "ex-Yugoslavia's Slobodan Milosevic"                -> slobodan-milosevic cg:represents federal-republic-of-yugoslavia
    "Russian President Dmitry Medvedev"                 -> dmitry-medvedev cg:represents russia
    "Menachem Begin, the Israeli prime minister"        -> menachem-begin cg:represents israel
    "signed by Foreign Minister Ali Alatas for Indonesia" -> ali-alatas cg:represents indonesia (`signers`)

The title is the one `structure.titled` reads (a state right before the person, only title
words between), without a go-between's nationality ("The French diplomat Jean Arnault" mediated for
the UN). It tells the capacity a person is named in, which sources can give differently (the
president of Serbia, or Yugoslavia's leader, at one signing). An office held no longer ("the
former president of Croatia Franjo Tudjman", "former Georgian President") is not the capacity the
person acts in when the text tells of them: no claim (`FORMER_BEFORE`, `FORMER_BETWEEN`); nor is a
state an office is posted to ("Russia's ambassador to Ukraine Mikhail Zurabov": `POSTED_TO`).
"""

from __future__ import annotations

from collections.abc import Iterator

from ..lang import cues
from ..model import Claim
from ..recognise import Sentence
from .resolution import Resolution
from .scope import evidence, rejoin
from .signers import signed_for
from .structure import titled

CUES = cues("offices")  # the cue words and patterns, of every language (claimgraph.lang)
CLAUSES = cues("clauses")  # TITLE_OF: a title of one who acts for the state (no go-between's nationality)
NAME = "offices.v8"  # v8: s32 review: a bare "for" after the signing verb's "by" only, a block's line ends
# with its signer ("For Ukraine, President X promised aid": none)
# v7: whom a person signed or acts for ("X, on behalf of Y", "signed by X for Y")
# v6: "X, the Iraqi president's son": no title in an aside
TITLE_REACH = 40  # characters read before the state for the title's words ("the former president of ")


def extract(source_id: str, text: str, sentences: list[Sentence], res: Resolution) -> Iterator[Claim]:
    """Each person of the sources' sentences named with a state's title, or said to sign or act for a state or
    body (`signers.signed_for`) -> that state or body."""
    for sentence in rejoin(text, sentences):
        for person, actor in signed_for(text, sentence, res).items():
            yield evidence(source_id, text, NAME, res.of[person], "represents", res.of[actor],
                           min(person.start, actor.start), max(person.end, actor.end))
        for person, state in titled(text, list(sentence.mentions), res, CLAUSES.TITLE_OF).items():
            before = text[max(sentence.start, state.start - TITLE_REACH):state.start]
            if CUES.FORMER_BEFORE.search(before) or CUES.POSTED_TO.search(before) \
                    or CUES.FORMER_BETWEEN.search(text, state.end, person.start):
                continue
            yield evidence(source_id, text, NAME, res.of[person], "represents", res.of[state],
                           min(state.start, person.start), max(state.end, person.end))
