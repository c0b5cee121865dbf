"""The process every pool worker of a build is forked from, and starting it early.

Pools fork their workers from a forkserver (safe beside threads, unlike fork), which imports
the build and the recognisers (spaCy with them: about 1.4 s) once, when it starts. The command
itself imports spaCy only when it extracts a source, so the recognisers are named here: a
worker forked without them would import spaCy again, each on its own. Started by the first pool, that
import comes after this process's own and before any worker can start, where a one-job build
goes straight on; `start` runs it beside this process's imports instead. This module imports
nothing heavy, so that the command line can call `start` first.
"""

from __future__ import annotations

import multiprocessing
import os
from multiprocessing import forkserver

# what every worker needs, imported once in the forkserver (the recognisers bring spaCy)
PRELOAD = ["claimgraph.run.build", "claimgraph.extract.pipeline", "claimgraph.recognise.stack",
           "claimgraph.recognise.nlp", "claimgraph.recognise.triggers"]
# A worker costs seconds to start (spaCy, the gazetteer's matcher): fewer sources than
# this per worker are extracted faster by fewer workers (`parallel.workers`).
SOURCES_PER_WORKER = 4
FEWEST = 2 * SOURCES_PER_WORKER  # sources that a build extracts with two workers


def default_jobs() -> int:
    """Every core this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def context() -> multiprocessing.context.BaseContext:
    """The context pools are made with: workers forked from the forkserver, which preloads `PRELOAD`."""
    found = multiprocessing.get_context("forkserver")
    found.set_forkserver_preload(PRELOAD)
    return found


def start(jobs: int | None) -> None:
    """Start the forkserver now, in the background, when `jobs` processes (default: every core)
    are more than one; a pool made later forks its workers from it."""
    if (jobs or default_jobs()) > 1:
        context()
        forkserver.ensure_running()
