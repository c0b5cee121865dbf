"""claimgraph eval: precision, recall and F1 of a built graph against gold annotations."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

HELP = """\
Score extraction against hand-written gold (YAML, format in the README's "Measuring
extraction"): P/R/F1 per entity type, events and agreements, their roles, date accuracy,
alleged events stored as asserted, and metadata entities leaked into the story.

One source of a graph against one gold file:

  claimgraph eval graphs/karabakh-2020/karabakh-2020.trig --gold tests/gold/hovhannisyan-2024.yaml

A whole built corpus against a folder of gold files (micro-averaged over the sources):

  claimgraph build ../shared/eval/dev -o dev.trig
  claimgraph eval dev.trig --gold ../shared/eval/dev/gold

(a built corpus folder works too: `claimgraph eval FOLDER --gold GOLD_DIR` reads its
sources.toml for the texts and FOLDER/<corpus id>.trig for the graph).

The matching rules are in the docstring of claimgraph.evaluate.score.
"""


def register(subs) -> None:
    p = subs.add_parser("eval", help="score a graph against gold annotations", description=HELP,
                        formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("graph", type=Path, help="a built graph file (.trig or .nq), a store folder, or a built corpus folder")
    p.add_argument("--gold", type=Path, required=True, help="a gold YAML file, or a folder of them")
    p.add_argument("--source", help="the source id in the graph (default: the stem of the gold file's `text`)")
    p.add_argument("--text", type=Path, help="the annotated text (default: beside the gold file, or in the graph's sources/)")
    p.add_argument("--format", choices=["text", "json"], default="text")
    p.set_defaults(run=run)


def run(args) -> int:
    if args.gold.is_dir():
        from ..evaluate.corpus import evaluate_corpus, render  # here: they load SciPy, which other commands never need

        report = evaluate_corpus(args.graph, args.gold)
    else:
        from ..evaluate.score import evaluate, render

        report = evaluate(args.graph, args.gold, source=args.source, text_path=args.text)
    print(json.dumps(report.as_dict(), indent=2, ensure_ascii=False) if args.format == "json" else render(report))
    return 0
