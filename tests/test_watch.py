"""`claimgraph build --watch`: one long-lived process that builds a corpus again on every change,
each time with the bytes of a clean build."""

from __future__ import annotations

import gc
import importlib
import json
import queue
import random
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

import claimgraph
from claimgraph.cli import main
from claimgraph.errors import ManifestError
from claimgraph.read import add, manifest as manifest_module
from claimgraph.run import cache as cache_module, memo
from claimgraph.run.memo import Memo
from claimgraph.run.watch import Built, watch

from .conftest import ROOT

build_module = importlib.import_module("claimgraph.run.build")  # the module (claimgraph.run.build is also a function)
from .test_cli import cli

sys.path.insert(0, str(ROOT / "bench"))
import corpus as generator  # noqa: E402  (bench/corpus.py: the generated corpora the benchmarks build)
import rebuild  # noqa: E402  (bench/rebuild.py: the rebuilds of a long-lived watch)
import rounds  # noqa: E402  (bench/rounds.py: the edits the rebuild benches make each round)

SETTLED = 1.0  # seconds with no build after the last: the watch has seen every change


@contextmanager
def watching(folder: Path, **options) -> Iterator[Callable[[], list[Built]]]:
    """A watch of `folder` in a thread; yields `builds()`: the builds since the last call, once the
    watch has built at least once and then stayed idle for `SETTLED` seconds. Its graph: `output`,
    by default `folder`/watched.trig."""
    heard: queue.Queue[Built] = queue.Queue()
    stop = threading.Event()
    thread = threading.Thread(target=watch, args=(folder, options.pop("output", folder / "watched.trig")),
                              kwargs={"interval": 0.05, "heard": heard.put, "stop": stop, "jobs": 1, **options},
                              daemon=True)  # a watch that never stops fails its test below, and keeps no worker alive
    thread.start()

    def builds() -> list[Built]:
        found = [heard.get(timeout=300)]
        while True:
            try:
                found.append(heard.get(timeout=SETTLED))
            except queue.Empty:
                return found
    try:
        yield builds
    finally:
        stop.set()
        thread.join(timeout=120)
        assert not thread.is_alive(), "the watch went on for two minutes after it was told to stop"


def _clean(folder: Path, tmp_path: Path) -> bytes:
    """The graph of a clean build of the folder (no cache)."""
    out = tmp_path / "clean.trig"
    claimgraph.build_corpus(folder, out, jobs=1, cache=None)
    return out.read_bytes()


def _generated(folder: Path, articles: int, spare: int) -> list[Path]:
    """A generated corpus (bench/corpus.py) of `articles`, and `spare` more of its articles left
    out of it: (files to add)."""
    generator.write(folder, articles + spare, words=150, seed=11)
    toml = (folder / "sources.toml").read_text(encoding="utf-8")
    entries = toml.split("\n[[source]]")
    (folder / "sources.toml").write_text("\n[[source]]".join(entries[:articles + 1]), encoding="utf-8")
    spares = []
    for n in range(articles, articles + spare):
        moved = folder.parent / f"article-{n:06d}.txt"
        shutil.move(folder / "sources" / moved.name, moved)
        spares.append(moved)
    return spares


def _append(path: Path, line: str) -> Callable[[], None]:
    return lambda: path.write_text(path.read_text(encoding="utf-8") + f"\n{line}\n", encoding="utf-8")


def _unlist(folder: Path, source: str) -> Callable[[], None]:
    """Takes a source's entry out of the manifest."""
    def step() -> None:
        toml = (folder / "sources.toml").read_text(encoding="utf-8")
        entries = toml.split("\n[[source]]")
        kept = [e for e in entries if f'id = "{source}"' not in e]
        (folder / "sources.toml").write_text("\n[[source]]".join(kept), encoding="utf-8")
    return step


@pytest.mark.parametrize("order", [(0, 1, 2, 3, 4), (2, 4, 0, 3, 1), (3, 0, 4, 2, 1)])
def test_a_watch_builds_every_change_of_a_generated_corpus_as_a_clean_build_in_any_order(tmp_path, order):
    """A generated corpus (stories told by several outlets, so that a change relinks other
    sources' events) changed, added to and cut in three orders: after each step the watch's graph
    has a clean build's bytes."""
    folder = tmp_path / "corpus"
    spare, other = _generated(folder, articles=8, spare=2)
    steps = [_append(folder / "sources" / "article-000000.txt", "Armenia and Azerbaijan signed a ceasefire on 3 "
                     "October 2020."),
             lambda: add.add_sources(folder / "sources.toml", [spare]),
             _unlist(folder, "article-000001"),
             _append(folder / "sources" / "article-000002.txt", "Azerbaijan attacked Lachin on 2 October 2020, "
                     "according to Armenia."),
             lambda: add.add_sources(folder / "sources.toml", [other])]
    with watching(folder) as builds:
        assert not builds()[-1].error
        for n in order:
            steps[n]()
            built = builds()
            assert not built[-1].error
            assert (folder / "watched.trig").read_bytes() == _clean(folder, tmp_path), f"after step {n} of {order}"


