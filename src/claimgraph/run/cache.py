"""The build cache: per source, so a rebuild redoes only what changed.

Eight kinds of entry, all pickled and written atomically, so an interrupted build never
leaves a half-written entry; a stale or unreadable entry is a miss, never an error:

- an `Extraction`, keyed by the SHA-256 of the extractor version, the source's metadata
  and the SHA-256 of its bytes: change the file, its manifest entry, the package, the
  gazetteer or any recogniser's code, and the key changes;
- what cross-source linking reads of a source (`link.Told`, with its fingerprint: `linking.Kept`),
  keyed by its extraction's key, so that a rebuild links without reading any extraction;
- the corpus's renaming (`link.renaming`), keyed by what every source tells (their fingerprints,
  in order), so that a rebuild whose sources tell what an earlier build's told does not link;
- a source's linked extraction (`link.rewrite`), keyed by its extraction's key and the part of
  the corpus's renaming that touches it (`link.renaming_of`), so that a rebuild reads an
  unchanged source's extraction as linked, and links again only those whose renaming changed;
- what the stages after linking read of a source's linked extraction (`linking.Digest`: what
  keys its section, and what comparing reads of it), keyed as its linked extraction is, so
  that a rebuild reads no linked extraction but those whose section it lacks;
- a source's serialised section of the dataset, keyed by what keys its extraction, the
  output format and the entity ids cross-source linking renamed in it (a link made or
  undone by another source changes it);
- a group's serialised comparisons (`compare.Group`: the claims compared together and all
  else their verdicts depend on), keyed by the extractor version, the output format and
  the group itself (its claims by their hashes, kept in their sources' digests): a change to
  one source changes the key of the groups it touches only;
- the list of a build's group keys (`comparing.Listed`), keyed by its sources' digest keys, so that
  a rebuild of the linked sources of an earlier build groups nothing.

Nothing is ever read back by another key.

    <cache>/<key[:2]>/<key>.pickle
"""

from __future__ import annotations

import dataclasses
import hashlib
import inspect
import os
import pickle
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ..model import Claim, Entity, Extraction, SourceMeta
from ..rdf.trig import atomic_write_bytes
from ..read.decode import read_bytes
from ..resources import file_hash, load_pickled, package_fingerprint

if TYPE_CHECKING:  # the recognisers load spaCy; the cache itself never needs it
    from ..combine.compare import Group
    from ..recognise import Recogniser

FOLDER = ".claimgraph-cache"
CLAIM_HASH = 16  # bytes of a claim's hash (`Cache.claim_hashes`)


def extractor_version(recognisers: Sequence[Recogniser] | None) -> str:
    """A fingerprint of everything but the source that decides an extraction.

    The package version and code, the versions of the libraries that read and tokenise
    the texts, the bundled gazetteer packs, and for each recogniser its
    name, the code of its class and the entries it matches (a user's own gazetteer).
    """
    digest = hashlib.sha256(package_fingerprint().encode())
    for r in recognisers or ():
        digest.update(f"\0{r.name}\0{type(r).__module__}.{type(r).__qualname__}\0".encode())
        digest.update(file_hash(inspect.getsourcefile(type(r))).encode())
        digest.update(repr(sorted(getattr(r, "entries", {}).items())).encode())
    return digest.hexdigest()


