"""Build throughput, scaling, memory and incremental rebuilds, measured in one run.

    python bench/build.py [--articles 1000] [--words 600] [--jobs N] [--seed 7] [--incremental]

Generates a corpus (bench/corpus.py), then prints:

- the bound: spaCy's tokenizer + the gazetteer's PhraseMatcher alone, words/s on one core;
- where one build's time goes: per-source extraction with 1 .. N jobs, the serial
  cross-source stages (link, comparisons), the per-source sections (quads serialised)
  with 1 .. N jobs (words/s per core of writing the sources' RDF alone, a bound of its own), and writing;
- the whole build (`claimgraph build`, RDF writing included) with 1 .. N jobs: wall time,
  words/s per core, speed-up over 1 job, peak memory, and whether the bytes are identical;
- everything after extraction (link, comparisons, sections, write) on one core, words/s, beside the
  bound and against its target (>= 150k); pyoxigraph's own floor: the time it alone takes to build the
  sections' quads from ready-made terms and serialise them, and so the most words/s after extraction
  that a build writing with pyoxigraph can reach; the quads per word written (target <= 4), with the
  predicates that make most of them (where the next cut in quads would come from);
- the whole build's ratio to the bound, against the target (>= 250k words/s per core);
- incremental rebuilds after one article changed, one added (`build --add`) and that one removed,
  against the full build (target: at most 5%, issue #20), and that each gives the same bytes as
  a clean build: each as a one-shot `claimgraph build` process (start-up, spaCy and every cache
  read included), and as a build of a long-lived `claimgraph build --watch` process that sees the
  same changes in the corpus folder (spaCy, the recognisers and what the cache holds of every
  source already loaded).

`--incremental` measures the incremental rebuilds alone (and the full build they are set against):
what to run while working on them.

Every build runs as its own `claimgraph build` process, start-up included, as a user
would run it; peak memory is that process's and its workers' largest resident size.
"""

from __future__ import annotations

import argparse
import filecmp
import importlib
import json
import os
import queue
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

import pyoxigraph as ox

import corpus as generator
import rounds

builder = importlib.import_module("claimgraph.run.build")  # the module (claimgraph.run.build is also a function)

from claimgraph.rdf import dataset, trig
from claimgraph.read import manifest
from claimgraph.read.add import add_sources
from claimgraph.recognise import default_recognisers, packs
from claimgraph.recognise.gazetteer import Gazetteer
from claimgraph.recognise.nlp import pipeline
from claimgraph.run import linking, parallel
from claimgraph.run.parallel import default_jobs
from claimgraph.store.query import compact

TARGET_WORDS_PER_CORE = 250_000
TARGET_AFTER_EXTRACTION = 150_000  # words/s per core of linking, comparing, sections and writing together
TARGET_QUADS_PER_WORD = 4
WATCH_INTERVAL = 0.2  # seconds between a watch's looks at the corpus


def bound(texts: list[str]) -> float:
    """Words/s of the tokenizer and the gazetteer's phrase matcher alone, on one core."""
    nlp = pipeline()
    gazetteer = next(r for r in default_recognisers() if isinstance(r, Gazetteer))
    words = sum(len(t.split()) for t in texts)
    start = time.perf_counter()
    for text, doc in zip(texts, nlp.tokenizer.pipe(texts)):
        doc.user_data["text"] = text  # as recognise() gives every block
        for _ in gazetteer(doc):
            pass
    return words / (time.perf_counter() - start)


