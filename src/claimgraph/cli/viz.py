"""claimgraph viz: the interactive network page of a built graph, one file that works offline."""

from __future__ import annotations

import argparse
from pathlib import Path


HELP = """\
Write the graph as one self-contained HTML page (no network needed): the most important
entities first (size by claims and sources; events told by one source grouped by type and
year until opened), labels drawn where they fit, links styled by verdict (corroborated,
differs, contradicted, denied, alleged, named differently), search over names, aliases
and quotes, filters by source, class, verdict and dates, a link's tooltip saying which
sources claim it in which words, and a panel with each claim's source, quote in its
sentence, modality, holder and the claims on the other side.
Quotes are shown in their sentence when the graph sits in its corpus folder.

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
    print(f"wrote {summary.output}: {summary.nodes} entities, {summary.edges} relations, "
          f"{summary.texts} source texts for context")
    return 0
