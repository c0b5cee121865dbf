"""claimgraph load: a built graph file into a persisted Oxigraph store folder."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..store.graph import load_store

HELP = """\
Bulk-load a built graph into an Oxigraph store folder, replacing what the folder held.
Every command that takes GRAPH also takes the folder, and opens it at once instead of
parsing the file again:

  claimgraph load graphs/karabakh-2020/karabakh-2020.trig --store karabakh.oxigraph
  claimgraph query karabakh.oxigraph --saved names-per-source
"""


def register(subs) -> None:
    p = subs.add_parser("load", help="load a graph into a persisted store folder", description=HELP,
                        formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("graph", type=Path, help="a built graph file (.trig or .nq)")
    p.add_argument("--store", type=Path, required=True, metavar="DIR",
                   help="the store folder: created, or replaced if it is already a store")
    p.set_defaults(run=run)


def run(args) -> int:
    quads = load_store(args.graph, args.store)
    print(f"loaded {quads} quads from {args.graph} into {args.store}")
    return 0