@builder.collector_paused()
def stages(folder: Path, words: int, jobs: int, matcher: float) -> float:
    """Seconds in each stage of one in-process build (with the collector paused, as `build` has
    it), extraction and sections with 1 .. N jobs, and all after extraction on one core beside
    the bound (`matcher`); words/s of the sections on one job: what writing the contract's RDF
    alone allows a whole build."""
    corpus = manifest.load(folder / "sources.toml")
    walls = {}
    for n in range(1, jobs + 1):
        start = time.perf_counter()
        extractions = list(parallel.extract_all(builder.extract, corpus.sources, corpus.folder, None, jobs=n))
        walls[n] = time.perf_counter() - start
        cores = parallel.workers(n, len(corpus.sources))
        print(f"stage extract --jobs {n}: {walls[n]:7.1f} s  {words / walls[n] / cores:10,.0f} words/s per core  "
              f"speed-up {walls[1] / walls[n]:4.2f}x")
    fmt = trig.format_for(folder.parent / "stages.trig")
    gazetteer = packs.load()  # as a build: the table read once before extracting (its files hashed), passed on
    cpu, start = time.process_time(), time.perf_counter()
    combined = builder.combine(extractions, gazetteer)
    linked = time.perf_counter()
    ready = [linking.in_hand(ex) for ex in combined]
    shared = [dataset.serialised(dataset.shared_quads(e for r in ready for e in r.digest.said.entities), fmt),
              *builder.compared_sections(ready, gazetteer, fmt, None)]
    compared, cpu = time.perf_counter(), time.process_time() - cpu
    rdf, walls = {}, {}
    for n in range(1, jobs + 1):
        begin = time.perf_counter()
        cpu_sections = time.process_time()
        parts = list(builder.sections(ready, len(ready), fmt, n, None)[1])  # as a build: digests made once
        cpu_sections = time.process_time() - cpu_sections
        wall, quads = time.perf_counter() - begin, sum(p.quads for p in parts)
        walls[n] = wall
        if n == 1:
            cpu += cpu_sections
        rdf[n] = words / wall / parallel.workers(n, len(combined), builder.SECTIONS_PER_WORKER)
        print(f"stage sections --jobs {n} (quads, serialised): {wall:7.1f} s  {rdf[n]:10,.0f} words/s per core  "
              f"({quads:,} quads, {quads / words:.1f} per word)")
    own = floor(combined, fmt)
    begin, cpu_write = time.perf_counter(), time.process_time()
    whole = list(dataset.with_selectors([*shared, *parts], fmt))  # the selectors last, as a build writes them
    trig.write_parts([p.data for p in whole], folder.parent / "stages.trig")
    written, cpu = time.perf_counter() - begin, cpu + time.process_time() - cpu_write
    print(f"stage combine (cross-source link): {linked - start:7.1f} s   comparisons and entities: "
          f"{compared - linked:7.1f} s   write: {written:7.1f} s")
    after = compared - start + walls[1] + written
    quads = sum(p.quads for p in whole)
    print(f"after extraction, one core: {after:7.1f} s  {words / after:10,.0f} words/s "
          f"(CPU time {cpu:.1f} s: {words / cpu:,.0f} words/s) "
          f"(target >= {TARGET_AFTER_EXTRACTION:,}: "
          f"{'met' if words / after >= TARGET_AFTER_EXTRACTION else 'NOT met'}; "
          f"bound {matcher:,.0f})")
    least = own * quads / sum(p.quads for p in parts) + written  # every quad at the sections' cost, then written
    print(f"pyoxigraph's own floor (ox.Quad from ready-made terms + ox.serialize, one core): sections {own:.1f} s "
          f"= {words / own:,.0f} words/s (made in {walls[1]:.1f} s: {walls[1] / own:.1f}x it); all {quads:,} quads "
          f"at that cost, written: {least:.1f} s, so after extraction at most {words / least:,.0f} words/s "
          f"with no linking or comparing at all; target {TARGET_AFTER_EXTRACTION:,} "
          f"{'reachable' if words / least >= TARGET_AFTER_EXTRACTION else 'NOT reachable'} with pyoxigraph as the writer")
    print(f"quads: {quads:,} = {quads / words:.2f} per word (target <= {TARGET_QUADS_PER_WORD}: "
          f"{'met' if quads / words <= TARGET_QUADS_PER_WORD else 'NOT met'})")
    breakdown(folder.parent / "stages.trig", fmt, words)
    return rdf[1]


def floor(extractions: list, fmt: ox.RdfFormat) -> float:
    """Seconds pyoxigraph alone takes for the sources' sections on one core: each source's quads
    built again (`ox.Quad`, a default-graph quad without its graph, the cheapest way) from terms
    made beforehand (not timed), then serialised (`trig.part`, as a section is): what no Python
    that makes the quads can beat."""
    took = 0.0
    for extraction in extractions:
        terms = [(q.subject, q.predicate, q.object) if q.graph_name == ox.DefaultGraph() else
                 (q.subject, q.predicate, q.object, q.graph_name) for q in dataset.source_section(extraction)[0]]
        start = time.perf_counter()
        trig.part([ox.Quad(*t) for t in terms], fmt)
        took += time.perf_counter() - start
    return took


