"""claimgraph eval: precision, recall and F1 of a built graph against a gold file."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

HELP = """\
Score the claims of one source of a built graph against a hand-written gold file
(YAML, format in shared/eval/README.md): P/R/F1 per entity type, for events and
agreements, their roles, date accuracy, and metadata entities leaked into the story.
The matching rules are in the docstring of claimgraph.eval.

  claimgraph eval graphs/karabakh-2020/karabakh-2020.trig --gold tests/gold/hovhannisyan-2024.yaml
"""


def register(subs) -> None:
    p = subs.add_parser("eval", help="score a graph against a gold file", description=HELP,
                        formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("graph", type=Path, help="a built graph file (.trig or .nq) or a store folder")
    p.add_argument("--gold", type=Path, required=True, help="the gold YAML file")
    p.add_argument("--source", help="the source id in the graph (default: the stem of the gold file's `text`)")
    p.add_argument("--text", type=Path, help="the annotated text (default: beside the gold file, or in the graph's sources/)")
    p.add_argument("--format", choices=["text", "json"], default="text")
    p.set_defaults(run=run)


def run(args) -> int:
    from ..eval import evaluate, render  # here: it loads SciPy, which other commands never need

    report = evaluate(args.graph, args.gold, source=args.source, text_path=args.text)
    print(json.dumps(report.as_dict(), indent=2, ensure_ascii=False) if args.format == "json" else render(report))
    return 0
