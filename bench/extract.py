"""Words per second of the whole build (read -> recognise -> resolve -> claims -> TriG).

Builds one text made of the bundled corpus's texts repeated N times (default 20, about
47,000 words) as a bare file, in one process, and prints the build's words per second
beside the bare tokenizer's on the same text (the baseline measured in the same run:
the ratio is what the rule stack and the RDF stages cost).

    python bench/extract.py [N]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import claimgraph
from claimgraph.read import manifest, read
from claimgraph.recognise.nlp import pipeline

CORPUS = Path(__file__).resolve().parents[1] / "graphs" / "karabakh-2020"


def main(rounds: int = 20) -> None:
    corpus = manifest.load(CORPUS / "sources.toml")
    text = "\n\n".join(read(meta, corpus.folder).text for meta in corpus.sources for _ in range(rounds))
    words = len(text.split())
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "corpus.txt"
        source.write_text(text, encoding="utf-8")
        claimgraph.build_corpus(CORPUS, Path(tmp) / "warm.trig", jobs=1)  # load the gazetteer and spaCy once
        start = time.perf_counter()
        claimgraph.build_files([source], Path(tmp) / "bench.trig", jobs=1)
        build_s = time.perf_counter() - start
    start = time.perf_counter()
    list(pipeline().pipe([text]))
    tok_s = time.perf_counter() - start
    print(f"build:     {words / build_s:12,.0f} words/s  ({words:,} words in {build_s:.2f} s)")
    print(f"tokenizer: {words / tok_s:12,.0f} words/s  (baseline, same text)")
    print(f"ratio:     {tok_s / build_s:12.3f}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("rounds", nargs="?", type=int, default=20, metavar="N",
                        help="how many times the bundled texts are repeated (default 20)")
    main(parser.parse_args().rounds)
