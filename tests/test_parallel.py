"""Parallel builds: any number of jobs gives the same bytes, in the order of the sources."""

from __future__ import annotations

import gc
import importlib
import pickle
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

import claimgraph
from claimgraph.errors import SourceError
from claimgraph.model import Claim, Literal, Step, claim_of, claim_row
from claimgraph.rdf.terms import XSD
from claimgraph.run import parallel

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
import corpus as generator  # noqa: E402


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("generated")
    generator.write(folder, articles=8, words=120, seed=3)
    return folder


@pytest.fixture(scope="module")
def one_job(generated, tmp_path_factory) -> bytes:
    """The generated corpus built by one process: the bytes every other number of jobs must give."""
    out = tmp_path_factory.mktemp("one-job") / "one.trig"
    claimgraph.build_corpus(generated, out, jobs=1)
    return out.read_bytes()


def test_two_jobs_give_the_same_bytes_as_one(generated, one_job, tmp_path):
    two = tmp_path / "two.trig"
    summary = claimgraph.build_corpus(generated, two, jobs=2)
    assert summary.sources == 8 and summary.claims > 0
    assert one_job == two.read_bytes()


def test_sections_made_by_two_worker_processes_give_the_same_bytes(generated, one_job, tmp_path, monkeypatch):
    build_module = importlib.import_module("claimgraph.run.build")  # the module, not the function
    two = tmp_path / "two.trig"
    monkeypatch.setattr(build_module, "SECTIONS_PER_WORKER", 1)  # a pool even for eight sources
    claimgraph.build_corpus(generated, two, jobs=2)
    assert one_job == two.read_bytes()


def test_a_claim_sent_to_a_section_worker_as_a_row_comes_back_whole():
    """Section workers get claims as rows of their fields (`claim_row`), pickled: every field,
    however many `Claim` has, survives the trip, and the claim is equal and hashes alike."""
    claim = Claim("opcw", "douma-attack", "hasActor", "syria", 4, 9, "Syria", "roles", modality="Reported",
                  attributed_to="opcw-fact-finding-mission", derived=True)
    back = claim_of(pickle.loads(pickle.dumps(claim_row(claim))))
    assert back == claim and hash(back) == hash(claim) and repr(back) == repr(claim)
    dated = Claim("opcw", "douma-attack", "date", Literal("2018-04-07", XSD + "date"), 0, 4, "2018", "dates")
    assert claim_of(pickle.loads(pickle.dumps(claim_row(dated)))) == dated


def _collector_on(_) -> bool:
    return gc.isenabled()


def test_pooled_work_runs_with_the_collector_paused_as_the_build_does():
    """A build pauses the cyclic collector; its section workers must too, or each full
    collection walks every claim they were sent (a third of their time on 1,000 articles)."""
    assert list(parallel.map_ordered(_collector_on, range(4), jobs=2, per_worker=2)) == [False] * 4


def _collector_seen() -> list[bool]:
    return [gc.isenabled()]


@pytest.mark.parametrize("enabled", [True, False])
def test_a_worker_builds_its_recognisers_with_the_collector_paused_and_then_leaves_it_as_it_was(enabled, monkeypatch):
    """Recognisers are 100,000 small objects the collector would walk for nothing while they are
    built (0.3 s a worker); extraction afterwards runs with the collector as the worker had it."""
    monkeypatch.setattr(parallel, "_recognisers", None)
    monkeypatch.setattr("claimgraph.recognise.stack.default_recognisers", _collector_seen)
    was = gc.isenabled()
    (gc.enable if enabled else gc.disable)()
    try:
        parallel.init_worker(None)
        assert parallel._recognisers == [False] and gc.isenabled() == enabled
    finally:
        (gc.enable if was else gc.disable)()


def _mark(item: tuple[Path, int]) -> int:
    folder, number = item
    (folder / str(number)).touch()
    return number


def _after_the_first_is_made(folder: Path, count: int):
    """Items for `_mark`: the last one only once the first is made (a file), within a minute."""
    for number in range(count - 1):
        yield folder, number
    waited = 0.0
    while not (folder / "0").exists() and waited < 60:
        time.sleep(0.05)
        waited += 0.05
    yield folder, count - 1


def test_pooled_work_starts_on_the_first_items_while_the_later_ones_are_still_coming(tmp_path):
    """A build's sources are renamed by linking one by one: their sections' workers start on the
    first while this process renames the next, rather than once all are renamed."""
    start = time.perf_counter()
    made = list(parallel.map_ordered(_mark, _after_the_first_is_made(tmp_path, 4), jobs=2, per_worker=2, count=4))
    assert made == [0, 1, 2, 3]
    assert time.perf_counter() - start < 60