def test_a_watch_reports_a_bad_manifest_keeps_the_graph_and_builds_once_it_is_mended(corpus_copy, tmp_path):
    toml = (corpus_copy / "sources.toml").read_text(encoding="utf-8")
    with watching(corpus_copy) as builds:
        builds()
        graph = (corpus_copy / "watched.trig").read_bytes()
        (corpus_copy / "sources.toml").write_text(toml + "\n[[source]]\nid = 'x'\n", encoding="utf-8")
        broken = builds()
        assert broken[-1].error and "missing required field 'path'" in str(broken[-1].error)
        assert (corpus_copy / "watched.trig").read_bytes() == graph
        (corpus_copy / "sources.toml").write_text(toml, encoding="utf-8")
        mended = builds()
        assert not mended[-1].error and mended[-1].summary.sources == 2
    assert (corpus_copy / "watched.trig").read_bytes() == _clean(corpus_copy, tmp_path)


def test_a_watch_reads_each_unchanged_digest_and_file_once(corpus_copy, monkeypatch):
    """The build after a change reads from disk nothing linking or comparing reads of the unchanged
    source, and hashes only the changed file (the files left alone a while: `memo.RACY_NS`)."""
    monkeypatch.setattr(memo, "RACY_NS", 10_000_000)
    time.sleep(0.05)
    read: list[str] = []
    real_load, real_content = cache_module.Cache.load, cache_module.Cache.content
    monkeypatch.setattr(cache_module.Cache, "load", lambda self, key, kind=cache_module.Extraction: (
        read.append(kind.__name__), real_load(self, key, kind))[1])
    monkeypatch.setattr(cache_module.Cache, "content", lambda self, path: (
        read.append(Path(path).name), real_content(self, path))[1])
    with watching(corpus_copy) as builds:
        builds()
        read.clear()
        _append(corpus_copy / "sources" / "hovhannisyan-2024.txt", "Azerbaijan attacked Lachin on 2 October 2020.")()
        builds()
    assert "Kept" not in read and "asker-ozpinar-2021.txt" not in read  # the other source's
    assert "hovhannisyan-2024.txt" in read


def test_a_memo_sees_an_edit_that_keeps_the_files_size_inode_and_times(tmp_path, monkeypatch):
    """Two writes within one tick of the kernel's clock can leave a file's inode, size and times as
    they were (here: `memo.signature` fixed at the first write's): a hash made that soon after a write
    is not kept (`memo.RACY_NS`)."""
    path = tmp_path / "a.txt"
    cache = Memo(tmp_path / "cache", "v")
    path.write_bytes(b"first")
    now = time.time_ns()
    monkeypatch.setattr(memo, "signature", lambda file: (1, 5, now, now))
    first = cache.content(str(path))
    path.write_bytes(b"other")
    assert cache.content(str(path)) != first


