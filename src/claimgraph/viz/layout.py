"""Positions for the page, computed once here: a force layout, then no node covers another.

The browser draws with physics off (DESIGN.md: 475 s of in-browser physics for 5,000
nodes). networkx's spring layout runs a Python loop per node above 500 nodes (about 1 s
an iteration at 3,000) and its ForceAtlas2 took 136 s for 3,000 nodes, so the force
layout here is Fruchterman-Reingold in numpy, repulsion in blocks of rows (memory stays
O(block x n)). Overlap removal then pushes apart every pair of discs closer than their
radii plus a gap, found with a k-d tree, for a few hundred rounds, and moves any disc still
touching another to the nearest free place on a spiral, so none is left: positions are in
vis-network canvas units, where a dot's `size` is its radius, so nodes stay apart at every zoom.

    positions = layout(count, edges, radii)        # then: place_free(positions, radii, rows)

Deterministic: the same input gives the same positions (seeded start, no threads).
"""

from __future__ import annotations

import math

import numpy as np
from scipy.spatial import cKDTree

GAP = 4.0  # canvas units between two discs
BLOCK = 512


def layout(count: int, edges: list[tuple[int, int]], radii: list[float], iterations: int = 80,
           seed: int = 7) -> np.ndarray:
    """Positions (count x 2) for nodes 0..count-1 linked by `edges`, no two discs overlapping."""
    if count == 0:
        return np.zeros((0, 2))
    sizes = np.asarray(radii, dtype=float)
    pos = force(count, edges, iterations, seed)
    spread = 4.0 * np.sqrt(np.sum((sizes + GAP) ** 2))  # the area the discs need, as a side length
    pos *= spread / max(np.ptp(pos, axis=0).max(), 1e-9)
    pos = separate(pos, sizes)
    return place_free(pos, sizes, list(range(count)))


def force(count: int, edges: list[tuple[int, int]], iterations: int, seed: int) -> np.ndarray:
    """Fruchterman-Reingold in the unit square: repulsion k^2/d between all, attraction d^2/k along edges."""
    rng = np.random.default_rng(seed)
    pos = rng.random((count, 2))
    if count == 1:
        return pos
    pairs = np.asarray(sorted(set((min(a, b), max(a, b)) for a, b in edges if a != b)) or np.zeros((0, 2)), dtype=int)
    k = 1 / np.sqrt(count)
    heat = 0.1
    for _ in range(iterations):
        shift = _repulsion(pos, k)
        if len(pairs):
            delta = pos[pairs[:, 0]] - pos[pairs[:, 1]]
            dist = np.maximum(np.linalg.norm(delta, axis=1), 1e-9)
            pull = delta * (dist / k)[:, None]
            np.add.at(shift, pairs[:, 0], -pull)
            np.add.at(shift, pairs[:, 1], pull)
        shift += (0.5 - pos) * 0.02 * count * k  # mild gravity: components do not drift apart
        length = np.maximum(np.linalg.norm(shift, axis=1), 1e-9)
        pos += shift * (np.minimum(length, heat) / length)[:, None]
        heat *= 0.95
    return pos


def _repulsion(pos: np.ndarray, k: float) -> np.ndarray:
    shift = np.zeros_like(pos)
    for start in range(0, len(pos), BLOCK):
        delta = pos[start:start + BLOCK, None, :] - pos[None, :, :]
        dist2 = np.maximum(np.einsum("ijk,ijk->ij", delta, delta), 1e-6)
        shift[start:start + BLOCK] = np.einsum("ijk,ij->ik", delta, k * k / dist2)
    return shift


def separate(pos: np.ndarray, radii: np.ndarray, rounds: int = 500) -> np.ndarray:
    """Move overlapping discs (radius + GAP) apart, half each, for at most `rounds` rounds."""
    pos = pos.copy()
    reach = 2 * (radii.max() + GAP)
    for _ in range(rounds):
        pairs = cKDTree(pos).query_pairs(reach, output_type="ndarray")
        if not len(pairs):
            break
        a, b = pairs[:, 0], pairs[:, 1]
        delta = pos[a] - pos[b]
        dist = np.linalg.norm(delta, axis=1)
        overlap = radii[a] + radii[b] + GAP - dist
        hit = overlap > 0
        if not hit.any():
            break
        a, b, delta, dist, overlap = a[hit], b[hit], delta[hit], dist[hit], overlap[hit]
        direction = np.where(dist[:, None] > 1e-9, delta / np.maximum(dist, 1e-9)[:, None], _spread(a, b))
        push = direction * (overlap * 0.55 / 2)[:, None]
        np.add.at(pos, a, push)
        np.add.at(pos, b, -push)
    return pos


def place_free(pos: np.ndarray, radii: np.ndarray, rows: list[int], placed=()) -> np.ndarray:
    """Place `rows` in order, each where it is or, if it would touch a disc already placed
    (`placed` first, then earlier rows), at the first free point of a spiral around it.

    A disc is filed under every grid cell its box touches, so a check looks at a few
    neighbours whatever the largest radius (plain floats: numpy per pair was 100x slower).
    """
    xs, ys = [float(v) for v in pos[:, 0]], [float(v) for v in pos[:, 1]]
    rs = [float(r) + GAP / 2 for r in radii]
    cell = 2 * float(np.median(radii)) + GAP
    grid: dict[tuple[int, int], list[int]] = {}

    def cells(x: float, y: float, r: float):
        for gx in range(int((x - r) // cell), int((x + r) // cell) + 1):
            for gy in range(int((y - r) // cell), int((y + r) // cell) + 1):
                yield gx, gy

    def free(i: int, x: float, y: float) -> bool:
        return not any(math.hypot(xs[j] - x, ys[j] - y) < rs[i] + rs[j]
                       for key in cells(x, y, rs[i]) for j in grid.get(key, ()))

    def put(i: int) -> None:
        for key in cells(xs[i], ys[i], rs[i]):
            grid.setdefault(key, []).append(i)

    for i in placed:
        put(i)
    for i in rows:
        x0, y0, step = xs[i], ys[i], 0
        while not free(i, xs[i], ys[i]):
            step += 1
            angle, reach = step * 2.39996, rs[i] * 0.9 * math.sqrt(step)
            xs[i], ys[i] = x0 + reach * math.cos(angle), y0 + reach * math.sin(angle)
        put(i)
    return np.column_stack([xs, ys])


def _spread(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """A direction for two discs at the same point, from their indices (deterministic)."""
    angle = (a * 7919 + b * 104729) % 360 * np.pi / 180
    return np.stack([np.cos(angle), np.sin(angle)], axis=1)


def overlaps(pos: np.ndarray, radii: np.ndarray) -> int:
    """How many pairs of discs overlap (for tests and the bench)."""
    if len(pos) < 2:
        return 0
    pairs = cKDTree(pos).query_pairs(2 * radii.max(), output_type="ndarray")
    if not len(pairs):
        return 0
    dist = np.linalg.norm(pos[pairs[:, 0]] - pos[pairs[:, 1]], axis=1)
    return int(np.sum(dist < radii[pairs[:, 0]] + radii[pairs[:, 1]]))