def test_items_that_fail_midway_end_the_pool_without_waiting_for_the_work_sent_before():
    """Linking renames sources as their sections' workers start: when it raises midway, the sections
    already sent are cancelled, not waited for (12 tasks of 6 s on 2 workers: 36 s) when Python exits.
    Timed from the moment the error is caught (the script prints it: one monotonic clock for both
    processes) to the script's end, so that Python's start on a loaded machine is not counted."""
    script = ("import time\nfrom claimgraph.run import parallel\n"
              "def items():\n    yield from [6] * 12\n    raise RuntimeError('linking failed')\n"
              "try:\n    parallel.map_ordered(time.sleep, items(), jobs=2, per_worker=2, count=13)\n"
              "except RuntimeError as exc:\n    print(exc, time.monotonic(), flush=True)\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    ended = time.monotonic()
    error, caught = done.stdout.strip().rsplit(" ", 1)
    assert error == "linking failed"
    assert ended - float(caught) < 25


def test_progress_reports_every_stage_and_every_source_in_order(generated, tmp_path):
    """No stage of a long build is silent: each starts at 0 and ends at the number of sources,
    and reading and writing name each source in order as it is done."""
    steps: list[Step] = []
    claimgraph.build_corpus(generated, tmp_path / "out.trig", jobs=2, progress=steps.append)
    assert [(s.stage, s.done, s.total) for s in steps] == [
        *(("read", i, 8) for i in range(9)), ("link", 0, 8), ("link", 8, 8),
        ("compare", 0, 8), ("compare", 8, 8), *(("write", i, 8) for i in range(9))]
    ids = [f"article-{i:06d}" for i in range(8)]
    assert [s.item for s in steps if s.done] == [*ids, "", "", *ids]


def test_a_bad_source_in_a_worker_is_the_same_one_line_error(generated, tmp_path):
    broken = tmp_path / "corpus"
    shutil.copytree(generated, broken)
    (broken / "sources" / "article-000005.txt").write_bytes(b"")
    with pytest.raises(SourceError, match=r"article-000005\.txt: file is empty"):
        claimgraph.build_corpus(broken, tmp_path / "out.trig", jobs=2)
    assert not (tmp_path / "out.trig").exists()


def test_the_generated_corpus_is_the_same_for_the_same_seed(tmp_path):
    assert generator.write(tmp_path / "a", 3, 80, seed=5) == generator.write(tmp_path / "b", 3, 80, seed=5)
    for a in sorted((tmp_path / "a").rglob("*.txt")):
        assert a.read_bytes() == (tmp_path / "b" / a.relative_to(tmp_path / "a")).read_bytes()


def test_a_script_without_a_main_guard_fails_with_a_clear_error_instead_of_hanging(generated, tmp_path):
    """Worker processes import the user's script again; one that builds on import makes every
    worker die at start. The parent must report it, not wait for workers that never come."""
    out = tmp_path / "out.trig"
    script = tmp_path / "unguarded.py"
    script.write_text(f"import claimgraph\nclaimgraph.build_corpus({str(generated)!r}, {str(out)!r}, jobs=2)\n")
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=300)
    assert done.returncode != 0
    assert "WorkerError: worker process: died before finishing its work" in done.stderr
    assert 'if __name__ == "__main__":' in done.stderr
    assert not out.exists()


def _forkserver_start_seen(generated: Path, out: Path, *flags: str) -> str:
    """What `claimgraph build` shows when it starts the forkserver (whether spaCy is imported
    yet, and the jobs), in a process of its own; nothing when it does not start it."""
    script = ("import sys\nfrom claimgraph.run import forkserver\n"
              "def start(jobs):\n    print('forkserver', 'spacy' in sys.modules, jobs)\n    raise SystemExit(0)\n"
              "forkserver.start = start\nfrom claimgraph.cli import main\n"
              f"main(['build', {str(generated)!r}, '-o', {str(out)!r}, *{list(flags)!r}])\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300, check=True)
    return " ".join(line for line in done.stdout.splitlines() if line.startswith("forkserver"))


def test_a_parallel_build_starts_the_forkserver_before_it_imports_spacy(generated, tmp_path):
    """The forkserver imports spaCy (over a second) for every worker: beside the command's own
    work, not after it, when the workers are needed first."""
    assert _forkserver_start_seen(generated, tmp_path / "out.trig", "--no-cache", "-j", "2") == "forkserver False 2"


def test_a_worker_forked_from_the_forkserver_has_spacy_already():
    """The command no longer imports spaCy before it extracts, so the forkserver must name the
    recognisers itself: else every worker imports spaCy again, alone (about 1.4 s each)."""
    script = ("from concurrent.futures import ProcessPoolExecutor\nfrom claimgraph.run import forkserver\n"
              "with ProcessPoolExecutor(1, mp_context=forkserver.context()) as pool:\n"
              "    print(pool.submit(eval, \"'spacy' in __import__('sys').modules\").result())\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300, check=True)
    assert done.stdout.strip() == "True"


def test_a_rebuild_from_a_cache_starts_no_forkserver(generated, tmp_path):
    """A rebuild extracts the few changed sources in this process: no worker is forked."""
    cache = tmp_path / "cache"
    claimgraph.build_corpus(generated, tmp_path / "first.trig", jobs=1, cache=cache)
    assert _forkserver_start_seen(generated, tmp_path / "out.trig", "--cache", str(cache), "-j", "2") == ""
