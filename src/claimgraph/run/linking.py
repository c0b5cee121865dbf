"""Linking in a build, reading no extraction it does not need.

Linking is the cross-source stage: extraction is independent for each source (so it runs in
parallel and is cached), while the same event or agreement told by several sources becomes one
entity only with every source in hand (`link`), told apart by the gazetteer the sources were
recognised with. It reads little of each source: what a source tells
of its entities (`link.Told`), kept in the cache beside the extraction. A rebuild links from
those alone, then takes each source's extraction as linked from the cache, by the part of
the corpus's renaming that touches it (`link.renaming_of`): a source that a change elsewhere
does not relink is read once, already linked, and its extraction is read (and linked again)
only when its renaming changed. The later stages read of a linked source what keys its section
and what comparing reads of it (`Digest`), kept in the cache beside its linked extraction: a
rebuild reads a linked extraction only when the cache lacks its section. The corpus's renaming
is kept too, keyed by what every source tells (each `Told`'s fingerprint, in order): a rebuild
whose sources tell what an earlier build's told (nothing changed, a change undone, an edit that
moves no evidence) does not link again. Without a cache every source is in hand and linked here.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from ..combine import compare, link
from ..model import Entity, Extraction, claim_of, claim_row
from ..recognise.packs import Entry
from .cache import CLAIM_HASH, Cache


@dataclass
class Held:
    """One source on its way through linking: its extraction's cache key (None without a cache),
    what linking reads of it and that one's fingerprint (`fingerprint`; empty without a cache),
    and its extraction when it is in hand (extracted now, or read because what it tells was not in
    the cache)."""

    key: str | None
    told: link.Told
    extraction: Extraction | None = None
    fingerprint: bytes = b""


@dataclass(frozen=True)
class Kept:
    """What linking reads of a source (`link.Told`) as the cache keeps it, with its fingerprint:
    made once, when the source is extracted, since a rebuild keys the corpus's renaming by every
    source's (hashing them all again costs a third of linking: 0.19 s of 0.6 s, 1,000 articles)."""

    told: link.Told
    fingerprint: bytes


@dataclass(frozen=True)
class Renamed:
    """The corpus's renaming (`link.renaming`) as the cache keeps it."""

    renaming: dict[str, Entity]


def fingerprint(told: link.Told) -> bytes:
    """A hash of all of `told`, the same in every process: its repr, with the ids it names in order
    (the other fields are tuples of strings, literals and entities, whose repr is fixed)."""
    fixed = dataclasses.replace(told, named=tuple(sorted(told.named)))
    return hashlib.sha256(repr(fixed).encode()).digest()


@dataclass(frozen=True)
class Linked:
    """A source's linked extraction, as the cache keeps it (apart from the extractions)."""

    extraction: Extraction


def cached(store: Cache, entries: dict[str, Entry]) -> Callable[[str], Held | None]:
    """What a build takes of a source in the cache, by its extraction's key: what it tells, else
    its extraction (what it tells then made and stored); None when neither can be read."""
    def take(key: str) -> Held | None:
        kept = store.load(store.told_key(key), Kept)
        if kept is not None:
            return Held(key, kept.told, fingerprint=kept.fingerprint)
        extraction = store.load(key)
        return None if extraction is None else held(extraction, key, store, entries)
    return take


def held(extraction: Extraction, key: str | None, store: Cache | None, entries: dict[str, Entry]) -> Held:
    """A source in hand (extracted now, or read): what it tells made, and stored when there is a cache."""
    told = link.told(extraction, entries)
    if store is None:
        return Held(key, told, extraction)
    kept = Kept(told, fingerprint(told))
    store.store(store.told_key(key), kept)
    return Held(key, told, extraction, kept.fingerprint)


@dataclass(frozen=True)
class Digest:
    """What the stages after linking read of a linked source but its section: what keys the section
    (`Cache.section_basis`), what comparing reads (`compare.said`) and the hash of each claim it
    reads (`Cache.claim_hashes`, keying the groups); without a cache, no key and no hash."""

    section: str | None
    said: compare.Said
    hashes: bytes = b""

    def hashed(self) -> dict[int, bytes]:
        """The hash of each claim of `said`, by the claim object's id (`Cache.group_key` reads the
        claims of the groups, which are these objects)."""
        hashes = self.hashes
        each = [hashes[i:i + CLAIM_HASH] for i in range(0, len(hashes), CLAIM_HASH)]
        return dict(zip(map(id, self.said.claims), each))

    def __reduce__(self):
        """Pickled with the claims of `said` as rows of their fields (`claim_row`) and its charged
        claims as their places among them: a rebuild after one source changed reads every other
        source's digest, and a tuple of strings unpickles far faster than a dataclass (1,000
        articles, 140,000 claims: 0.253 s -> 0.216 s CPU). `_unpacked` gives back an equal digest."""
        said = self.said
        place = {id(claim): i for i, claim in enumerate(said.claims)}
        bare = dataclasses.replace(said, claims=(), charged=frozenset())
        return _unpacked, (self.section, bare, list(map(claim_row, said.claims)),
                           sorted(place[id(claim)] for claim in said.charged), self.hashes)


