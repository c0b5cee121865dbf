"""Benchmark: load time, peak memory and saved-query latency, rdflib's memory store vs Oxigraph.

    python bench/query.py                      # 1,000,000 claims on Oxigraph, 2,000 on both engines
    python bench/query.py --claims 100000      # smaller first

A synthetic corpus in our RDF shape (`claims_quads` over synthetic Claim objects, each
source's in text order: one named graph per claim, a typing claim per (source, entity, class)
with a target per mention, sources and entity labels, and the selectors of all their spans)
is written once to $TMPDIR/claimgraph-bench-quoted/ as N-Quads. Each (engine, size) then runs in its
own subprocess, so that peak memory (ru_maxrss) is that engine's alone. rdflib cannot
run the claim-graph joins at a million claims (DESIGN.md: over 300 s at 23,000 graphs),
so it runs at --rdflib-claims, and Oxigraph runs at that size too: the ratio compares
like with like. Each rdflib run is capped at --cap seconds (SIGALRM: rdflib is pure
Python, so the alarm really stops it); a capped query prints "> cap".

Oxigraph runs twice at --claims: in memory (what every command does with a graph file)
and as a store folder on disk (`claimgraph load GRAPH --store DIR`, then `--store DIR`).

The comparisons (cg:Comparison, as `claimgraph compare` writes them) are synthesised into
their own file, comparisons-N.nq, loaded after the claims (see `synthetic_comparisons`).
The saved queries run with parameters a user would give (`bench_params`): an entity, a
source and an entity with comparisons, all present in the synthetic graph.
"""

from __future__ import annotations

import argparse
import atexit
import json
import os
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

import pyoxigraph as ox

from claimgraph.combine.compare import SINGLE_VALUED, Comparison, Side
from claimgraph.combine.comparisons import comparison_quads
from claimgraph.model import Claim, Document, Entity, Literal, SourceMeta
from claimgraph.rdf.dataset import claims_quads, entity_quads, selectors_quads, source_quads
from claimgraph.rdf.terms import PREFIXES, XSD
from claimgraph.store import saved
from claimgraph.store.graph import open_store

DATA = Path(tempfile.gettempdir()) / "claimgraph-bench-quoted"  # named for the shape: older files are not reused
SOURCES_PER_CLAIM = 5_000  # one synthetic source per this many claims
CLASSES = ("Actor", "Place", "Event", "Agreement")
RELATIONS = ("hasActor", "hasPlace", "party", "initiatedBy")
DISAGREEMENTS = ("Differs", "Contradicts")
TARGET_LOAD_S_PER_MQUADS = 5.0
TARGET_P50_MS = 20.0


