"""SIGKILL at random moments of build, load, export and push, as real processes.

After each kill: no process of the killed command is left (each runs in its own session,
and its pool workers, forkserver and resource tracker must notice and end), and the output
is whole: the previous one or the new one, byte for byte (a store: the old quads or the
new). A kill may leave a temporary file or folder (SIGKILL runs no clean-up), but only
one named after the killed process, which the next run removes; after that run nothing
is left but the output. A killed push leaves the remote with nothing but quads of the
old or new graph, and the same push again makes it exactly what an unbroken push makes.

The moments are drawn with a fixed seed over the length of an unbroken run, so a
failure can be replayed; the number of kills keeps the whole file near a minute on 2 cores.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest

from claimgraph.store.graph import quads

from .conftest import CORPUS

SEED = 18
GRAPH = "karabakh-2020.trig"
pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads the process table from Linux's /proc")


def claimgraph(*args) -> subprocess.Popen:
    """The real command line in a session of its own, so that everything it starts can be found."""
    return subprocess.Popen([sys.executable, "-m", "claimgraph", *map(str, args)], start_new_session=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def unbroken(*args) -> float:
    """Run to the end; its length in seconds."""
    started = time.monotonic()
    process = claimgraph(*args)
    _, err = process.communicate(timeout=300)
    assert process.returncode == 0, err.decode()
    return time.monotonic() - started


def session(sid: int) -> list[int]:
    """The processes still running in session `sid`."""
    found = []
    for entry in Path("/proc").iterdir():
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if entry.name.isdigit() and int(fields[3]) == sid and fields[0] != "Z":
            found.append(int(entry.name))
    return found


def killed(rng: random.Random, length: float, *args) -> None:
    """Start the command, SIGKILL it at a random moment of an unbroken run's `length`, and wait
    until nothing of it runs (or fail, ending what is left)."""
    process = claimgraph(*args)
    time.sleep(rng.uniform(0, length))
    process.kill()
    process.wait()  # not `communicate`: what it started holds its stderr open until it ends, if ever
    deadline = time.monotonic() + 15
    while (left := session(process.pid)) and time.monotonic() < deadline:
        time.sleep(0.2)
    for pid in left:
        os.kill(pid, signal.SIGKILL)
    process.communicate(timeout=60)
    assert not left, f"{args[0]}: processes left after SIGKILL: {left}"


def leftovers(folder: Path, *keep: str) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name not in keep)


def smaller(graph: Path, out: Path) -> Path:
    """The graph without every other claim graph: a different graph of the same sources."""
    claims = sorted({q.graph_name for q in ox.parse(path=str(graph)) if not isinstance(q.graph_name, ox.DefaultGraph)},
                    key=str)
    dropped = set(claims[::2])
    out.write_bytes(ox.serialize([q for q in ox.parse(path=str(graph)) if q.graph_name not in dropped],
                                 format=ox.RdfFormat.N_QUADS))
    return out


def test_a_build_killed_anywhere(tmp_path):
    rng = random.Random(SEED)
    shutil.copytree(CORPUS / "sources", tmp_path / "sources")
    shutil.copy(CORPUS / "sources.toml", tmp_path / "sources.toml")
    length = unbroken("build", tmp_path, "--no-cache", "--jobs", "2")
    new = (tmp_path / GRAPH).read_bytes()
    old = b"# an earlier build\n" + new
    (tmp_path / GRAPH).write_bytes(old)
    for _ in range(4):
        killed(rng, length, "build", tmp_path, "--no-cache", "--jobs", "2")
        assert (tmp_path / GRAPH).read_bytes() in (old, new)
        assert all(name.startswith(f".{GRAPH}.") and name.endswith(".tmp")
                   for name in leftovers(tmp_path, "sources", "sources.toml", GRAPH))
    unbroken("build", tmp_path, "--no-cache", "--jobs", "2")
    assert (tmp_path / GRAPH).read_bytes() == new
    assert leftovers(tmp_path, "sources", "sources.toml", GRAPH) == []


def test_a_load_killed_anywhere(built, tmp_path):
    rng = random.Random(SEED + 1)
    store = tmp_path / "stores" / "karabakh.oxigraph"
    earlier = smaller(built, tmp_path / "earlier.nq")
    unbroken("load", earlier, "--store", store)
    old, new = set(quads(earlier)), set(quads(built))
    length = unbroken("load", built, "--store", store)
    for _ in range(6):
        killed(rng, length, "load", built, "--store", store)
        assert set(quads(store)) in (old, new)  # every quad, its literals' datatypes too, of one graph or the other
        assert all(name.startswith(".karabakh.oxigraph.") for name in leftovers(store.parent, "karabakh.oxigraph"))
    unbroken("load", built, "--store", store)
    assert set(quads(store)) == new
    assert leftovers(store.parent) == ["karabakh.oxigraph"]


def test_an_export_killed_anywhere(built, tmp_path):
    rng = random.Random(SEED + 2)
    out = tmp_path / "karabakh.nq"
    length = unbroken("export", built, "--format", "nquads", "-o", out)
    new = out.read_bytes()
    old = b"# an earlier export\n" + new
    out.write_bytes(old)
    for _ in range(6):
        killed(rng, length, "export", built, "--format", "nquads", "-o", out)
        assert out.read_bytes() in (old, new)
        assert all(name.startswith(".karabakh.nq.") and name.endswith(".tmp") for name in leftovers(tmp_path, out.name))
    unbroken("export", built, "--format", "nquads", "-o", out)
    assert out.read_bytes() == new
    assert leftovers(tmp_path) == [out.name]


def held(url: str) -> set:
    answer = httpx.get(url + "/store", headers={"Accept": "application/n-quads"}, timeout=60)
    answer.raise_for_status()
    return set(ox.parse(answer.content, format=ox.RdfFormat.N_QUADS))


def test_a_push_killed_anywhere_is_repaired_by_the_same_push(built, oxigraph, tmp_path):
    rng = random.Random(SEED + 3)
    earlier = smaller(built, tmp_path / "earlier.nq")
    push = ("push", built, "--endpoint", oxigraph + "/update", "--batch", "1000")
    unbroken("push", earlier, "--endpoint", oxigraph + "/update")
    old = held(oxigraph)
    length = unbroken(*push)
    whole = held(oxigraph)  # what an unbroken push of the new graph onto the old one leaves
    known = old | whole
    for _ in range(4):
        unbroken("push", earlier, "--endpoint", oxigraph + "/update")
        assert held(oxigraph) == old
        killed(rng, length, *push)
        assert held(oxigraph) <= known  # the old graph, or the old one's removal and part of the new one
    unbroken(*push)
    assert held(oxigraph) == whole