class Cache:
    """Extractions, sections and comparisons on disk, by content and extractor version."""

    def __init__(self, folder: Path, version: str):
        self.folder = Path(folder)
        self.version = version

    def key(self, meta: SourceMeta, base: Path) -> str:
        """The entry key of `meta`; reads the file (a SourceError if it cannot be read)."""
        return self.key_of(meta, self.content(os.path.join(base, meta.path)))

    def key_of(self, meta: SourceMeta, content: str) -> str:
        """The entry key of `meta` whose file's bytes have the SHA-256 `content`: an extraction is
        stored under the key of the bytes it read (`Document.sha256`), never of a later hash of
        the file, which an edit made meanwhile would give to the old text's extraction."""
        return hashlib.sha256(f"{self.version}\0{meta!r}\0{content}".encode()).hexdigest()

    def content(self, path: str) -> str:
        """The SHA-256 of the file's bytes (a SourceError if it cannot be read)."""
        return hashlib.sha256(read_bytes(Path(path))).hexdigest()

    def _path(self, key: str) -> str:
        """The entry's file (a string: a rebuild asks for thousands, and a Path costs more to make)."""
        return os.path.join(self.folder, key[:2], f"{key}.pickle")

    def told_key(self, key: str) -> str:
        """The entry key of what linking reads of the source whose extraction is at `key`."""
        return hashlib.sha256(f"told\0{key}".encode()).hexdigest()

    def renaming_key(self, fingerprints: Sequence[bytes]) -> str:
        """The entry key of the corpus's renaming, by what its sources tell (`linking.fingerprint` of
        each, in order): the renaming reads nothing else of them, and the gazetteer it is made with
        is fixed by the extractor version."""
        digest = hashlib.sha256(f"renaming\0{self.version}\0".encode())
        digest.update(b"".join(fingerprints))
        return digest.hexdigest()

    def linked_key(self, key: str, renaming: dict[str, Entity]) -> str:
        """The entry key of the extraction at `key` linked by `renaming` (`link.renaming_of`: frozen
        dataclasses of strings, whose repr is the same in every process)."""
        return _renamed_key("linked", key, renaming)

    def digest_key(self, key: str, renaming: dict[str, Entity]) -> str:
        """The entry key of what the stages after linking read of the extraction at `key` linked by
        `renaming` (`linking.Digest`)."""
        return _renamed_key("digest", key, renaming)

    def section_basis(self, extraction: Extraction) -> str:
        """What fixes the section of a source's linked `extraction` in any format: what fixes the
        extraction (as in `key`) and the entity ids linking renamed in it (a hash)."""
        doc = extraction.document
        renamed = sorted(extraction.renamed.items())
        return hashlib.sha256(f"{self.version}\0{doc.meta!r}\0{doc.sha256}\0{renamed!r}".encode()).hexdigest()

    def section_key(self, basis: str, fmt: str) -> str:
        """The entry key of a source's section in `fmt`, by its `section_basis`."""
        return hashlib.sha256(f"section\0{fmt}\0{basis}".encode()).hexdigest()

    def group_key(self, group: Group, fmt: str, hashed: Callable[[Claim], bytes]) -> str:
        """The entry key of a group's comparisons in `fmt`: the group's every claim, and its charged
        ones, by their `claim_hashes` (`hashed` gives a claim's), and all else of it by its repr.
        A rebuild hashes each claim once, when its source's digest is made, not each time a group
        holding it is keyed (on 1,000 articles, 83,000 claims in groups: 0.3 s)."""
        rest = dataclasses.replace(group, claims=(), charged=())
        digest = hashlib.sha256(f"{self.version}\0{fmt}\0{rest!r}\0".encode())
        digest.update(b"".join(map(hashed, group.claims)))
        digest.update(b"\0" + b"".join(map(hashed, group.charged)))
        return digest.hexdigest()

    def groups_key(self, digests: Sequence[str], fmt: str) -> str:
        """The entry key of the list of a build's group keys in `fmt`, by its sources' digest keys
        (`digest_key`, in order: they fix the linked extractions, and so all the groups are made of)."""
        return hashlib.sha256("\0".join(("groups", self.version, fmt, *digests)).encode()).hexdigest()

    @staticmethod
    def claim_hashes(claims: Sequence[Claim]) -> bytes:
        """Each claim's hash (`CLAIM_HASH` bytes of BLAKE2b of its repr: every field, written out,
        the same in every process), in order, joined."""
        return b"".join(hashlib.blake2b(repr(c).encode(), digest_size=CLAIM_HASH).digest() for c in claims)

    def has(self, key: str) -> bool:
        """Whether there is an entry at `key` (readable or not: `load` says)."""
        return os.path.isfile(self._path(key))

    def load(self, key: str, kind: type = Extraction):
        """The entry at `key` if it is a `kind`, else None."""
        return load_pickled(self._path(key), kind)

    def store(self, key: str, value: object) -> None:
        atomic_write_bytes(Path(self._path(key)), pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL), durable=False)


def _renamed_key(kind: str, key: str, renaming: dict[str, Entity]) -> str:
    """The key of an entry of `kind` about the extraction at `key` linked by `renaming`."""
    return hashlib.sha256(f"{kind}\0{key}\0{sorted(renaming.items())!r}".encode()).hexdigest()
