"""Run per-source extraction in this process or in a process pool (on Dask: `distributed`; the build picks).

Every runner maps `extract` over sources and yields the extractions in the order of the
sources, whatever order they finish in, so the built graph is the same bytes for any
number of jobs. Workers build their recognisers once (a pool initializer, or once per
Dask worker process), never once per source.

A ClaimgraphError raised in a worker comes back as a `Failure` and is raised again
here, so the user sees the same one-line error as in a single-process build. A worker
that dies (killed, out of memory, or a script that starts a build on import) breaks the
pool: that is a `WorkerError`, never a hang. Pools start their work when they are made,
so the caller can do other work while the workers run.

Every pool worker watches the process that made the pool and ends when it ends, even by
SIGKILL or the OOM killer, which run no clean-up: the workers are the forkserver's
children and would otherwise wait for work for ever, and with them the forkserver and
the resource tracker (both end once the workers and the main process are gone).
"""

from __future__ import annotations

import functools
import gc
import os
import select
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from ..collector import collector_paused
from ..errors import ClaimgraphError, WorkerError
from ..model import Extraction, Progress, SourceMeta, Step
from ..processes import running
from ..recognise import Recogniser
from . import forkserver
from .cache import Cache
from .forkserver import SOURCES_PER_WORKER, default_jobs

Extract = Callable[[SourceMeta, Path, Sequence[Recogniser]], Extraction]
# Extracts sources, in order, somewhere: `run` here or in a pool, `distributed.run_dask` on a cluster.
Runner = Callable[[Extract, Sequence[SourceMeta], Path, Sequence[Recogniser] | None], Iterator[Extraction]]
T = TypeVar("T")
R = TypeVar("R")

_recognisers: list[Recogniser] | None = None  # this worker process's, built once


@dataclass(frozen=True)
class Failure:
    kind: type[ClaimgraphError]
    subject: str
    reason: str


