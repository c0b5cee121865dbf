"""The stories' cosines weighed with numpy (`combine.similarity`) decide every pair as the plain
Python sum over the sources' tf-idf vectors (`stories._weighted`, `stories._dot`) decides it."""

import itertools
import math
import random
from collections import Counter

import pytest

from claimgraph.combine import similarity
from claimgraph.combine.stories import _dot, _frequencies, _weighted


def _corpus(seed: int, sources: int, entities: int) -> dict[str, Counter]:
    """Random mentions: a few common entities most sources name, many rare ones, an empty source."""
    rng = random.Random(seed)
    counts = {}
    for n in range(sources):
        names = rng.sample(range(entities), rng.randint(0 if n == 3 else 1, 12)) + rng.sample(range(4), 2)
        counts[f"s{n:03d}"] = Counter({f"e{e}": rng.randint(1, 9) for e in names})
    return counts


def _python(counts: dict[str, Counter], threshold: float, all_pairs: int) -> list[tuple[str, str]]:
    """The pairs as the Python sums decide them, over the candidates as `stories` chose them."""
    names = sorted(counts)
    if len(names) <= all_pairs:
        pairs = list(itertools.combinations(names, 2))
    else:
        rare = max(2, math.isqrt(len(names)))
        holders: dict[str, list[str]] = {}
        for source in names:
            for entity in counts[source]:
                holders.setdefault(entity, []).append(source)
        pairs = sorted({(a, b) for held in holders.values() if len(held) <= rare
                        for i, a in enumerate(held) for b in held[i + 1:]})
    vectors = _vectors(counts)
    return [(a, b) for a, b in pairs if _dot(vectors[a], vectors[b]) >= threshold]


def _vectors(counts: dict[str, Counter]) -> dict[str, dict[str, float]]:
    """Every source's vector, as `stories` weighs them."""
    df = _frequencies(counts)
    return {source: _weighted(counts, df, source) for source in counts}


def _exact(counts: dict[str, Counter], asked: list | None = None):
    vectors = _vectors(counts)

    def exact(a: str, b: str) -> float:
        if asked is not None:
            asked.append((a, b))
        return _dot(vectors[a], vectors[b])
    return exact


@pytest.mark.parametrize("seed, sources, all_pairs", [(1, 30, 200), (2, 120, 50), (3, 300, 200), (4, 2, 1), (5, 1, 0)])
@pytest.mark.parametrize("threshold", [0.05, 0.15, 0.4])
def test_the_numpy_cosines_pick_the_pairs_the_python_sums_pick(seed, sources, all_pairs, threshold):
    """Every pair, among every pair of a small corpus and among those sharing a rare entity in a
    larger one, is linked exactly when its Python sum reaches the threshold."""
    counts = _corpus(seed, sources, 60)
    assert similarity.similar(counts, threshold, all_pairs, _exact(counts)) == _python(counts, threshold, all_pairs)


def test_a_pair_near_the_threshold_is_decided_by_the_python_sum(monkeypatch):
    """With a margin wider than every cosine's distance to the threshold, every pair is weighed by
    the Python sum, and the pairs are those it picks: the numpy value decides only far from it."""
    counts = _corpus(6, 80, 40)
    asked: list = []
    monkeypatch.setattr(similarity, "MARGIN", 2.0)
    found = similarity.similar(counts, 0.15, 50, _exact(counts, asked))
    assert found == _python(counts, 0.15, 50)
    assert len(asked) > len(found) > 0


def test_the_python_sum_is_asked_only_near_the_threshold():
    """Two sources alike in every entity have a cosine of 1 (to the last bits): a threshold of
    exactly 1 is within the margin, and the Python sum's verdict is taken, whichever it is."""
    counts = {"a": Counter({"x": 2, "y": 1}), "b": Counter({"x": 2, "y": 1}), "c": Counter({"z": 1})}
    asked: list = []
    assert similarity.similar(counts, 1.0, 200, lambda a, b: asked.append((a, b)) or 0.5) == []
    assert asked == [("a", "b")]
    assert similarity.similar(counts, 1.0, 200, lambda a, b: 1.0) == [("a", "b")]
    assert similarity.similar(counts, 0.5, 200, lambda a, b: pytest.fail("asked far from the threshold")) == [("a", "b")]
