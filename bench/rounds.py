"""The edits a rebuild bench makes each round (bench/rebuild.py in a running watch, bench/oneshot.py in
one-shot processes), so that both time the same changes: one article changed, one added, that one
removed, with dates drawn from the seed, the run and the round."""

from __future__ import annotations

import argparse
import random
from collections.abc import Callable, Mapping
from pathlib import Path


def steps(folder: Path, original: str, rng: random.Random, added: Path) -> list[tuple[str, Callable[[], Path | None]]]:
    """One round's changes: article-000000 given a new sentence after its `original` text (the text as
    generated: not after the sentences of earlier rounds), `added` written (a copy of article-000001 with one
    more; the step returns it, for the caller to add to the manifest its own way), and that one taken out of
    the manifest again (its copy left, unlisted); each with dates drawn from `rng`."""
    changed = folder / "sources" / "article-000000.txt"
    toml = (folder / "sources.toml").read_text(encoding="utf-8")

    def change() -> None:
        changed.write_text(original + f"\nArmenia and Azerbaijan signed a ceasefire on {rng.randint(1, 28)} May "
                           f"{rng.randint(1990, 2030)}.\n", encoding="utf-8")

    def add() -> Path:
        added.write_text((folder / "sources" / "article-000001.txt").read_text(encoding="utf-8")
                         + f"\nAzerbaijan attacked Lachin on {rng.randint(1, 28)} October {rng.randint(1990, 2030)}, "
                         "according to Armenia.\n", encoding="utf-8")
        return added

    def remove() -> None:
        (folder / "sources.toml").write_text(toml, encoding="utf-8")
    return [("changed", change), ("added", add), ("removed", remove)]


def next_run(work: Path) -> int:
    """This run's number on the work folder (0 first), counted in `work/runs`: a run draws its rounds' dates
    with it, so it does not find an earlier run's rounds in the cache the folder keeps."""
    counter = work / "runs"
    run = int(counter.read_text(encoding="utf-8")) if counter.exists() else 0
    counter.write_text(f"{run + 1}\n", encoding="utf-8")
    return run


def installed(env: Mapping[str, str], work: Path) -> dict[str, str]:
    """`env` as an installed claimgraph's commands run in: with its modules' bytecode, which pip compiles at
    install and Python otherwise writes at a checkout's first import, kept under `work` (`PYTHONPYCACHEPREFIX`)
    so the checkout stays clean. A machine that sets PYTHONDONTWRITEBYTECODE (a CI habit) would otherwise have
    every process compile claimgraph's 200 modules from source: about 0.25 s of CPU, 5% of a one-shot rebuild,
    that no installed copy pays. The first process fills the folder; the bench's full build is that one."""
    kept = {name: value for name, value in env.items() if name != "PYTHONDONTWRITEBYTECODE"}
    return {**kept, "PYTHONPYCACHEPREFIX": str(work / "pycache")}


def arguments(parser: argparse.ArgumentParser, jobs: int) -> None:
    """The corpus and rounds flags both rebuild benches take (`jobs`: the default of `--jobs`)."""
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--words", type=int, default=600)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=jobs)
    parser.add_argument("--work", type=Path, help="folder of the corpus and its cache (default: a new one)")
