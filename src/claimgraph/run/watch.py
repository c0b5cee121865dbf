"""Watch a corpus folder and rebuild its graph on every change: news coming in, in one long-lived process.

A one-shot rebuild after one source of 1,000 changed spends most of its time on what did not
change: starting Python and importing, loading spaCy and building the recognisers, reading from
the cache what every other source tells and how it was linked. `watch` does those once: it builds,
then polls the corpus (its manifest and every file the manifest lists, by `os.stat`) and builds
again when any of them changed, with the recognisers built once and the corpus's cache behind a
`memo.Memo`. Each build is an ordinary `build` of the folder: the graph is replaced atomically
and has the bytes of a clean build. A bad input (a manifest that does not parse, a source that
cannot be read) is reported and leaves the graph as it was; the watch goes on, and builds again
once the input is mended.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..collector import collector_paused
from ..errors import ClaimgraphError
from ..model import Progress
from ..read import manifest
from ..recognise import Recogniser
from ..recognise.nlp import pipeline
from . import parallel
from .build import Summary, build, known_entities, output_of
from .cache import FOLDER, extractor_version
from .memo import TICK_NS, Memo, signature

UNSURE = ()  # the `signature` of a file that may have changed after the build read it: equal to none


@dataclass(frozen=True)
class Built:
    """One build of a watch: its summary, or the error that left the graph as it was; its wall
    and CPU seconds (this process's: the few changed sources are extracted here)."""

    summary: Summary | None
    error: ClaimgraphError | None
    seconds: float
    cpu: float


def watch(folder: str | Path, output: str | Path | None = None, *, cache: str | Path | None = None,
          recognisers: Sequence[Recogniser] | None = None, jobs: int | None = None, interval: float = 1.0,
          progress: Progress | None = None, heard: Callable[[Built], None] = lambda built: None,
          stop: threading.Event | None = None, gazetteers: Sequence[str | Path] = (),
          remake: Callable[[], Sequence[Recogniser]] | None = None) -> None:
    """Build the corpus at `folder` (a folder with a sources.toml, or the manifest) into `output`
    (default: as `build_corpus`), then again whenever its manifest or a file it lists changes,
    looked at every `interval` seconds, until `stop` is set (for ever without one). `cache`
    defaults to the corpus's own cache folder, whose entries a one-shot build with the same
    `recognisers` (default: the bundled ones, built once in this process) reads too; `heard` hears
    of each build. When one of the `gazetteers` files changes, `remake` makes the recognisers again
    (and with them the cache's version) before the build; one it cannot read is that build's error,
    and made again at each build until it can be. An interrupt (KeyboardInterrupt) during a build
    leaves the graph of the build before."""
    path = Path(folder) / "sources.toml" if Path(folder).is_dir() else Path(folder)
    kit = _Kit(Path(cache) if cache else path.parent / FOLDER, recognisers, remake, [str(g) for g in gazetteers])
    stop = stop or threading.Event()

    def once(files: list[str], changed: set[str]) -> tuple[list[str], dict]:
        """A build, heard of, after the files `changed`; the files to watch then (still `files` when
        the recognisers could not be made again), and their state as the build found them.

        Python's cyclic garbage collector is paused from the change seen to the build heard of, not
        only in `build`: a watch holds millions of objects (what the memo keeps of every source,
        spaCy, the recognisers), a full collection walks them all, and one fell due when enough of
        them were new (after the first build and `_warm`: the first change) at the first allocation
        after `build`'s pause, inside the build's time (reading the manifest, the sweep: 0.37 s of a
        2.7 s build after one of 1,000 articles changed). Now it falls while the watch waits."""
        started = time.time_ns()
        with collector_paused():
            error = kit.renew(changed)
            if error is None:
                built, files = _built(path, output, kit, jobs, progress)
                files += kit.gazetteers
            else:
                built = Built(None, error, 0.0, 0.0)
            seen = _state(files, started)
            heard(built)
        return files, seen
    files, seen = once([str(path)], set())
    _warm(kit.recognisers)
    while not stop.wait(interval):
        now = _state(files)
        if now != seen:
            files, seen = once(files, {file for file in files if now[file] != seen.get(file)})


class _Kit:
    """What a watch builds with: its recognisers and the cache made for them (`Memo`), made again
    from `remake` when one of the `gazetteers` files changed (`renew`)."""

    def __init__(self, folder: Path, recognisers: Sequence[Recogniser] | None,
                 remake: Callable[[], Sequence[Recogniser]] | None, gazetteers: list[str]):
        self.folder, self.remake, self.gazetteers = folder, remake, gazetteers
        self.recognisers = recognisers
        self.memo = Memo(folder, extractor_version(recognisers))
        self.stale = False  # a gazetteer changed and could not be read: made again at every build

    def renew(self, changed: set[str]) -> ClaimgraphError | None:
        """The recognisers and memo made again when a gazetteer is among `changed` (or is stale);
        the error that stopped it."""
        if self.remake is None or not (self.stale or changed & set(self.gazetteers)):
            return None
        try:
            self.recognisers = list(self.remake())
        except ClaimgraphError as found:
            self.stale = True
            return found
        self.stale = False
        self.memo = Memo(self.folder, extractor_version(self.recognisers))
        return None


def _warm(recognisers: Sequence[Recogniser] | None) -> None:
    """Loads what extracting a source here first needs (spaCy's pipeline, the recognisers, the index
    of the gazetteer's entities: about 0.8 s), while the watch waits for a change rather than
    when one comes (a first build from a full cache extracts nothing, and loads none of it)."""
    built = list(recognisers) if recognisers is not None else parallel.worker_recognisers()
    pipeline()
    known_entities(built)


def _built(path: Path, output: str | Path | None, kit: _Kit, jobs: int | None,
           progress: Progress | None) -> tuple[Built, list[str]]:
    """One build of the corpus at `path` with `kit`'s recognisers and memo, timed (the error that
    stopped it, if one did), and the files to watch: the manifest, and every file it lists when it
    could be read."""
    wall, cpu = time.perf_counter(), time.process_time()
    summary, error, files = None, None, [str(path)]
    try:
        corpus = manifest.load(path)
        files += [os.path.join(corpus.folder, source.path) for source in corpus.sources]
        summary = build(corpus.sources, output_of(corpus, output), base=corpus.folder, recognisers=kit.recognisers,
                        jobs=jobs, cache=kit.memo, progress=progress)
        kit.memo.sweep()  # after a build that asked for all it needs: one that failed may not have
    except ClaimgraphError as found:
        error = found
    return Built(summary, error, time.perf_counter() - wall, time.process_time() - cpu), files


def _state(files: list[str], started: int | None = None) -> dict[str, tuple[int, ...] | None]:
    """Each file's `memo.signature` (None: it cannot be read); with `started` (when a build began),
    `UNSURE` for a file whose times do not show it unchanged since (`memo.TICK_NS`)."""
    found = {}
    for file in files:
        try:
            found[file] = signature(file)
        except OSError:
            found[file] = None
            continue
        if started is not None and max(found[file][2:]) >= started - TICK_NS:
            found[file] = UNSURE
    return found
