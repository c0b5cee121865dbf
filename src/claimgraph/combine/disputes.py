"""Which sides and groups of sides each side of a dispute is linked to (`cg:disputedBy`), in
O(k log k) links for k sides rather than k(k-1) (issue #20: a death toll given 265 values was
69,960 quads of links between its sides).

A dispute is read by `?side cg:claim ?claim ; cg:disputedBy/cg:claim ?other`: what a side is
linked to must carry, with `cg:claim`, the claims of every side it disputes, and each of them
once. The sides, in their order, are the leaves of a balanced binary tree; each inner node is a
range of sides `lo..hi` (a `cg:SideGroup` once written, holding the claims of its sides). A side
is linked to the sibling of each node on its way up to the root when it disputes all of that
sibling's sides, and else to the sibling's halves, down to the ranges it disputes whole
(`_wanted`). The ranges a side is linked to are disjoint and together hold the sides it disputes,
so a side reaches each claim that disputes it by exactly one path: the rows of the path are those
of linking each two sides, none repeated, in whichever order the sides are. Those rows are
symmetric (side i reaches all of side j's claims exactly when j reaches all of i's), the links
not: i may be linked to j while j reaches i through a group that holds i; only a dispute written
with no group has each link both ways.

A range is written as a group only where that saves quads (a group costs its type and its
claims): the choice of groups in the tree that costs fewest quads (`_Groups`); a side that wants a
range written as no group is linked to its halves, and so on down to single sides. Writing no
group at all is linking each two sides, so no dispute costs more quads than that, and one of a
few sides (most of them) is written just so: each side linked to each side it disputes, both
ways. A comparison of k sides and n claims in which every two sides dispute each other costs
O((k + n) log k) quads: 4,094 for 265 sides of one claim each, 69,960 pairwise.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass

Range = tuple[int, int]  # sides lo..hi-1, by their indices; a single side when hi == lo + 1
# How many of the sides lo..hi-1 side i disputes (i not among them): `listed` or `apart`.
Count = Callable[[int, int, int], int]


@dataclass(frozen=True)
class Links:
    """A dispute's links: the ranges of two or more sides written as a group (`groups`, sorted),
    and each side's links (`targets`: (side, lo, hi), sorted), to a side when hi == lo + 1."""

    groups: tuple[Range, ...]
    targets: tuple[tuple[int, int, int], ...]


def listed(sides: int, pairs: Iterable[tuple[int, int]]) -> Count:
    """The count of a dispute given as its pairs of sides (each pair once, either order)."""
    disputed: list[list[int]] = [[] for _ in range(sides)]
    for a, b in pairs:
        disputed[a].append(b)
        disputed[b].append(a)
    for each in disputed:
        each.sort()

    def count(i: int, lo: int, hi: int) -> int:
        return bisect_left(disputed[i], hi) - bisect_left(disputed[i], lo)
    return count


def apart(camps: Sequence[Hashable | None]) -> Count:
    """The count of a dispute in which every two sides dispute each other but those of one camp
    (`camps[i]`: side i's, None for a side in none), with no list of pairs: a camp's sides are
    listed once, for all of them."""
    members: dict[Hashable, list[int]] = defaultdict(list)
    for i, camp in enumerate(camps):
        if camp is not None:
            members[camp].append(i)  # in order: sorted
    alone: list[int] = []

    def count(i: int, lo: int, hi: int) -> int:
        kin = members[camps[i]] if camps[i] is not None else alone
        return hi - lo - (bisect_left(kin, hi) - bisect_left(kin, lo))
    return count


def links(claims: Sequence[int], disputed: Count) -> Links:
    """The links of a dispute of `len(claims)` sides, side i held by `claims[i]` claims (distinct
    from every other side's) and disputing the sides `disputed` counts."""
    wanted = _wanted(len(claims), disputed)
    kept = _Groups(claims, wanted).kept()
    targets = sorted((i, *target) for (lo, hi), users in wanted.items()
                     for target in _expanded(lo, hi, kept) for i in users)
    return Links(tuple(sorted(kept)), tuple(targets))