def test_build_watch_stops_cleanly_on_sigterm_with_the_last_graph_written(corpus_copy):
    command = [sys.executable, "-m", "claimgraph", "build", str(corpus_copy), "--watch", "--interval", "0.1",
               "--format", "json", "--jobs", "1"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    first = json.loads(process.stdout.readline())
    process.send_signal(signal.SIGTERM)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 0, stderr
    assert first["sources"] == 2 and first["cpu"] > 0
    assert "stopped watching" in stderr and (corpus_copy / "karabakh-2020.trig").is_file()


@pytest.mark.parametrize("args, error", [(("a.txt", "-o", "x.trig"), "watches a corpus folder"),
                                         (("{corpus}", "--no-cache"), "drop --no-cache"),
                                         (("{corpus}", "--interval", "0"), "positive number of seconds")])
def test_build_watch_refuses_what_it_cannot_watch(corpus_copy, args, error):
    result = cli("build", *[a.format(corpus=corpus_copy) for a in args], "--watch")
    assert result.returncode == 2 and error in result.stderr


def test_a_watch_starts_from_the_cache_a_one_shot_build_left_and_extracts_nothing(corpus_copy, monkeypatch):
    assert main(["build", str(corpus_copy)]) == 0  # its cache: the corpus folder's own
    extracted: list[str] = []
    real = build_module.extract
    monkeypatch.setattr(build_module, "extract", lambda meta, *args: (extracted.append(meta.id), real(meta, *args))[1])
    with watching(corpus_copy) as builds:
        assert not builds()[-1].error
    assert extracted == []
    assert (corpus_copy / "watched.trig").read_bytes() == (corpus_copy / "karabakh-2020.trig").read_bytes()


NEWS = "Armenia and Azerbaijan signed a ceasefire on 3 October 2020."


def _edit_once_in_extract(monkeypatch, path: Path, before: bool) -> None:
    """The next extraction of `path`'s source edits it (appends `NEWS`): before it reads the file
    (after the build hashed it), or after."""
    real, done = build_module.extract, []

    def extract(meta, *args):
        if meta.path.endswith(path.name) and not done:
            done.append(meta.id)
            if before:
                _append(path, NEWS)()
            found = real(meta, *args)
            if not before:
                _append(path, NEWS)()
            return found
        return real(meta, *args)
    monkeypatch.setattr(build_module, "extract", extract)


def test_a_watch_builds_a_source_edited_while_it_was_extracted_as_a_clean_build(tmp_path, monkeypatch):
    """A source edited after its extraction read it, during a watch's build: the next build has
    the new text, and no entry of the old text is taken for it (its key is of the bytes read)."""
    folder = tmp_path / "corpus"
    _generated(folder, articles=4, spare=0)
    _edit_once_in_extract(monkeypatch, folder / "sources" / "article-000000.txt", before=False)
    with watching(folder) as builds:
        assert not builds()[-1].error
    monkeypatch.undo()
    assert (folder / "watched.trig").read_bytes() == _clean(folder, tmp_path)


def test_a_source_edited_between_its_hash_and_its_read_leaves_no_entry_under_the_old_bytes_key(tmp_path, monkeypatch):
    """The edit undone (an editor's undo, a checkout), a cached build is a clean build: the
    extraction of the edited text was not stored under the key of the bytes hashed before it."""
    folder = tmp_path / "corpus"
    _generated(folder, articles=4, spare=0)
    target = folder / "sources" / "article-000000.txt"
    original = target.read_bytes()
    _edit_once_in_extract(monkeypatch, target, before=True)
    claimgraph.build_corpus(folder, tmp_path / "during.trig", jobs=1, cache=tmp_path / "cache")
    monkeypatch.undo()
    target.write_bytes(original)
    claimgraph.build_corpus(folder, tmp_path / "cached.trig", jobs=1, cache=tmp_path / "cache")
    assert (tmp_path / "cached.trig").read_bytes() == _clean(folder, tmp_path)


GAZETTEER = """@prefix cg: <https://w3id.org/claimgraph/ontology#> .
@prefix id: <https://w3id.org/claimgraph/id/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
id:blueland a cg:State ; rdfs:label "Blueland"@en .
"""


def test_a_watch_builds_again_with_its_gazetteer_once_the_file_is_edited(tmp_path):
    """A --gazetteer file is watched as the sources are: an edit to it makes the recognisers again
    (and the cache's version), and the graph is a clean build's with the edited gazetteer."""
    from claimgraph.recognise import default_recognisers

    folder, names = tmp_path / "corpus", tmp_path / "names.ttl"
    (folder / "sources").mkdir(parents=True)
    (folder / "sources" / "a.txt").write_text("The Blue Army attacked Blueland on 3 October 2031.\n", encoding="utf-8")
    (folder / "sources.toml").write_text('[corpus]\nid = "blue"\n\n[[source]]\nid = "a"\npath = "sources/a.txt"\n',
                                         encoding="utf-8")
    names.write_text(GAZETTEER, encoding="utf-8")
    with watching(folder, recognisers=default_recognisers(names), gazetteers=[names],
                  remake=lambda: default_recognisers(names)) as builds:
        builds()
        before = (folder / "watched.trig").read_bytes()
        names.write_text(GAZETTEER + 'id:blue-army a cg:ArmedForce ; cg:forceOf id:blueland ; rdfs:label "Blue Army"@en .\n',
                         encoding="utf-8")
        assert not builds()[-1].error
    clean = tmp_path / "clean.trig"
    claimgraph.build_corpus(folder, clean, jobs=1, cache=None, recognisers=default_recognisers(names))
    assert (folder / "watched.trig").read_bytes() == clean.read_bytes() != before


def test_a_watch_reports_a_graph_it_cannot_write_and_goes_on(corpus_copy, tmp_path):
    """An output the system refuses (here its folder is a file) is a build's error, not the end of
    the watch: once the folder is there, the next change is built."""
    blocked = tmp_path / "out"
    blocked.write_text("a file where the output's folder should be", encoding="utf-8")
    with watching(corpus_copy, output=blocked / "graph.trig") as builds:
        failed = builds()[-1]
        assert failed.error and "cannot be written" in str(failed.error)
        blocked.unlink()
        _unlist(corpus_copy, "asker-ozpinar-2021")()
        assert builds()[-1].summary.sources == 1
    assert (blocked / "graph.trig").is_file()


def test_build_interval_without_watch_is_refused(corpus_copy):
    result = cli("build", corpus_copy, "--interval", "2")
    assert result.returncode == 2 and "add --watch" in result.stderr


def test_a_watch_prints_the_same_error_line_once_for_builds_with_the_same_fault(capsys):
    """A change that lands as a build starts makes a second build, which finds the same fault: one
    Error line for both; a different fault, or the same after a good build, is printed."""
    from claimgraph.cli.build import _Heard
    from claimgraph.cli.progress import Progress
    from claimgraph.errors import ManifestError
    from claimgraph.run.build import Summary

    heard = _Heard("text", Progress())
    missing, other = ManifestError("sources.toml", "missing required field 'path'"), ManifestError("sources.toml", "bad")
    for error in (missing, missing, other, None, other):
        heard(Built(None if error else Summary(Path("g.trig")), error, 0.1, 0.1))
    assert capsys.readouterr().err.count("Error: ") == 3


def test_a_watch_reads_the_manifest_and_sweeps_its_memo_with_the_collector_paused(corpus_copy, monkeypatch):
    """A full collection walks every object the watch holds (the memo's entries of every source,
    spaCy, the recognisers): one falling due in a build's reading of the manifest or its sweep (as at
    the first change after the watch started) cost 0.37 s of a 2.7 s rebuild (1,000 articles). All of a watch's build runs with the collector
    paused, as `build` does; it runs again once the build is heard of."""
    enabled: list[tuple[str, bool]] = []
    real_load, real_sweep = manifest_module.load, Memo.sweep
    monkeypatch.setattr(manifest_module, "load", lambda path: (enabled.append(("manifest", gc.isenabled())),
                                                              real_load(path))[1])
    monkeypatch.setattr(Memo, "sweep", lambda self: (enabled.append(("sweep", gc.isenabled())), real_sweep(self))[1])
    assert gc.isenabled()
    with watching(corpus_copy) as builds:
        builds()
    assert enabled[:2] == [("manifest", False), ("sweep", False)]
    assert gc.isenabled()


def test_the_rebuild_bench_changes_the_article_as_generated_each_round_with_dates_of_its_seed(tmp_path):
    """Review 21, finding 14: each round reread the article its last round had changed, so the rounds' sentences
    piled up; and the dates were drawn from the clock, not `--seed`. A round adds one sentence to the text as
    generated, with the same dates for the same seed, run and round."""
    folder = tmp_path / "corpus"
    (folder / "sources").mkdir(parents=True)
    article = folder / "sources" / "article-000000.txt"
    article.write_text("Fighting broke out in Lachin.\n", encoding="utf-8")
    (folder / "sources.toml").write_text("", encoding="utf-8")

    def changed(seed: str) -> str:
        dict(rounds.steps(folder, "Fighting broke out in Lachin.\n", random.Random(seed), tmp_path / "added.txt"))["changed"]()
        return article.read_text(encoding="utf-8")

    first, second, again = changed("7-0-0"), changed("7-0-1"), changed("7-0-0")
    assert second.startswith("Fighting broke out in Lachin.\n") and second.count("ceasefire") == 1
    assert first == again != second


def test_the_rebuild_bench_stops_its_watch_when_a_build_fails(tmp_path, monkeypatch):
    """Review 21, finding 14: a failed build's `sys.exit` left the watch's thread running, and the process hung
    waiting for it."""
    monkeypatch.setattr(rebuild, "SETTLED", 0.05)

    def failing(*_, heard: Callable[[Built], None], stop: threading.Event, **__) -> None:
        heard(Built(None, ManifestError(tmp_path, "no sources.toml"), 0.0, 0.0))
        stop.wait()

    with pytest.raises(SystemExit):
        with rebuild.Watched(tmp_path, tmp_path / "cache", 1, None, run=failing) as watched:
            watched.built()
    assert not watched.thread.is_alive()

