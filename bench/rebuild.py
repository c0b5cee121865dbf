"""The rebuilds of a long-lived process after one article changed, added or removed, in CPU seconds:
what to run while working on issue #20's incremental cases (a minute, where bench/build.py takes ten).

    python bench/rebuild.py [--articles 1000] [--words 600] [--seed 7] [--rounds 3] [--jobs N]
                            [--work DIR] [--profile FILE]

Generates a corpus (bench/corpus.py) in `--work` (kept: a second run on the same folder reuses the
corpus and the cache its first run filled, and skips the full build), builds it once with a cache
(`claimgraph build`, wall seconds: the figure the 5% target is set against), then in this process,
a `claimgraph build --watch` of the corpus (`watch`, in a thread): its build from the full cache, then
`--rounds` rounds of one article changed, one added, that one removed, each build printed as its CPU
seconds (as the watch reports them) and their share of the full build. Each round's
change and added article carry dates drawn anew, so no round finds a renaming or a group of an
earlier one in the cache (a change undone would: that case is "removed"): drawn from `--seed`, the
run's number on the folder (`work/runs`) and the round, so a run is repeatable and a second run on the
same folder draws other dates. Each round changes the article's text as generated (restored at the
end, also after a failed build). `--profile` writes a
cProfile (CPU time) of the watch, all its builds, for `python -m pstats` (it triples the times
of the builds: read where the time goes from it, not how much).

The clean-build bytes of each case are bench/build.py's and tests/test_watch.py's to check; this
measures only.
"""

from __future__ import annotations

import argparse
import cProfile
import functools
import queue
import random
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

import corpus as generator
import rounds

from claimgraph.read.add import add_sources
from claimgraph.run.parallel import default_jobs
from claimgraph.run.watch import Built, watch

INTERVAL = 0.05  # seconds between the watch's looks at the corpus
SETTLED = 4.0  # seconds with no build after the last: the watch has seen every change


def full_build(folder: Path, cache: Path, jobs: int) -> float:
    """Wall seconds of `claimgraph build` of the corpus into `cache` (as bench/build.py runs it)."""
    command = [sys.executable, "-m", "claimgraph", "build", str(folder), "-o", str(folder.parent / "full.trig"),
               "--jobs", str(jobs), "--cache", str(cache)]
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


class Watched:
    """A `watch` of the corpus folder in a thread (as `claimgraph build --watch` runs it, with the
    cache the full build left), profiled into `profile` when given (all its builds in one profile)."""

    def __init__(self, folder: Path, cache: Path, jobs: int, profile: Path | None,
                 run: Callable[..., None] = watch):
        self.heard: queue.Queue[Built] = queue.Queue()
        self.stop = threading.Event()
        watching = functools.partial(run, folder, folder.parent / "watched.trig", cache=cache, jobs=jobs,
                                     interval=INTERVAL, heard=self.heard.put, stop=self.stop)
        profiler = cProfile.Profile(time.process_time) if profile else None

        def target() -> None:
            if profiler:
                profiler.runcall(watching)
                profiler.dump_stats(profile)
            else:
                watching()
        self.thread = threading.Thread(target=target)
        self.thread.start()

    def built(self) -> Built:
        """The next build heard of, once no other came for a while (a file whose times do not show
        it unchanged since its build began is built again, `watch.UNSURE`: the first build is the
        change's, as bench/build.py counts it)."""
        first = self.heard.get(timeout=600)
        while True:
            try:
                self.heard.get(timeout=SETTLED)
            except queue.Empty:
                if first.error:
                    sys.exit(f"build failed: {first.error}")
                return first

    def close(self) -> None:
        self.stop.set()
        self.thread.join()

    def __enter__(self) -> Watched:
        return self

    def __exit__(self, *exc) -> None:
        """Stopped however the block ends: a failed build's `sys.exit` left the watch's thread running, and
        the process waiting for it."""
        self.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    rounds.arguments(parser, jobs=default_jobs())
    parser.add_argument("--profile", type=Path, help="file for a cProfile (CPU time) of the watch, all its builds")
    args = parser.parse_args()

    work = args.work or Path(tempfile.mkdtemp(prefix="claimgraph-rebuild-"))
    folder, cache = work / "corpus", work / "cache"
    if not (folder / "sources.toml").exists():
        words = generator.write(folder, args.articles, args.words, args.seed)
        print(f"corpus: {args.articles} articles, {words:,} words (seed {args.seed}), in {folder}")
        full = full_build(folder, cache, args.jobs)
        (work / "full-seconds").write_text(f"{full}\n", encoding="utf-8")
    full = float((work / "full-seconds").read_text(encoding="utf-8"))
    print(f"full build with an empty cache (`claimgraph build --jobs {args.jobs}`, wall): {full:.1f} s")
    run = rounds.next_run(work)
    changed = folder / "sources" / "article-000000.txt"
    original = changed.read_text(encoding="utf-8")
    try:
        with Watched(folder, cache, args.jobs, args.profile) as watched:
            print(f"first build from the cache: CPU {watched.built().cpu:.2f} s")
            for n in range(args.rounds):
                rng = random.Random(f"{args.seed}-{run}-{n}")
                for case, step in rounds.steps(folder, original, rng, work / f"article-added-{run}-{n}.txt"):
                    if added := step():
                        add_sources(folder / "sources.toml", [added])
                    cpu = watched.built().cpu
                    print(f"round {n}: one of {args.articles} articles {case}: CPU {cpu:.2f} s = {cpu / full:.1%} "
                          "of the full build (target <= 5%)")
    finally:
        changed.write_text(original, encoding="utf-8")


if __name__ == "__main__":
    main()
