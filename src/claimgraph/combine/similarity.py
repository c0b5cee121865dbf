"""Which pairs of sources tell one story (`stories`): the candidate pairs whose tf-idf cosine reaches
a threshold, found and weighed with numpy, and decided exactly as the plain Python sum decides them.

A large corpus asks tens of thousands of cosines (1,000 articles: 38,000 candidate pairs, 6 us
each as a Python sum over dicts: with the pairs found in Python, a third of a second). Here each is
first computed with numpy (a source's vector as entity numbers and weights; one source's row spread
out dense, its partners' entries gathered and multiplied with it at once). That value can differ
from the Python sum in its last bits: the logarithms, the norm and the sums round differently. Its
error is bounded far below `MARGIN` (every weight is exact to a few units in the last place, about
1e-16 relative; a cosine of unit vectors sums at most a few thousand products, each at most 1 in
size: an error under 1e-12; on the bench corpus 1.7e-16 at most), so a pair whose numpy cosine is
further than `MARGIN` from the threshold is on the same side of it as its Python sum, and a pair
within `MARGIN` of it (none on the bench corpus: the closest is 1.2e-5 away) is weighed again by the
Python sum (`exact`) that decided every pair before. Every pair is thus decided as the Python sum
decides it, and the stories are the same.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

MARGIN = 1e-6  # far above the numpy cosine's error (under 1e-12), far below any cosine's distance to the threshold


@dataclass(frozen=True)
class _Table:
    """Every source's tf-idf vector of unit length, the sources in sorted order: their ids, where each
    one's entries start (one more for the end), the entries' entity numbers and weights, and how many
    sources mention each entity."""

    names: list[str]
    starts: np.ndarray
    entities: np.ndarray
    weights: np.ndarray
    df: np.ndarray


def similar(counts: dict[str, Counter], threshold: float, all_pairs: int,
            exact: Callable[[str, str], float]) -> list[tuple[str, str]]:
    """The candidate pairs of sources (`_candidates`) whose tf-idf cosine (of the mentions `counts`,
    weighed as `stories._weighted` weighs them) reaches `threshold`, sorted; `exact(a, b)` is the
    cosine as the Python sum gives it, asked only for a pair whose numpy cosine is within `MARGIN` of
    the threshold."""
    table = _table(counts)
    first, second = _candidates(table, all_pairs)
    if not len(first):
        return []
    cosines = _cosines(table, first, second)
    sure = cosines >= threshold + MARGIN
    near = np.flatnonzero(~sure & (cosines > threshold - MARGIN))
    names = table.names
    for n in near.tolist():
        sure[n] = exact(names[first[n]], names[second[n]]) >= threshold
    return [(names[a], names[b]) for a, b in zip(first[sure].tolist(), second[sure].tolist())]


def _candidates(table: _Table, all_pairs: int) -> tuple[np.ndarray, np.ndarray]:
    """The pairs of sources worth comparing, as their numbers (sorted). Up to `all_pairs` sources,
    every pair (three texts on one war may share only the entities all three mention). Beyond, those
    sharing an entity that few sources mention (at most the square root of their number, and two):
    entities most texts mention weigh little, so two sources that share only those are not one
    story; comparing every pair of 10,000 sources would take minutes (quadratic), this takes a
    fraction of a second. Each rare entity's sources, in order, are paired with the ones `gap`
    places after them, for every gap up to the number of its sources."""
    size = len(table.names)
    if size <= all_pairs:
        first, second = np.triu_indices(size, 1)
        return first.astype(np.int64), second.astype(np.int64)
    owners = np.repeat(np.arange(size), np.diff(table.starts))
    rare = table.df[table.entities] <= max(2, math.isqrt(size))
    order = np.lexsort((owners[rare], table.entities[rare]))  # by entity, then by source
    entity, owner = table.entities[rare][order], owners[rare][order]
    codes = [np.zeros(0, dtype=np.int64)]
    for gap in range(1, len(owner)):
        same = entity[:-gap] == entity[gap:]
        if not same.any():  # no entity has more sources than this: none has more than a larger gap
            break
        codes.append((owner[:-gap] * size + owner[gap:])[same])
    found = np.unique(np.concatenate(codes))
    return found // size, found % size


def _cosines(table: _Table, first: np.ndarray, second: np.ndarray) -> np.ndarray:
    """The cosine of each pair, by numpy: for each first source of the pairs (they come grouped by
    it, as sorted pairs do; the values do not depend on it), its vector spread out dense, and the
    entries of all its partners' vectors multiplied with it at once."""
    starts, entities, weights = table.starts, table.entities, table.weights
    lengths = starts[second + 1] - starts[second]
    ends = np.cumsum(lengths)
    # every entry of each pair's second vector, in pair order
    at = np.repeat(starts[second] - (ends - lengths), lengths) + np.arange(int(ends[-1]))
    gathered, values = entities[at], weights[at]
    products = np.zeros(len(values) + 1)  # one more: a pair with no entries starts at the end
    dense = np.zeros(len(table.df))
    bounds = (np.flatnonzero(np.diff(first)) + 1).tolist()
    for start, end in zip([0, *bounds], [*bounds, len(first)]):
        row = int(first[start])
        own = slice(starts[row], starts[row + 1])
        dense[entities[own]] = weights[own]
        span = slice(int(ends[start] - lengths[start]), int(ends[end - 1]))
        products[span] = dense[gathered[span]] * values[span]
        dense[entities[own]] = 0.0
    return np.where(lengths > 0, np.add.reduceat(products, ends - lengths), 0.0)


def _table(counts: dict[str, Counter]) -> _Table:
    """The sources' vectors (`_Table`), weighed as `stories._weighted` weighs them."""
    names = sorted(counts)
    numbers: dict[str, int] = {}
    entities = np.asarray([numbers.setdefault(entity, len(numbers)) for name in names for entity in counts[name]],
                          dtype=np.int64)
    k = np.fromiter((n for name in names for n in counts[name].values()), dtype=np.float64, count=len(entities))
    sizes = np.fromiter((len(counts[name]) for name in names), dtype=np.int64, count=len(names))
    df = np.bincount(entities, minlength=len(numbers)).astype(np.float64)
    weights = (1 + np.log(k)) * np.log(1 + len(names) / df[entities])
    owners = np.repeat(np.arange(len(names)), sizes)
    norms = np.sqrt(np.bincount(owners, weights=weights * weights, minlength=len(names)))
    norms[norms == 0] = 1.0
    return _Table(names, np.concatenate(([0], np.cumsum(sizes))), entities, weights / norms[owners], df)
