"""Matching: which profiles are one entity, and the clusters they make.

Two profiles are one when their evidence agrees (`_score`: compatible classes, a participant in
common and close dates, the same counted points, an establishing agreement or a movement's route
in common); each minted entity takes the best of its candidates (`match`), found through an index
(`_Blocks`) rather than by weighing every pair, and never joins two things one source kept apart
(`_Clusters`). Rounds of matching grow one mapping (`closure`).
"""

from __future__ import annotations

import functools
import itertools
from collections import defaultdict
from collections.abc import Iterator

from ..extract.resolution import compatible
from ..rdf.terms import tops
from .profiles import Profile, Signature, signature_of

_END = "\U0010ffff"  # after every character of an id (slugs: `_smallest_first`)


def forget() -> None:
    """Drop the signatures of this corpus and their scores: kept for the next they would only hold memory."""
    _score.cache_clear()
    signature_of.cache_clear()


@functools.cache
def _compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether entities of classes `a` and `b` can be one (few distinct pairs, asked often: cached)."""
    top = tops(a)
    if not ({"Event", "Agreement"} & top) or top != tops(b):
        return False
    if "Agreement" in top:
        return any(compatible(c, b) for c in a)
    return bool(set(a) & set(b))


def _close_dates(a: Signature, b: Signature) -> bool | None:
    """True if two dates agree; False if both have dates and none do; None with no dates to compare.

    A short event is dated by its day (within `profiles.DAYS`); a war by its year (`YEAR_DATED`); one dated
    only by years or months agrees with a day in each of them (`_within`); dates of any
    precision that share no year never agree.
    """
    if a.year_classes & b.year_classes:
        return bool(a.years & b.years) if a.years and b.years else None
    if a.years and b.years and not a.years & b.years:
        return False  # a ceasefire of 1994 is not one of 2020, however coarse the dates
    if not a.days or not b.days:
        return _within(a, b) or _within(b, a) or None
    return not a.window.isdisjoint(b.ordinals)  # a day of b within `profiles.DAYS` of one of a


def _within(coarse: Signature, fine: Signature) -> bool:
    """Whether an entity dated only by years or months has each of them hold a day of the other."""
    return bool(coarse.dates) and not coarse.days and bool(fine.days) and all(
        any(day.isoformat().startswith(value) for day in fine.days) for value in coarse.dates)


def _another(a: Profile, b: Profile) -> bool:
    """Whether b may be the same as a by their evidence (`_score`): b is known, or told by a
    source that does not tell a (a source's own entities were kept apart by its resolution)."""
    return b.known or not b.sources <= a.sources


@functools.lru_cache(maxsize=1 << 18)
def _score(a: Signature, b: Signature) -> tuple | None:
    """Whether entities of two signatures are one, by their evidence: a participant in common and close dates;
    agreements that count the same points in years that do not differ; a participant in common and (with no dates to
    compare) an establishing agreement in common; movements with a route in common and no dates that differ."""
    if not _compatible(a.classes, b.classes):
        return None
    shared = a.participants & b.participants
    dates = _close_dates(a, b) if shared else None  # dates cost more to compare: only when they can count
    if dates:
        return (len(shared), 1)
    if a.points & b.points and a.agreement and not (a.years and b.years and not a.years & b.years):
        return (len(shared), 0)
    if shared and dates is None and a.established_by & b.established_by:
        return (len(shared), 0)
    if a.routes & b.routes and _close_dates(a, b) is not False:
        return (len(shared), 0)
    return None


def match(profiles: dict[str, Profile]) -> dict[str, str]:
    """Minted entity id -> the entity it is the same as: of its candidates (`_Blocks.ranked`) not
    matched yet and told by another source (`_another`), the first by the best evidence, then
    known, then smallest id, that may join it.

    Two entities one source dates by a day and its resolution kept apart stay apart: a third
    source's "2018 Douma chemical attack" does not make one of a text's chemical attack and its
    air raids of 7 April (`_Clusters`)."""
    candidates = _Blocks(profiles)
    clusters = _Clusters(profiles)
    found: dict[str, str] = {}
    for eid in sorted(profiles):
        a = profiles[eid]
        if a.known:
            continue
        best = next((o for o in candidates.ranked(eid, found) if o != eid and _another(a, profiles[o])
                     and clusters.can_join(eid, o)), None)
        if best is not None and found.get(best) != eid:
            found[eid] = best
            clusters.join(eid, best)
    return found


class _Clusters:
    """The clusters `match` has made so far, each with the sources that date it by a day (a
    profile of several sources with a day counts them all) and the years it is dated in: two
    clusters dated by one source are never joined, nor two dated years apart. An undated
    entity may join a dated one ("Russian forces moved into Crimea" and the move of 27 February
    2014), but does not bridge it to one of another year (the move of 24 February 2022): a
    year's gap is allowed for dates a few days apart across New Year."""

    def __init__(self, profiles: dict[str, Profile]):
        self.profiles = profiles
        self.root: dict[str, str] = {}
        self.held: dict[str, tuple[set[str], set[int]]] = {}  # a root's (dated sources, years), once asked

    def _find(self, eid: str) -> str:
        while eid in self.root:
            eid = self.root[eid]
        return eid

    def _dated(self, root: str) -> tuple[set[str], set[int]]:
        """A cluster's sources dating it by a day and its years: its profile's until it is joined
        (made when first asked: most profiles never are)."""
        found = self.held.get(root)
        if found is None:
            profile = self.profiles[root]
            found = self.held[root] = (set(profile.sources) if profile.days else set(),
                                       {int(y) for y in profile.signature.years})
        return found

    def can_join(self, a: str, b: str) -> bool:
        ra, rb = self._find(a), self._find(b)
        (da, ya), (db, yb) = self._dated(ra), self._dated(rb)
        apart = ya and yb and min(abs(x - y) for x in ya for y in yb) > 1
        return ra != rb and not da & db and not apart

    def join(self, a: str, b: str) -> None:
        ra, rb = self._find(a), self._find(b)
        self.root[ra] = rb
        (da, ya), (db, yb) = self._dated(ra), self._dated(rb)
        db |= da
        yb |= ya


def _smallest_first(eid: str) -> str:
    """A key under which the smallest id is the largest in a reverse sort, and a longer id comes
    before its own prefix (an id's end sorts after every character an id holds, `_END`): made
    once per id, for `_Blocks.ids`."""
    return eid + _END


class _Blocks:
    """Which profiles are the same as a given one by their evidence (`_score`), without weighing
    every pair.

    `_score` needs compatible classes (so a kind in common, `profiles._kinds`) and either a close date (a
    day within `profiles.DAYS`, or the year for a war or an entity dated only coarsely), a shared
    establishing agreement, counted points or a movement's route. Candidates are a superset of
    what it accepts, found by index lookups, so linking stays near-linear in the corpus instead
    of weighing every pair. All of it is a signature's (`Signature`): the index holds
    signatures, and a signature's candidates are found and weighed once, however many profiles
    share it (the same event told alike by many sources); a profile's are then the profiles of
    the signatures that scored, ranked once for them all.
    """

    def __init__(self, profiles: dict[str, Profile]):
        self.profiles = profiles
        self.ids = sorted(profiles, key=_smallest_first, reverse=True)
        # each profile's place in the ranking when scores tie: known first, then by `_smallest_first`
        self.holders: dict[Signature, list[int]] = defaultdict(list)
        for n, eid in enumerate(self.ids):
            self.holders[profiles[eid].signature].append(profiles[eid].known * len(self.ids) + n)
        self.index: dict[tuple, set[Signature]] = defaultdict(set)
        for signature in self.holders:
            for key in self._keys(signature):
                self.index[key].add(signature)
        self.ranks: dict[Signature, list[str]] = {}  # a signature's candidates, best first (`ranked`)
        self.heads: dict[Signature, int] = {}  # how many of them lead its list and are matched already

    @staticmethod
    def _keys(signature: Signature) -> Iterator[tuple]:
        for kind in signature.kinds:
            for value in signature.dates:
                yield kind, "year", value[:4]
            for day in signature.ordinals:
                yield kind, "day", day
            for agreement in signature.established_by:
                yield kind, "by", agreement
            for points in signature.points:
                yield kind, "points", points
            for route in signature.routes:
                yield kind, "route", route

    def ranked(self, eid: str, found: dict[str, str]) -> Iterator[str]:
        """The other profiles whose signature `_score` accepts beside eid's, best first: by
        ((score, known), `_smallest_first`) from the highest, less those in `found` at the head of
        the list (`found` only grows, so they are passed once for all the profiles of a signature)."""
        signature = self.profiles[eid].signature
        ranked = self.ranks.get(signature)
        if ranked is None:
            ranked = self.ranks[signature] = self._rank(signature)
            self.heads[signature] = 0
        head = self.heads[signature]
        while head < len(ranked) and ranked[head] in found:
            head += 1
        self.heads[signature] = head
        return (o for o in itertools.islice(ranked, head, None) if o not in found)

    def _rank(self, signature: Signature) -> list[str]:
        """Sorted by (score, known) from the highest, then by the smallest id first (`ids`): one
        sort, since no profile is a candidate twice (each has one signature), of one int each
        (`_ranking`: a tenth of the cost of sorting tuples)."""
        size, scored = len(self.ids), []
        for other in self._near(signature):
            if score := _score(signature, other):
                rank = _ranking(score, size)
                scored += [rank + held for held in self.holders[other]]
        scored.sort(reverse=True)
        return [self.ids[key % size] for key in scored]

    def _near(self, signature: Signature) -> set[Signature]:
        near = [("by", agreement) for agreement in signature.established_by]
        near += [("points", p) for p in signature.points]
        near += [("route", route) for route in signature.routes]
        if signature.year_classes or not signature.days:
            near += [("year", value[:4]) for value in signature.dates]
        near += [("day", day) for day in signature.window]
        return {other for kind in signature.kinds for key in near for other in self.index.get((kind, *key), ())}


def _ranking(score: tuple[int, int], size: int) -> int:
    """A `_score` as the part of an int that ranks it above a profile's place among `size`
    (`_Blocks.holders`: known, then its place by id, below `2 * size`)."""
    shared, dated = score
    return (2 * shared + dated) * 2 * size


def closure(mapping: dict[str, str]) -> dict[str, str]:
    """Each id to the end of its chain (a -> b -> c gives a -> c), never to itself."""
    result = {}
    for start in mapping:
        seen, end = {start}, mapping[start]
        while end in mapping and mapping[end] not in seen:
            seen.add(end)
            end = mapping[end]
        if end != start:
            result[start] = end
    return result