def breakdown(path: Path, fmt: ox.RdfFormat, words: int, top: int = 10) -> None:
    """The quads of a written graph per word by predicate, most first: a claim's own triple (in
    its named graph) counted apart from the default graph's provenance, entities and comparisons."""
    counts: Counter[str] = Counter()
    for quad in ox.parse(path=str(path), format=fmt):
        counts["claimed triples" if isinstance(quad.graph_name, ox.NamedNode) else compact(quad.predicate)] += 1
    shown = counts.most_common(top)
    rest = sum(counts.values()) - sum(n for _, n in shown)
    print("quads per word by predicate: " + ", ".join(f"{name} {n / words:.2f}" for name, n in shown)
          + f", the other {len(counts) - len(shown)} {rest / words:.2f}")


def build(folder: Path, output: Path, *flags: str) -> tuple[float, float]:
    """Run `claimgraph build` as an installed copy runs (`rounds.installed`, bytecode kept beside `output`);
    (wall seconds, peak resident MB of it and its workers)."""
    command = [sys.executable, "-m", "claimgraph", "build", str(folder), "-o", str(output), *flags]
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               env=rounds.installed(os.environ, output.parent))
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"build failed: {' '.join(command)}\n{process.stderr.read().decode()}")
    return wall, usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--words", type=int, default=600)
    parser.add_argument("--jobs", type=int, default=default_jobs(), help="largest number of jobs (default: cores)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--incremental", action="store_true", help="measure the incremental rebuilds alone")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="claimgraph-bench-"))
    folder = work / "corpus"
    words = generator.write(folder, args.articles, args.words, args.seed)
    texts = [p.read_text(encoding="utf-8") for p in sorted((folder / "sources").glob("*.txt"))]
    print(f"corpus: {args.articles} articles, {words:,} words (seed {args.seed}), in {folder}")
    if args.incremental:
        incremental(folder, work, args.jobs, args.articles)
        return

    matcher = bound(texts)
    print(f"bound: tokenizer + PhraseMatcher  {matcher:12,.0f} words/s on one core")

    rdf = stages(folder, words, args.jobs, matcher)

    outputs, walls = {}, {}
    for jobs in range(1, args.jobs + 1):
        outputs[jobs] = work / f"jobs{jobs}.trig"
        walls[jobs], peak = build(folder, outputs[jobs], "--jobs", str(jobs), "--no-cache")
        same = filecmp.cmp(outputs[1], outputs[jobs], shallow=False)
        cores = parallel.workers(jobs, args.articles)
        print(f"build --jobs {jobs}: {walls[jobs]:7.1f} s  {words / walls[jobs] / cores:10,.0f} words/s per core  "
              f"speed-up {walls[1] / walls[jobs]:4.2f}x  peak {peak:6.0f} MB  bytes identical to --jobs 1: {same}")

    per_core = words / walls[1]
    print(f"whole build / bound: {per_core:,.0f} / {matcher:,.0f} words/s = 1/{matcher / per_core:,.0f} "
          f"(target: >= {TARGET_WORDS_PER_CORE:,} words/s per core, "
          f"{'met' if per_core >= TARGET_WORDS_PER_CORE else 'NOT met'}; "
          f"writing the sources' RDF alone allows at most {rdf:,.0f})")

    incremental(folder, work, args.jobs, args.articles)


