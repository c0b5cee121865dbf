"""Comparing in a build: the comparisons' sections, each group's from the cache when it can be.

A change to one source changes the groups of claims it speaks to (`compare.groups`), and only
their comparisons are made again; the others are read from the cache by their groups' keys
(`Cache.group_key`). When no source changed since an earlier build (or a change was undone), the
list of those keys is read too, and nothing is grouped.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..combine import compare, comparisons
from ..combine.sides import forces
from ..rdf import dataset
from ..recognise.packs import Entry
from . import linking
from .cache import Cache


@dataclass(frozen=True)
class Listed:
    """The keys of a build's groups (`Cache.group_key`), in order, as the cache keeps them."""

    keys: tuple[str, ...]


def compared_sections(sources: list[linking.Ready], gazetteer: dict[str, Entry], fmt,
                      cache: Cache | None) -> list[dataset.Section]:
    """The comparisons' sections, one per group of claims compared (`compare.groups`: of what the
    linked sources say, by their digests; a source's whole said, `linking.whole`, when it is asked
    for), in the groups' order: a group's from `cache` when an equal group was compared before (by
    this or an earlier build: a changed source touches few groups), else made (and stored). The
    keys of the groups are kept too, by the sources' digest keys (which fix all the groups are made
    of): a rebuild of linked sources an earlier build had (nothing changed, or a change undone)
    reads the groups' sections by them, and groups nothing."""
    keyed = cache is not None and all(source.key for source in sources)
    listed = cache.groups_key([source.key for source in sources], fmt.name) if keyed else None
    found = _listed_sections(cache, listed) if keyed else None
    if found is None:
        found, keys = _grouped_sections(sources, forces(gazetteer), fmt, cache)
        if keyed:
            cache.store(listed, Listed(tuple(keys)))
    return found


def _grouped_sections(sources: list[linking.Ready], sides: dict[str, str], fmt,
                      cache: Cache | None) -> tuple[list[dataset.Section], list[str | None]]:
    """The sections of the groups of the sources' claims, grouped now, and the groups' keys (None
    without a cache): each group's section from the cache by its key, else made (and stored)."""
    digests = [source.digest for source in sources]

    def whole(i: int) -> compare.Said:
        digests[i] = linking.whole(sources[i], cache)
        return digests[i].said
    grouped = compare.groups([digest.said for digest in digests], sides, whole)
    by_id: dict[int, bytes] = {}
    if cache:
        for digest in digests:
            by_id |= digest.hashed()
    found, keys = [], []
    for group in grouped:
        key = cache.group_key(group, fmt.name, lambda claim: by_id[id(claim)]) if cache else None
        entry = cache.load(key, comparisons.Compared) if cache else None  # None when it has none
        if entry is None:
            entry = comparisons.Compared(comparisons.section(group, sides, fmt))
            if cache:
                cache.store(key, entry)
        found.append(entry.section)
        keys.append(key)
    return found, keys


def _listed_sections(cache: Cache, listed: str) -> list[dataset.Section] | None:
    """The groups' sections by the group keys kept at `listed`; None when the list or any of them
    cannot be read (the groups are then made again)."""
    kept = cache.load(listed, Listed)
    if kept is None:
        return None
    found = []
    for key in kept.keys:
        entry = cache.load(key, comparisons.Compared)
        if entry is None:
            return None
        found.append(entry.section)
    return found
