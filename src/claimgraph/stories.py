"""Stories: which sources of a corpus tell the same conflict, so that compare never sets a
Tigray report against a Karabakh one.

A corpus may hold texts on many conflicts, and general entities (Russia, the United States,
the UN) occur in most of them. Two sources tell one story when the entities they mention
are alike: each source is a vector of its entities (an armed force counted as its state),
weighted by how often it mentions them and by how few sources do (tf-idf, the idf smoothed
so that a two-source corpus still counts what both share); sources whose cosine similarity
reaches `SIMILAR` are joined, and a story is a connected group (single linkage).

`SIMILAR` was read off the 18 development texts (six conflicts): the weakest link a story
needs there is 0.185 (a Tigray encyclopedia lead to a wire report), the strongest between
two conflicts 0.119 (a Karabakh text to a Syria text that both name Moscow and Turkey).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable

from .link import side
from .model import Extraction

SIMILAR = 0.15


def stories(extractions: Iterable[Extraction], sides: dict[str, str]) -> dict[str, str]:
    """Each source id -> the id of its story (the smallest source id in it): deterministic."""
    counts = {ex.document.meta.id: _mentions(ex, sides) for ex in extractions}
    vectors = _weighted(counts)
    parent = {source: source for source in counts}
    ids = sorted(counts)
    for i, a in enumerate(ids):
        for b in ids[i + 1:]:
            if _cosine(vectors[a], vectors[b]) >= SIMILAR:
                _join(parent, a, b)
    return {source: _root(parent, source) for source in ids}


def _mentions(ex: Extraction, sides: dict[str, str]) -> Counter:
    """How often a source mentions each entity: one typing claim per mention."""
    return Counter(side(c.subject, sides) for c in ex.claims if c.predicate == "type")


def _weighted(counts: dict[str, Counter]) -> dict[str, dict[str, float]]:
    df = Counter(entity for mentions in counts.values() for entity in mentions)
    n = len(counts)
    return {source: {e: (1 + math.log(k)) * math.log(1 + n / df[e]) for e, k in mentions.items()}
            for source, mentions in counts.items()}


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    dot = sum(w * b[e] for e, w in a.items() if e in b)
    norm = math.sqrt(sum(w * w for w in a.values())) * math.sqrt(sum(w * w for w in b.values()))
    return dot / norm if norm else 0.0


def _root(parent: dict[str, str], node: str) -> str:
    while parent[node] != node:
        node = parent[node]
    return node


def _join(parent: dict[str, str], a: str, b: str) -> None:
    """Union by smallest id, so a story's id is its smallest source id."""
    ra, rb = sorted((_root(parent, a), _root(parent, b)))
    parent[rb] = ra
