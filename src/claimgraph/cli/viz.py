"""claimgraph viz: the interactive network page of a built graph, one file that works offline."""

from __future__ import annotations

import argparse
from pathlib import Path


HELP = """\
Write the graph as one self-contained HTML page (no network needed): entities as nodes
(colour and shape by class, size by claims), one edge per relation styled by who claims
it (both sources, one source, disputed), filters by source, class, name and date, and a
panel with each claim's source, exact quote and modality.

  claimgraph viz graphs/karabakh-2020/karabakh-2020.trig -o karabakh-2020.html
  claimgraph viz GRAPH -o one-source.html --source hovhannisyan-2024
"""


def register(subs) -> None:
    p = subs.add_parser("viz", help="write the interactive network page", description=HELP,
                        formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("graph", type=Path, help="a built graph file (.trig or .nq)")
    p.add_argument("-o", "--output", type=Path, required=True, help="the HTML file to write")
    p.add_argument("--source", action="append", metavar="ID",
                   help="keep only this source's claims (repeatable; default: all sources)")
    p.add_argument("--title", help="the page title (default: claimgraph: <graph name>)")
    p.set_defaults(run=run)


def run(args) -> int:
    from ..viz import write_page  # here: networkx and pyvis are slow to load, and only this command needs them

    summary = write_page(args.graph, args.output, sources=args.source, title=args.title)
    layout = "physics in the browser" if summary.physics else "positions computed beforehand"
    print(f"wrote {summary.output}: {summary.nodes} entities, {summary.edges} relations ({layout})")
    return 0