def incremental(folder: Path, work: Path, jobs: int, articles: int) -> None:
    """Rebuilds with a cache after one article changed, one added (`build --add`) and that one
    removed, each against the full build with an empty cache (wall time), and whether
    each gives the bytes of a clean build of the same corpus; the CPU seconds of each rebuild (the
    process and what it waited for: other work on a shared machine lengthens them less than the wall
    time; the workers of a forkserver are not counted). The same changes then as a long-lived
    `build --watch` process sees them, from a copy of the cache as the full build left it."""
    flags = ("--jobs", str(jobs), "--cache", str(work / "cache"))
    full, _ = build(folder, work / "cached.trig", *flags)
    shutil.copytree(work / "cache", work / "watch-cache")
    shutil.copy(work / "cached.trig", work / "clean-original.trig")  # a build with an empty cache is a clean build
    changed = folder / "sources" / "article-000000.txt"
    original = changed.read_text(encoding="utf-8")
    changed.write_text(original + "\nArmenia and Azerbaijan signed a ceasefire.\n", encoding="utf-8")
    toml = (folder / "sources.toml").read_text(encoding="utf-8")
    added = work / "article-added.txt"
    added.write_text((folder / "sources" / "article-000001.txt").read_text(encoding="utf-8")
                     + "\nAzerbaijan attacked Lachin on 2 October 2020, according to Armenia.\n", encoding="utf-8")
    cases = [("changed", (), "changed"), ("added", ("--add", str(added)), "added"),
             ("removed", (), "changed")]  # removing the added article gives the corpus of the change again
    for case, more, corpus in cases:
        if case == "removed":
            (folder / "sources.toml").write_text(toml, encoding="utf-8")
        cpu = _children_cpu()
        wall, _ = build(folder, work / "cached.trig", *flags, *more)
        cpu = _children_cpu() - cpu
        clean = work / f"clean-{corpus}.trig"
        if not clean.exists():
            build(folder, clean, "--jobs", str(jobs), "--no-cache")
        same = filecmp.cmp(work / "cached.trig", clean, shallow=False)
        print(f"incremental, one-shot `claimgraph build`: one of {articles} articles {case}: {wall:.1f} s = "
              f"{wall / full:.1%} of the full build with an empty cache ({full:.1f} s) (target <= 5%), CPU {cpu:.1f} s; "
              f"bytes identical to a clean build: {same}")
    changed.write_text(original, encoding="utf-8")
    watched(folder, work, jobs, articles, full, toml, added)


def watched(folder: Path, work: Path, jobs: int, articles: int, full: float, toml: str, added: Path) -> None:
    """The changes `incremental` makes, made again in the corpus folder while a `claimgraph build
    --watch` process (started on the corpus as the full build found it, with a copy of the cache
    that build left) watches it: for each, that process's own wall and CPU seconds for the build
    it made of the change (as it reports them: from the change seen to the graph written), the time
    from the change to the report (polling included), and whether the graph is a clean build's."""
    output = work / "watched.trig"
    command = [sys.executable, "-m", "claimgraph", "build", str(folder), "--watch", "--interval", str(WATCH_INTERVAL),
               "--format", "json", "--jobs", str(jobs), "--cache", str(work / "watch-cache"), "-o", str(output)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                               env=rounds.installed(os.environ, work))
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in process.stdout], daemon=True).start()
    first, _ = _settled(lines)
    print(f"incremental, long-lived `claimgraph build --watch`: first build from the cache {first['seconds']:.1f} s "
          f"(CPU {first['cpu']:.1f} s); bytes identical to a clean build: "
          f"{filecmp.cmp(output, work / 'clean-original.trig', shallow=False)}")
    changed = folder / "sources" / "article-000000.txt"
    steps = [("changed", lambda: changed.write_text(changed.read_text(encoding="utf-8") + "\nArmenia and Azerbaijan "
                                                     "signed a ceasefire.\n", encoding="utf-8"), "changed"),
             ("added", lambda: add_sources(folder / "sources.toml", [added]), "added"),
             ("removed", lambda: (folder / "sources.toml").write_text(toml, encoding="utf-8"), "changed")]
    for case, step, corpus in steps:
        start = time.perf_counter()
        step()
        built, reported = _settled(lines)
        seen = reported - start
        same = filecmp.cmp(output, work / f"clean-{corpus}.trig", shallow=False)
        print(f"incremental, long-lived `claimgraph build --watch`: one of {articles} articles {case}: its build "
              f"{built['seconds']:.1f} s = {built['seconds'] / full:.1%} of the full build ({full:.1f} s) "
              f"(target <= 5%), CPU {built['cpu']:.1f} s; change to graph written {seen:.1f} s (polling every "
              f"{WATCH_INTERVAL} s); bytes identical to a clean build: {same}")
    process.send_signal(signal.SIGTERM)
    process.wait(timeout=60)


def _settled(lines: queue.Queue) -> tuple[dict, float]:
    """The first build a watch reports next and when (`time.perf_counter`), once it has reported no
    other for a while (a change made while it built is built again: the graph is then the last one's)."""
    first = json.loads(lines.get(timeout=3600))
    reported = time.perf_counter()
    while True:
        try:
            json.loads(lines.get(timeout=3 * WATCH_INTERVAL + 1))
        except queue.Empty:
            return first, reported


def _children_cpu() -> float:
    """CPU seconds (user and system) of the processes this one has waited for, and of theirs."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


if __name__ == "__main__":
    main()