def _sizes(claims: int) -> tuple[list[str], int]:
    """The synthetic sources and the number of entities for `claims` claims."""
    return [f"source-{i:04d}" for i in range(max(2, claims // SOURCES_PER_CLAIM))], max(100, claims // 20)


def synthetic_quads(claims: int):
    """Quads of `claims` synthetic claims, in the shape claimgraph builds."""
    sources, entities = _sizes(claims)
    for source in sources:
        yield from source_quads(Document(SourceMeta(id=source, path=f"{source}.txt", language="en"),
                                         text="", blocks=(), sha256="0" * 64, media_type="text/plain"))
    for e in range(entities):
        yield from entity_quads(Entity(id=f"entity-{e}", label=f"Entity {e}", lang="en", classes=()))
    words: set[str] = set()
    offsets: set[tuple[int, int]] = set()
    for k, source in enumerate(sources):
        said = [_claim(i, sources, entities) for i in range(k, claims, len(sources))]
        words.update(claim.exact for claim in said)
        offsets.update((claim.start, claim.end) for claim in said)
        yield from claims_quads(source, said)[0]
    yield from selectors_quads(sorted(words), sorted(offsets))


def _claim(i: int, sources: list[str], entities: int) -> Claim:
    source, subject = sources[i % len(sources)], f"entity-{(i * 7919) % entities}"
    kind, start = i % 4, (i // len(sources)) * 20
    if kind == 0:
        predicate, obj = "type", CLASSES[i % len(CLASSES)]
    elif kind == 3:
        predicate, obj = "date", Literal(f"{1990 + i % 35}-{1 + i % 12:02d}-{1 + i % 28:02d}", datatype=XSD + "date")
    else:
        predicate, obj = RELATIONS[i % len(RELATIONS)], f"entity-{(i * 104729) % entities}"
    return Claim(source=source, subject=subject, predicate=predicate, obj=obj, start=start, end=start + 12,
                 exact=f"words of claim {i}", method="synthetic.v1")


def synthetic_comparisons(claims: int):
    """Quads of the comparisons `claimgraph compare` would write, two per (subject, relation) of
    the synthetic relation and date claims: the even claims Corroborated, the odd ones Differs
    or Contradicts in turn, in two sides that dispute each other (`disputed`) (the synthetic
    sources never overlap, so the real rules would find no comparison at all). They sit in
    their own file beside the claims file, which predates them."""
    sources, entities = _sizes(claims)
    groups: dict[tuple[str, str], list[Claim]] = {}
    for i in range(claims):
        claim = _claim(i, sources, entities)
        if claim.predicate != "type":
            groups.setdefault((claim.subject, claim.predicate), []).append(claim)
    for n, ((subject, relation), group) in enumerate(sorted(groups.items())):
        value = None if relation in SINGLE_VALUED else group[0].obj
        halves = (("Corroborated", group[0::2]), (DISAGREEMENTS[n % 2], group[1::2]))
        for verdict, chosen in halves:
            if chosen:
                yield from comparison_quads(disputed(Comparison(subject, relation, verdict, tuple(chosen), value)))


def disputed(comparison: Comparison) -> Comparison:
    """A Differs or Contradicts comparison as compare writes a dispute, its claims in two sides
    (the first half of them, the second: the synthetic claims of a subject share their value)
    that dispute each other; a Corroborated one as it is."""
    if comparison.verdict == "Corroborated" or len(comparison.claims) < 2:
        return comparison
    half = len(comparison.claims) // 2
    sides = (Side("first", comparison.claims[:half]), Side("second", comparison.claims[half:]))
    return replace(comparison, sides=sides, disputes=(("first", "second"),))


def dataset_files(claims: int) -> list[Path]:
    """The synthetic claims and their comparisons as N-Quads files, generated once."""
    return [_cached(DATA / f"claims-{claims}.nq", synthetic_quads(claims)),
            _cached(DATA / f"comparisons-{claims}.nq", synthetic_comparisons(claims))]


def _cached(path: Path, quads) -> Path:
    if not path.exists():
        DATA.mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        tmp = path.with_suffix(".tmp")
        with tmp.open("wb") as out:
            ox.serialize(quads, out, format=ox.RdfFormat.N_QUADS)
        tmp.rename(path)
        print(f"generated {path.name} in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return path


def bench_params(claims: int) -> dict[str, str]:
    """What a user would ask about in the synthetic graph, each present in it: the subject of the
    first claim (a typing claim, so it has names) and that claim's source; for the comparison
    queries, the subject of the second claim (a relation claim, so it has comparisons)."""
    first, second = (_claim(i, *_sizes(claims)) for i in (0, 1))
    return {"entity": f"id:{first.subject}", "source": first.source, "about": f"id:{second.subject}"}


def child(engine: str, claims: int, repeat: int, cap: float, budget: float) -> dict:
    """Run in a subprocess: load, then time each saved query `repeat` times, or fewer once
    its runs add up to `budget` seconds. Returns what the parent prints."""
    paths = dataset_files(claims)
    started, cpu = time.perf_counter(), time.process_time()
    run = LOADERS[engine](paths)
    load_s, load_cpu_s = time.perf_counter() - started, time.process_time() - cpu
    quads = sum(1 for path in paths for line in path.open("rb") if line.strip())
    results = {}
    params = bench_params(claims)
    for query in saved.all_queries():
        text = query.sparql(params)
        times, rows = [], None
        for _ in range(repeat):
            if times and sum(times) > budget:
                break
            t0 = time.perf_counter()
            try:
                rows = _capped(run, text, cap)
            except TimeoutError:
                times = None
                break
            times.append(time.perf_counter() - t0)
        results[query.name] = {"times": times, "rows": rows, "runs": len(times or [])}
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"engine": engine, "quads": quads, "load_s": load_s, "load_cpu_s": load_cpu_s, "peak_mib": peak_mib,
            "queries": results, "params": params}


def _load_oxigraph(paths: list[Path]):
    store = open_store(paths[0])  # what every claimgraph command does with a graph file: Store.load
    for path in paths[1:]:
        store.load(path=str(path), format=ox.RdfFormat.N_QUADS)
    return lambda text: len(list(store.query(text, prefixes=PREFIXES)))


def _load_oxigraph_store(paths: list[Path]):
    """What `claimgraph load GRAPH --store DIR` does (a bulk load into a RocksDB folder, on
    every core), then the folder opened read-only as every command opens `--store DIR`."""
    folder = Path(tempfile.mkdtemp(prefix="claimgraph-bench-store-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    store = ox.Store(str(folder))
    for path in paths:
        store.bulk_load(path=str(path), format=ox.RdfFormat.N_QUADS)
    store.flush()
    del store  # releases the folder's lock
    store = open_store(folder)
    return lambda text: len(list(store.query(text, prefixes=PREFIXES)))


def _load_rdflib(paths: list[Path]):
    import rdflib
    dataset = rdflib.Dataset(default_union=False)
    # one parse: a second parse of N-Quads into a Dataset puts its default-graph triples aside
    dataset.parse(data=b"".join(path.read_bytes() for path in paths), format="nquads")
    return lambda text: len(list(dataset.query(text, initNs=PREFIXES)))


LOADERS = {"oxigraph": _load_oxigraph, "oxigraph-store": _load_oxigraph_store, "rdflib": _load_rdflib}


def _capped(run, text: str, cap: float) -> int:
    def alarm(signum, frame):
        raise TimeoutError
    signal.signal(signal.SIGALRM, alarm)
    signal.setitimer(signal.ITIMER_REAL, cap)
    try:
        return run(text)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)


def measure(engine: str, claims: int, repeat: int, cap: float, budget: float) -> dict:
    def run(role: str) -> str:
        return subprocess.run([sys.executable, __file__, "--child", role, "--claims", str(claims), "--repeat",
                               str(repeat), "--cap", str(cap), "--budget", str(budget)],
                              capture_output=True, text=True, check=True).stdout

    # generated in a process of its own: a child inherits its parent's peak memory (ru_maxrss)
    run("generate")
    return {**json.loads(run(engine)), "claims": claims}


def p(times: list[float] | None, q: float) -> float | None:
    if not times:
        return None
    return statistics.quantiles(times, n=100, method="inclusive")[q - 1] * 1000 if len(times) > 1 else times[0] * 1000


def report(runs: list[dict], cap: float) -> None:
    print(f"{'engine':14} {'claims':>9} {'quads':>11} {'load s':>8} {'s/Mquads':>9} {'cpu s':>8} {'peak MiB':>9}")
    for r in runs:
        print(f"{r['engine']:14} {r['claims']:>9,} {r['quads']:>11,} {r['load_s']:>8.2f} "
              f"{r['load_s'] / r['quads'] * 1e6:>9.2f} {r['load_cpu_s']:>8.2f} {r['peak_mib']:>9.0f}")
    print(f"(load average {' '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} CPUs: wall time "
          f"above cpu s means the load waited for a CPU)")
    for r in runs:
        print(f"parameters at {r['claims']:,} claims: " + " ".join(f"{k}={v}" for k, v in sorted(r["params"].items())))
    print()
    names = list(runs[0]["queries"])
    print(f"{'query':24} " + " ".join(f"{SHORT[r['engine']] + ' ' + _short(r['claims']):>24}" for r in runs))
    print(f"{'':24} " + " ".join(f"{'p50 ms   p95 ms    rows':>24}" for _ in runs))
    print(f"{'(runs per query)':24} " + " ".join(f"{_runs(r):>24}" for r in runs))
    for name in names:
        cells = []
        for r in runs:
            q = r["queries"][name]
            if q["times"] is None:
                cells.append(f"{'> ' + format(cap, 'g') + ' s (capped)':>24}")
            else:
                cells.append(f"{p(q['times'], 50):8.1f} {p(q['times'], 95):8.1f} {q['rows']:>7}")
        print(f"{name:24} " + " ".join(f"{c:>24}" for c in cells))
    _ratios(runs, names, cap)
    for run in runs:
        if run["engine"] != "rdflib" and run["claims"] == runs[0]["claims"]:
            _targets(run)


SHORT = {"oxigraph": "oxigraph", "oxigraph-store": "ox-store", "rdflib": "rdflib"}


def _ratios(runs: list[dict], names: list[str], cap: float) -> None:
    small = {r["engine"]: r for r in runs if r["claims"] != runs[0]["claims"]}
    if set(small) != {"rdflib", "oxigraph"}:
        return
    rd, ox_ = small["rdflib"], small["oxigraph"]
    print(f"\nrdflib / Oxigraph at {rd['claims']:,} claims: load {rd['load_s'] / ox_['load_s']:.1f}x, "
          f"peak memory {rd['peak_mib'] / ox_['peak_mib']:.1f}x")
    for name in names:
        a, b = p(rd["queries"][name]["times"], 50), p(ox_["queries"][name]["times"], 50)
        text = f"> {cap * 1000 / b:,.0f}x (rdflib capped at {cap:g} s)" if a is None else f"{a / b:,.0f}x"
        print(f"  {name:24} p50 {text}")


def _targets(big: dict) -> None:
    per_m, cpu_per_m = (big[key] / big["quads"] * 1e6 for key in ("load_s", "load_cpu_s"))
    print(f"\ntargets at {big['claims']:,} claims on {big['engine']}: load {per_m:.2f} s per million quads "
          f"(target <= {TARGET_LOAD_S_PER_MQUADS:g}): {'met' if per_m <= TARGET_LOAD_S_PER_MQUADS else 'MISSED'}"
          f" ({cpu_per_m:.2f} cpu s per million quads)")
    for name, q in big["queries"].items():
        p50 = p(q["times"], 50)
        verdict = "met" if p50 is not None and p50 <= TARGET_P50_MS else "MISSED"
        shown = "capped" if p50 is None else f"{p50:.1f} ms"
        print(f"  {name:24} p50 {shown} (target <= {TARGET_P50_MS:g} ms): {verdict}")


def _runs(run: dict) -> str:
    counts = sorted({q["runs"] for q in run["queries"].values()})
    return "-".join(map(str, (counts[0], counts[-1]) if len(counts) > 1 else counts))


def _short(n: int) -> str:
    return f"{n // 1_000_000}M" if n >= 1_000_000 and n % 1_000_000 == 0 else f"{n // 1000}k" if n >= 1000 else str(n)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--claims", type=int, default=1_000_000, help="claims for the Oxigraph run")
    parser.add_argument("--rdflib-claims", type=int, default=2_000, help="claims for the rdflib vs Oxigraph run")
    parser.add_argument("--repeat", type=int, default=20, help="runs of each query (p50/p95 over them)")
    parser.add_argument("--cap", type=float, default=60.0, help="seconds before an rdflib query run is given up")
    parser.add_argument("--budget", type=float, default=15.0, help="stop repeating a query after this many seconds")
    parser.add_argument("--child", metavar="ENGINE", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child == "generate":
        dataset_files(args.claims)
        return
    if args.child:
        print(json.dumps(child(args.child, args.claims, args.repeat, args.cap, args.budget)))
        return
    runs = [measure("oxigraph", args.claims, args.repeat, args.cap, args.budget),
            measure("oxigraph-store", args.claims, args.repeat, args.cap, args.budget),
            measure("oxigraph", args.rdflib_claims, args.repeat, args.cap, args.budget),
            measure("rdflib", args.rdflib_claims, args.repeat, args.cap, args.budget)]
    report(runs, args.cap)


if __name__ == "__main__":
    main()
