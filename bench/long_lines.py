"""Very long lines: does a build's time grow with the text, or with its square?

    python bench/long_lines.py [--sizes 100000 200000 400000] [--stage extract|build] [--text news|tolls]

Each text is the news source of the bundled corpus repeated on ONE line (no paragraph
break, dense with names and events), of each size in characters; with `--text tolls`, ONE
sentence of death tolls ("3 soldiers were killed in Tavush, 4 soldiers were killed ..."),
as a table of casualties flattened into prose gives: every stage that reads a sentence per
event it tells meets such a sentence once per toll. For each it prints the
time of one stage (`extract`: read -> claims, in process; `build`: the whole
`claimgraph build` process, RDF writing included) and its peak memory, then the ratio
of each step to the previous one against the ratio of the sizes: a linear build grows
by the size ratio (2.0 for doubling), a quadratic one by its square (4.0).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

NEWS = Path(__file__).resolve().parents[1] / "graphs" / "karabakh-2020" / "sources" / "hovhannisyan-2024.txt"

EXTRACT = """
import sys, time
from pathlib import Path
from claimgraph.run.build import extract
from claimgraph.model import SourceMeta
from claimgraph.recognise import default_recognisers
recognisers = default_recognisers()
start = time.perf_counter()
claims = len(extract(SourceMeta(id="line", path=sys.argv[1]), Path("."), recognisers).claims)
print(time.perf_counter() - start, claims)
"""


def one_line(size: int) -> str:
    sentence = " ".join(NEWS.read_text(encoding="utf-8").split()) + " "
    return (sentence * (size // len(sentence) + 1))[:size].rsplit(" ", 1)[0] + "."


def one_sentence_of_tolls(size: int) -> str:
    """About `size` characters of tolls joined by commas, one full stop at the end: one sentence."""
    tolls, n = ["In the fighting"], 3
    while sum(map(len, tolls)) + 2 * len(tolls) < size:
        tolls.append(f"{n} soldiers were killed in Tavush")
        n += 1
    return ", ".join(tolls) + "."


def measure(path: Path, stage: str) -> tuple[float, int, int]:
    """(seconds, claims or -1, peak resident KB) of one stage on one file, in a fresh process."""
    if stage == "extract":
        command = [sys.executable, "-c", EXTRACT, str(path)]
    else:
        command = [sys.executable, "-m", "claimgraph", "build", str(path), "-o", str(path.with_suffix(".trig")),
                   "--jobs", "1", "--no-cache"]
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    output = process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    if status:
        raise SystemExit(f"{' '.join(command)} failed")
    if stage == "extract":
        seconds, claims = output.split()
        return float(seconds), int(claims), usage.ru_maxrss
    return time.perf_counter() - start, -1, usage.ru_maxrss


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 200_000, 400_000])
    parser.add_argument("--stage", choices=["extract", "build"], default="extract")
    parser.add_argument("--text", choices=["news", "tolls"], default="news")
    args = parser.parse_args()
    previous = None
    print(f"{'chars':>10} {'seconds':>8} {'claims':>7} {'peak MB':>8} {'time ratio':>10} {'size ratio':>10}")
    with tempfile.TemporaryDirectory() as folder:
        for size in args.sizes:
            path = Path(folder) / f"line-{size}.txt"
            path.write_text((one_line if args.text == "news" else one_sentence_of_tolls)(size), encoding="utf-8")
            seconds, claims, peak = measure(path, args.stage)
            ratio = f"{seconds / previous[1]:10.2f} {size / previous[0]:10.2f}" if previous else ""
            print(f"{size:>10} {seconds:8.2f} {claims:>7} {peak / 1024:8.0f} {ratio}")
            previous = (size, seconds)


if __name__ == "__main__":
    main()
