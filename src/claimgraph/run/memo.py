"""The build cache for a long-lived process: what a rebuild reads of every source, kept in memory.

A rebuild after one source changed reads, for each of the others, what linking reads of it
(`linking.Kept`) and what the later stages read of it linked (`linking.Digest`), and hashes every
source file to find its key: on 1,000 articles, about 0.5 s of unpickling and 0.15 s of hashing,
each time. A process that rebuilds again and again (`claimgraph build --watch`) keeps those
entries in memory once read or stored, and a file's hash while its inode, size and times stay as
they were (the kernel sets the change time on every write, so an edit shows; `RACY_NS`). Every entry
is keyed by its content (`Cache`), so the entry held under a key is the one the disk holds under
it: a build from a `Memo` gives the bytes of a build from its folder alone. The large entries
(extractions, linked extractions, sections, comparisons) stay on disk only, and `sweep` drops
what the builds since the last sweep did not ask for, so memory holds about one corpus's worth.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from ..model import Extraction
from .cache import Cache
from .comparing import Listed
from .linking import Digest, Kept, Renamed

# A file's times are as coarse as the kernel's clock tick (4-10 ms): they lag the clock by up to a
# tick, and a file written again within the tick of the write before, at its size, keeps them. So a
# file whose times are within `TICK_NS` of a moment may have changed after it (the watch builds
# again), and a file's hash is kept only once the file has been left alone `RACY_NS`, far longer
# than a tick (git's "racy" files, handled as git does).
TICK_NS = 20_000_000
RACY_NS = 2_000_000_000
HELD = (Kept, Digest, Renamed, Listed)  # the kinds kept in memory: read for every source, or once a build


class Memo(Cache):
    """A `Cache` whose entries of the `HELD` kinds, and whose files' hashes, are kept in memory."""

    def __init__(self, folder: Path, version: str):
        super().__init__(folder, version)
        self.held: dict[str, object] = {}
        self.hashes: dict[str, tuple[tuple[int, ...], str]] = {}  # file -> (its `signature`, its hash)
        self.asked: set[str] = set()  # the held keys and the files asked for since the last `sweep`

    def content(self, path: str) -> str:
        """`Cache.content`, read again only when the file's `signature` changed."""
        self.asked.add(path)
        try:
            stat = signature(path)
        except OSError:
            return super().content(path)  # the reader's own error for a file it cannot read
        found = self.hashes.get(path)
        if found is None or found[0] != stat:
            quiet = time.time_ns() - RACY_NS > max(stat[2:])  # read now, no write can hide behind its times
            found = super().content(path)
            if quiet:
                self.hashes[path] = (stat, found)
            return found
        return found[1]

    def has(self, key: str) -> bool:
        return key in self.held or super().has(key)

    def load(self, key: str, kind: type = Extraction):
        if kind not in HELD:
            return super().load(key, kind)
        self.asked.add(key)
        found = self.held.get(key)
        if found is None:
            found = super().load(key, kind)
            if found is not None:
                self.held[key] = found
        return found

    def store(self, key: str, value: object) -> None:
        super().store(key, value)
        if isinstance(value, HELD):
            self.held[key] = value
            self.asked.add(key)

    def sweep(self) -> None:
        """Forget what the builds since the last sweep did not ask for: a changed source's old
        digest, an earlier renaming, the hash of a file the corpus no longer lists."""
        self.held = {key: value for key, value in self.held.items() if key in self.asked}
        self.hashes = {path: found for path, found in self.hashes.items() if path in self.asked}
        self.asked = set()


def signature(path: str) -> tuple[int, ...]:
    """What changes when a file's bytes may have: its inode, size, and modification and change times
    (an OSError when it cannot be read)."""
    found = os.stat(path)
    return found.st_ino, found.st_size, found.st_mtime_ns, found.st_ctime_ns