def _half(lo: int, hi: int) -> int:
    """Where the range lo..hi splits into its halves (the tree's one split: the same everywhere)."""
    return (lo + hi) // 2


def _wanted(sides: int, disputed: Count) -> dict[Range, list[int]]:
    """Each range some side disputes whole -> those sides: for each side, the siblings of the
    nodes on its way to the root, or their parts, down to the ranges it disputes whole."""
    wanted: dict[Range, list[int]] = defaultdict(list)
    for i in range(sides):
        lo, hi = 0, sides
        while hi - lo > 1:
            mid = _half(lo, hi)
            if i < mid:
                _cover(i, mid, hi, disputed, wanted)
                hi = mid
            else:
                _cover(i, lo, mid, disputed, wanted)
                lo = mid
    return wanted


def _cover(i: int, lo: int, hi: int, disputed: Count, wanted: dict[Range, list[int]]) -> None:
    """Side i's wants in the range lo..hi: the range if it disputes all its sides, none if none,
    else its halves'."""
    n = disputed(i, lo, hi)
    if n == hi - lo:
        wanted[lo, hi].append(i)
    elif n:
        mid = _half(lo, hi)
        _cover(i, lo, mid, disputed, wanted)
        _cover(i, mid, hi, disputed, wanted)


class _Groups:
    """Which ranges to write as groups: the choice of fewest quads (`cost`), each range a group or
    not. A side that wants a range that is no group is linked to its halves instead, and so on
    down: the sides a range must stand for are those that want it and those pushed down to it
    from the ranges above it that are no groups."""

    def __init__(self, claims: Sequence[int], wanted: dict[Range, list[int]]):
        self.held = [0]  # running sums of the sides' claims: a range's claims are a difference of two
        for n in claims:
            self.held.append(self.held[-1] + n)
        self.wanted = wanted
        self.costs: dict[tuple[int, int, int], tuple[int, bool]] = {}

    def kept(self) -> set[Range]:
        """The ranges of the cheapest choice, read from the root down."""
        found: set[Range] = set()
        stack = [(0, len(self.held) - 1, 0)]
        while stack:
            lo, hi, pushed = stack.pop()
            if hi - lo > 1:
                group = self.cost(lo, hi, pushed)[1]
                if group:
                    found.add((lo, hi))
                below = 0 if group else pushed + len(self.wanted.get((lo, hi), ()))
                mid = _half(lo, hi)
                stack += [(lo, mid, below), (mid, hi, below)]
        return found

    def cost(self, lo: int, hi: int, pushed: int) -> tuple[int, bool]:
        """The fewest quads that the range lo..hi and the ranges below it cost, with `pushed`
        sides to stand for besides those that want it, and whether it is then a group. Asked for
        at most one `pushed` per range above it: O(k log k) answers."""
        key = (lo, hi, pushed)
        found = self.costs.get(key)
        if found is None:
            users = pushed + len(self.wanted.get((lo, hi), ()))
            if hi - lo == 1:
                found = (users, False)
            else:
                mid = _half(lo, hi)
                halves = self.cost(lo, mid, users)[0] + self.cost(mid, hi, users)[0]
                group = 1 + self.held[hi] - self.held[lo] + users + self.cost(lo, mid, 0)[0] + self.cost(mid, hi, 0)[0]
                found = (group, True) if users and group < halves else (halves, False)
            self.costs[key] = found
        return found


def _expanded(lo: int, hi: int, kept: set[Range]) -> list[Range]:
    """The sides and groups that stand for the range lo..hi: itself if a side or a group, else its halves'."""
    if hi - lo == 1 or (lo, hi) in kept:
        return [(lo, hi)]
    mid = _half(lo, hi)
    return _expanded(lo, mid, kept) + _expanded(mid, hi, kept)
