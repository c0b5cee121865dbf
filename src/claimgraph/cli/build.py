"""claimgraph build: a corpus folder (with sources.toml) or bare files, to a dataset file."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ..build import build_corpus, build_files

HELP = """\
Build the graph of a corpus folder (its sources.toml lists the sources and their
metadata) into <folder>/<corpus id>.trig, or of bare text/HTML/PDF files into -o FILE.

  claimgraph build graphs/karabakh-2020
  claimgraph build a.txt b.html -o out.trig
"""


def register(subs) -> None:
    p = subs.add_parser("build", help="build a graph from sources", description=HELP,
                        formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("inputs", nargs="+", type=Path, metavar="INPUT",
                   help="a corpus folder or its sources.toml, or one or more source files")
    p.add_argument("-o", "--output", type=Path, help="output file (.trig or .nq); required for bare files")
    p.add_argument("--format", choices=["text", "json"], default="text", help="summary format (default: text)")
    p.set_defaults(run=run)


def run(args) -> int:
    def progress(meta) -> None:
        print(f"reading {meta.id} ({meta.path})", file=sys.stderr)

    first = args.inputs[0]
    if len(args.inputs) == 1 and (first.is_dir() or first.name == "sources.toml"):
        summary = build_corpus(first, args.output, progress=progress)
    elif args.output is None:
        print("Error: bare source files need -o FILE (or give a corpus folder with sources.toml)", file=sys.stderr)
        return 2
    else:
        summary = build_files(args.inputs, args.output, progress=progress)
    if args.format == "json":
        print(json.dumps(summary.as_dict(), indent=2))
    else:
        entities = ", ".join(f"{n} {cls.lower()}s" for cls, n in sorted(summary.entities.items()))
        print(f"wrote {summary.output}: {summary.sources} sources, {summary.claims} claims, "
              f"{summary.quads} quads; entities: {entities}")
    return 0