def workers(jobs: int | None, items: int, per_worker: int = SOURCES_PER_WORKER) -> int:
    """How many of `jobs` processes (default: every core) `items` are worth: one for every
    `per_worker` of them, at least one."""
    return min(jobs or default_jobs(), items // per_worker or 1)


def extract_all(extract: Extract, sources: Sequence[SourceMeta], base: Path,
                recognisers: Sequence[Recogniser] | None, jobs: int | None = None,
                cache: Cache | None = None, runner: Runner | None = None,
                progress: Progress | None = None, take: Callable[[str], object] | None = None) -> Iterator[object]:
    """Extractions of `sources` in order: from `cache` where it has them, else extracted.

    `take` gives what is taken of a cached source, by its key (default: its extraction; None when
    it cannot be read, and then the source is extracted again, and its extraction given).
    Only the misses are sent to the workers; what they return is stored in the cache, under the key
    of the bytes they read (`Cache.key_of`: a file edited since its key was made).
    `progress` hears of the start and of each source as it is ready. A few misses among many
    hits (an incremental build) are extracted here, after all the hits are read: a worker would
    start, import spaCy and build its recognisers while this process reads little (a build takes
    only what linking needs of a cached source), and costs more than it saves (1,000 articles,
    one changed: 12 s with a worker, 8-9 s here).
    """
    if progress:
        progress(Step("read", 0, len(sources)))
    keys = [cache.key(meta, base) for meta in sources] if cache else [None] * len(sources)
    misses = [meta for meta, key in zip(sources, keys) if not (cache and cache.has(key))]
    extracted = iter(())
    if misses:
        runner = runner or functools.partial(run, jobs=workers(jobs, len(misses)))
        extracted = runner(extract, misses, base, recognisers)
    missed = set(map(id, misses))
    take = take or (cache.load if cache else None)
    loaded = (take(key) if cache and id(meta) not in missed else None for meta, key in zip(sources, keys))
    hits = list(loaded) if misses else loaded  # all read before a miss is waited for
    for done, (meta, key, hit) in enumerate(zip(sources, keys, hits), 1):
        if hit is None:
            hit = next(extracted) if id(meta) in missed else _extract_here(extract, meta, base, recognisers)
            if cache:
                cache.store(cache.key_of(meta, hit.document.sha256), hit)  # the bytes read, if edited since `key`
        if progress:
            progress(Step("read", done, len(sources), meta.id))
        yield hit


def run(extract: Extract, sources: Iterable[SourceMeta], base: Path, recognisers: Sequence[Recogniser] | None,
        jobs: int = 1) -> Iterator[Extraction]:
    """Extractions of `sources`, in order, with `jobs` processes (here when 1)."""
    if jobs <= 1:
        return _run_here(extract, sources, base, recognisers)
    return _run_pool(extract, sources, base, recognisers, jobs)


def _extract_here(extract: Extract, meta: SourceMeta, base: Path, recognisers) -> Extraction:
    """One source extracted in this process: a cache entry that was there but could not be read."""
    return next(_run_here(extract, [meta], base, recognisers))


def _run_here(extract: Extract, sources, base, recognisers) -> Iterator[Extraction]:
    built = list(recognisers) if recognisers is not None else worker_recognisers()
    for meta in sources:
        yield extract(meta, base, built)


def map_ordered(function: Callable[[T], R], items: Iterable[T], jobs: int | None = None,
                per_worker: int = SOURCES_PER_WORKER, count: int | None = None) -> Iterator[R]:
    """`function` over `items` (`count` of them; by default, their length), results in order: in
    a pool of up to `jobs` processes when there are at least `per_worker` items for each (then
    `items` is used up, each sent as it comes, so the workers start on the first while the next
    are made, and the pool is at work when this returns), else here, lazily (a worker costs a
    second or two to start, which small batches do not repay).

    The workers run with the cyclic garbage collector off (here, it is as the caller has it):
    `function` must leave no cycles behind. Work sent to processes in bulk is many small
    objects, which the collector would walk again and again for nothing: for the build's
    sections, a third of the time (1,000 on 2 workers: 12.5 s with it, 8.2 s without)."""
    count = len(items) if count is None else count
    jobs = workers(jobs, count, per_worker)
    if jobs <= 1:
        return map(function, items)
    pool = ProcessPoolExecutor(jobs, mp_context=forkserver.context(), initializer=start_worker,
                               initargs=(os.getpid(), gc.disable))
    return _pooled(function, items, pool, chunksize=max(1, count // (jobs * 8)))


def _pooled(function: Callable[[T], R], items: Iterable[T], pool: ProcessPoolExecutor,
            chunksize: int = 1) -> Iterator[R]:
    """Results of `function` over `items` from `pool`, in order; every task is submitted now.
    The pool is shut down when the results are used up or the iterator is closed (else when
    the pool is garbage-collected, after its submitted tasks). When `items` fails while it is
    being used up (linking raises midway), the pool is shut down before the error goes on."""
    try:
        results = pool.map(function, items, chunksize=chunksize)
    except BaseException:
        pool.shutdown(cancel_futures=True)
        raise

    def drain() -> Iterator[R]:
        try:
            yield from results
        except BrokenProcessPool as exc:
            raise WorkerError("worker process", "died before finishing its work; if a script starts "
                              "the build, guard it with `if __name__ == \"__main__\":`") from exc
        finally:
            pool.shutdown(cancel_futures=True)
    return drain()


def _run_pool(extract: Extract, sources, base, recognisers, jobs: int) -> Iterator[Extraction]:
    pool = ProcessPoolExecutor(jobs, mp_context=forkserver.context(), initializer=start_worker,
                               initargs=(os.getpid(), init_worker, recognisers))
    tasks = [(extract, meta, base) for meta in sources]
    return map(unwrap, _pooled(call_in_worker, tasks, pool))


def start_worker(parent: int, setup: Callable, *args) -> None:
    """A pool initializer: end this worker when process `parent` ends, then `setup(*args)`."""
    watch_parent(parent)
    setup(*args)


def watch_parent(parent: int) -> None:
    """End this process (at once, no clean-up) when process `parent` ends, however it ends.

    On Linux a pidfd becomes readable when the process exits, so the watching thread
    sleeps until then; elsewhere it looks once a second.
    """
    try:
        handle = os.pidfd_open(parent)
    except ProcessLookupError:
        os._exit(1)
    except (AttributeError, OSError):
        handle = None
    threading.Thread(target=_exit_with, args=(parent, handle), daemon=True, name="watch-parent").start()


def _exit_with(parent: int, handle: int | None) -> None:
    if handle is not None:
        select.select([handle], [], [])
    else:
        while running(parent):
            time.sleep(1.0)
    os._exit(1)


def init_worker(recognisers: Sequence[Recogniser] | None) -> None:
    """Build this worker's recognisers once (the defaults when none are given), with the cyclic
    collector paused: they are some 100,000 small objects without cycles (the gazetteer's names
    waiting for the matcher), which it would walk again and again (1.3 s -> 1.0 s a worker); made
    to last, they are left in its oldest generation (`collector_paused`). Their patterns are made from those an
    earlier process compiled (`compiled.kept`: 1.3-1.8 s of CPU a process)."""
    from ..recognise import compiled

    global _recognisers
    with collector_paused(), compiled.kept():
        from ..recognise import default_recognisers  # the rule stack's modules: most of the patterns

        _recognisers = list(recognisers) if recognisers is not None else default_recognisers()


def worker_recognisers() -> list[Recogniser]:
    """This process's recognisers: those of `init_worker`, else the defaults, built once."""
    if _recognisers is None:
        init_worker(None)
    return _recognisers


def call_in_worker(task: tuple[Extract, SourceMeta, Path]) -> Extraction | Failure:
    extract, meta, base = task
    return guarded(extract, meta, base, worker_recognisers())


def guarded(extract: Extract, meta: SourceMeta, base: Path, recognisers) -> Extraction | Failure:
    """`extract`, with a user error turned into a value that crosses process boundaries."""
    try:
        return extract(meta, base, recognisers)
    except ClaimgraphError as exc:
        return Failure(type(exc), exc.subject, exc.reason)


def unwrap(result: Extraction | Failure) -> Extraction:
    if isinstance(result, Failure):
        raise result.kind(result.subject, result.reason)
    return result
