"""CPU seconds of each stage after extraction, on one core, without extracting again.

    python bench/after.py OUT.trig [--articles 1000] [--words 600] [--seed 7] [--jobs N]
                          [--extractions FILE] [--profile PREFIX]

The bench corpus (bench/corpus.py) is extracted once into FILE (a pickle; default beside
OUT.trig, named by the corpus's size and seed) and read from there on later runs, so a
run costs the stages alone: link, comparisons and entities, sections, write, each as
bench/build.py's `stages` runs it with one job and the collector paused, the gazetteer table
loaded before (as a build loads it once, before extracting: reading it from the disk cache,
0.26 s, is no stage's). OUT.trig is the
built graph: compare it with `cmp` against another tree's. `--profile PREFIX` writes each
stage's cProfile to PREFIX.STAGE.prof. A pickle made by one tree is read by another only if
their `Extraction` classes match: make it with the older one.
"""

from __future__ import annotations

import argparse
import cProfile
import importlib
import pickle
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import corpus as generator

builder = importlib.import_module("claimgraph.run.build")  # the module (claimgraph.run.build is also a function)

from claimgraph.rdf import dataset, trig
from claimgraph.read import manifest
from claimgraph.recognise import packs
from claimgraph.run import linking, parallel


def extracted(path: Path, articles: int, words: int, seed: int, jobs: int | None) -> tuple[int, list]:
    """(words, extractions) of the bench corpus: from `path`, else extracted now and kept there."""
    if path.exists():
        return pickle.loads(path.read_bytes())
    folder = Path(tempfile.mkdtemp(prefix="claimgraph-after-")) / "corpus"
    count = generator.write(folder, articles, words, seed)
    corpus = manifest.load(folder / "sources.toml")
    found = (count, list(parallel.extract_all(builder.extract, corpus.sources, corpus.folder, None, jobs=jobs)))
    path.write_bytes(pickle.dumps(found, protocol=pickle.HIGHEST_PROTOCOL))
    return found


@builder.collector_paused()
def stages(extractions: list, output: Path, profile: str | None) -> dict[str, float]:
    """CPU seconds of each stage, in a build's order, the graph written to `output`."""
    fmt = trig.format_for(output)
    gazetteer = packs.load()  # a build holds the table from its start (extraction reads it), not timed here
    took: dict[str, float] = {}

    def timed(name: str, stage: Callable[[], object]):
        profiler = cProfile.Profile() if profile else None
        start = time.process_time()
        result = profiler.runcall(stage) if profiler else stage()
        took[name] = time.process_time() - start
        if profiler:
            profiler.dump_stats(f"{profile}.{name}.prof")
        return result

    combined = timed("link", lambda: builder.combine(extractions, gazetteer))
    ready = timed("digests", lambda: [linking.in_hand(ex) for ex in combined])
    shared = timed("comparisons", lambda: [
        dataset.serialised(dataset.shared_quads(e for r in ready for e in r.digest.said.entities), fmt),
        *builder.compared_sections(ready, gazetteer, fmt, None)])
    parts = timed("sections", lambda: list(builder.sections(ready, len(ready), fmt, 1, None)[1]))
    timed("write", lambda: trig.write_parts([p.data for p in dataset.with_selectors([*shared, *parts], fmt)], output))
    return took


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("output", type=Path)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--words", type=int, default=600)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--jobs", type=int, default=None, help="processes that extract, the first time")
    parser.add_argument("--extractions", type=Path, help="the pickle of the extractions")
    parser.add_argument("--profile", help="write each stage's cProfile to PROFILE.STAGE.prof")
    args = parser.parse_args()
    path = args.extractions or args.output.with_name(f"extractions-{args.articles}-{args.words}-{args.seed}.pickle")
    words, extractions = extracted(path, args.articles, args.words, args.seed, args.jobs)
    took = stages(extractions, args.output, args.profile)
    total = sum(took.values())
    print("  ".join(f"{name} {seconds:.2f} s" for name, seconds in took.items())
          + f"  all {total:.2f} s of CPU: {words / total:,.0f} words/s on one core ({words:,} words)")


if __name__ == "__main__":
    main()
