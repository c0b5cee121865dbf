"""The one-shot rebuilds after one article changed, added or removed, in CPU seconds: what to run
while working on issue #20's one-shot cases (a minute a round, where bench/build.py takes ten).

    python bench/oneshot.py [--articles 1000] [--words 600] [--seed 7] [--rounds 3] [--jobs N]
                            [--work DIR] [--profile DIR] [--check]

Generates a corpus (bench/corpus.py) in `--work` (kept: a second run on the same folder reuses the
corpus and the cache its first run filled, and skips the full build), builds it once with a cache
(`claimgraph build`, wall seconds: the figure the 5% target is set against), then `--rounds` rounds
of one article changed, one added (`build --add`), that one removed, each a `claimgraph build`
process of its own, as a user runs it, printed as its CPU seconds (user + system, of the process and
all it waited for) and their share of the full build. Each round's change and added article carry
dates drawn anew from `--seed`, the run's number on the folder and the round (as bench/rebuild.py
draws them), so no round finds a renaming or a group of an earlier one in the cache. The code
measured is the claimgraph the running Python imports (set PYTHONPATH to measure another
checkout's, each with a `--work` folder of its own); the user's cache of tables made from bundled
data is the folder's own (`XDG_CACHE_HOME=<work>/xdg`), filled by the full build, and so is the
modules' bytecode (`<work>/pycache`: `rounds.installed`), as an installed copy has it.

`--profile DIR` writes a cProfile (CPU time) of each rebuild, DIR/<round>-<case>.prof, for
`python -m pstats` (it slows them: read where the time goes from it, not how much). `--check`
compares each rebuild's graph with a clean build of the same corpus (`--no-cache`, a full
extraction each: minutes).
"""

from __future__ import annotations

import argparse
import filecmp
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import corpus as generator
import rounds

PROFILED = ("import cProfile, sys, time; from claimgraph.cli import main; out = sys.argv.pop(1); "
            "profile = cProfile.Profile(time.process_time); code = profile.runcall(main, sys.argv[1:]); "
            "profile.dump_stats(out); sys.exit(code)")


def build(folder: Path, output: Path, env: dict, *flags: str, profile: Path | None = None) -> tuple[float, float]:
    """Run `claimgraph build` of the corpus into `output`; (wall seconds, CPU seconds of it and its children)."""
    head = ["-c", PROFILED, str(profile)] if profile else ["-m", "claimgraph"]
    command = [sys.executable, *head, "build", str(folder), "-o", str(output), *flags]
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"build failed: {' '.join(command)}\n{process.stderr.read().decode()}")
    return wall, usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    rounds.arguments(parser, jobs=2)
    parser.add_argument("--profile", type=Path, help="folder for a cProfile (CPU time) of each rebuild")
    parser.add_argument("--check", action="store_true", help="compare each rebuild with a clean build")
    args = parser.parse_args()

    work = args.work or Path(tempfile.mkdtemp(prefix="claimgraph-oneshot-"))
    folder, cache = work / "corpus", work / "cache"
    env = rounds.installed({**os.environ, "XDG_CACHE_HOME": str(work / "xdg")}, work)
    flags = ("--jobs", str(args.jobs), "--cache", str(cache))
    if not (folder / "sources.toml").exists():
        words = generator.write(folder, args.articles, args.words, args.seed)
        print(f"corpus: {args.articles} articles, {words:,} words (seed {args.seed}), in {folder}")
        full, _ = build(folder, work / "full.trig", env, *flags)
        (work / "full-seconds").write_text(f"{full}\n", encoding="utf-8")
    full = float((work / "full-seconds").read_text(encoding="utf-8"))
    print(f"full build with an empty cache (`claimgraph build --jobs {args.jobs}`, wall): {full:.1f} s")
    if args.profile:
        args.profile.mkdir(parents=True, exist_ok=True)
    run = rounds.next_run(work)
    changed = folder / "sources" / "article-000000.txt"
    original = changed.read_text(encoding="utf-8")
    try:
        for n in range(args.rounds):
            rng = random.Random(f"{args.seed}-{run}-{n}")
            for case, step in rounds.steps(folder, original, rng, work / f"article-added-{run}-{n}.txt"):
                added = step()
                more = ("--add", str(added)) if added else ()
                profile = args.profile / f"{run}-{n}-{case}.prof" if args.profile else None
                wall, cpu = build(folder, work / "rebuilt.trig", env, *flags, *more, profile=profile)
                same = _same(folder, work, env, args.jobs) if args.check else None
                print(f"round {n}: one of {args.articles} articles {case}: CPU {cpu:.2f} s = {cpu / full:.1%} of the "
                      f"full build's wall time (target <= 5%; the rebuild's own wall time {wall:.2f} s)"
                      + ("" if same is None else f"; bytes identical to a clean build: {same}"), flush=True)
    finally:
        changed.write_text(original, encoding="utf-8")


def _same(folder: Path, work: Path, env: dict, jobs: int) -> bool:
    """Whether the rebuilt graph is a clean build's of the corpus as it is now."""
    build(folder, work / "clean.trig", env, "--jobs", str(jobs), "--no-cache")
    return filecmp.cmp(work / "rebuilt.trig", work / "clean.trig", shallow=False)


if __name__ == "__main__":
    main()
