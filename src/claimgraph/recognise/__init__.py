"""Recognise: a Document's body blocks in, sentences with their mentions out.

Every recogniser sees each body block as one spaCy Doc; their candidates are settled
(longest wins) and placed in sentences with absolute offsets. Furniture blocks are never
read, so nothing is extracted from citations, licences or navigation.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..model import Document, Mention
from .base import Candidate, Recogniser, settle
from .dates import Dates
from .gazetteer import Gazetteer, load
from .nlp import pipeline
from .triggers import Triggers


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    lang: str
    mentions: tuple[Mention, ...]


def default_recognisers(gazetteer_path: str | None = None) -> list[Recogniser]:
    """The rule stack: gazetteer names, dates, event and agreement triggers."""
    nlp = pipeline()
    return [Gazetteer(load(gazetteer_path), nlp), Dates(), Triggers(nlp)]


def recognise(document: Document, recognisers: Sequence[Recogniser]) -> list[Sentence]:
    """The sentences of the document's body, each with the mentions inside it."""
    nlp = pipeline()
    blocks = document.body_blocks()
    texts = (document.text[b.start:b.end] for b in blocks)
    sentences: list[Sentence] = []
    for block, doc in zip(blocks, nlp.pipe(texts)):
        found = settle(c for r in recognisers for c in r(doc))
        for sent in doc.sents:
            inside = [c for c in found if sent.start_char <= c.start and c.end <= sent.end_char]
            mentions = tuple(_mention(document.text, block.start, block.lang, c) for c in inside)
            sentences.append(Sentence(block.start + sent.start_char, block.start + sent.end_char, block.lang, mentions))
    return sentences


def _mention(text: str, base: int, lang: str, cand: Candidate) -> Mention:
    start, end = base + cand.start, base + cand.end
    return Mention(start=start, end=end, text=text[start:end], kind=cand.kind, cls=cand.cls,
                   method=cand.method, lang=lang, entity=cand.entity, value=cand.value)


__all__ = ["Candidate", "Recogniser", "Sentence", "default_recognisers", "recognise"]