def _unpacked(section: str | None, bare: compare.Said, rows: list[tuple], charged: list[int], hashes: bytes) -> Digest:
    """The digest `Digest.__reduce__` packed: its claims made again from their rows."""
    claims = tuple(map(claim_of, rows))
    said = dataclasses.replace(bare, claims=claims, charged=frozenset(claims[i] for i in charged))
    return Digest(section, said, hashes)


@dataclass(frozen=True)
class Ready:
    """A linked source as the later stages take it: its `Digest`, and its linked extraction, which
    a cached build reads (or links again) only when asked, to make a section the cache lacks; with
    a cache, the digest's key (`Cache.digest_key`: what fixes the linked extraction)."""

    digest: Digest
    extraction: Callable[[], Extraction]
    key: str | None = None


def in_hand(extraction: Extraction, store: Cache | None = None) -> Ready:
    """A linked extraction in hand, ready (its digest made now, for `store` when there is one)."""
    section = store.section_basis(extraction) if store else None
    return Ready(_digest(compare.said(extraction), section, store), lambda: extraction)


def whole(source: Ready, store: Cache | None) -> Digest:
    """The source's digest with all the claims comparing may read (`compare.said(..., whole=True)`),
    its linked extraction read for it: asked for by `compare.groups`, seldom."""
    return _digest(compare.said(source.extraction(), whole=True), source.digest.section, store)


def _digest(said: compare.Said, section: str | None, store: Cache | None) -> Digest:
    return Digest(section, said, store.claim_hashes(said.claims) if store else b"")


def linked(sources: list[Held], entries: dict[str, Entry], store: Cache | None,
           again: Callable[[int], Extraction]) -> Iterator[Ready]:
    """The sources, linked (`link.link`), in order: the corpus's renaming is made now, each source
    renamed when it is asked for (so its section can be at work meanwhile). `again(i)` extracts
    source `i` anew, for an extraction the cache holds but cannot give back when it is needed."""
    renamed = _renaming(sources, entries, store)
    return (_ready(source, link.renaming_of(source.told, renamed), store, lambda i=i: again(i))
            for i, source in enumerate(sources))


def _renaming(sources: list[Held], entries: dict[str, Entry], store: Cache | None) -> dict[str, Entity]:
    """The corpus's renaming (`link.renaming`): from the cache when the sources tell what they told
    in an earlier build, else made (and stored)."""
    key = store.renaming_key([source.fingerprint for source in sources]) if store else None
    kept = store.load(key, Renamed) if store else None
    if kept is not None:
        return kept.renaming
    renamed = link.renaming([source.told for source in sources], entries)
    if store:
        store.store(key, Renamed(renamed))
    return renamed


def _ready(source: Held, renaming: dict, store: Cache | None, again: Callable[[], Extraction]) -> Ready:
    """One source ready: with its digest from the cache, its linked extraction read only when asked;
    else linked now and its digest made (and stored)."""
    if store is None:
        return in_hand(_linked(source, renaming, store, again))
    key = store.digest_key(source.key, renaming)
    digest = store.load(key, Digest)
    if digest is None:
        found = _linked(source, renaming, store, again)
        digest = in_hand(found, store).digest
        store.store(key, digest)
        return Ready(digest, lambda: found, key)
    return Ready(digest, lambda: _linked(source, renaming, store, again), key)


def _linked(source: Held, renaming: dict, store: Cache | None, again: Callable[[], Extraction]) -> Extraction:
    """One source's linked extraction: its own when no renaming touches it, else from the cache
    when it holds it linked by `renaming`, else linked now (and stored)."""
    if store is None:
        return link.rewrite(source.extraction, renaming)
    if not renaming:
        return _extraction(source, store, again)
    key = store.linked_key(source.key, renaming)
    entry = store.load(key, Linked)
    if entry is not None:
        return entry.extraction
    found = link.rewrite(_extraction(source, store, again), renaming)
    store.store(key, Linked(found))
    return found


def _extraction(source: Held, store: Cache, again: Callable[[], Extraction]) -> Extraction:
    """The source's extraction: in hand, else read, else (unreadable) extracted anew and stored."""
    found = source.extraction or store.load(source.key)
    if found is None:
        found = again()
        store.store(source.key, found)
    return found
