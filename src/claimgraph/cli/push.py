"""claimgraph push: send a graph to a remote SPARQL store, replacing this corpus's earlier push."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..store.push import BATCH, push

HELP = """\
Send a graph to a SPARQL store (Oxigraph server, Apache Jena Fuseki, Virtuoso, GraphDB ...),
replacing the claims an earlier push derived from the same sources, so pushing twice adds
nothing. The data goes by SPARQL 1.1 Update, or with --graph-store by the Graph Store
HTTP Protocol (one request per claim graph).

  oxigraph serve --location store/ --bind 127.0.0.1:7878 &
  claimgraph push graphs/karabakh-2020/karabakh-2020.trig --endpoint http://127.0.0.1:7878/update
  claimgraph push GRAPH --endpoint http://localhost:3030/ds/update --graph-store http://localhost:3030/ds/data
"""


def register(subs) -> None:
    p = subs.add_parser("push", help="send a graph to a remote SPARQL store", description=HELP,
                        formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("graph", type=Path, help="a built graph file (.trig or .nq) or a store folder")
    p.add_argument("--endpoint", required=True, metavar="URL", help="the store's SPARQL Update endpoint")
    p.add_argument("--graph-store", metavar="URL", help="the store's Graph Store Protocol endpoint, to upload by it")
    p.add_argument("--batch", type=int, default=BATCH, metavar="QUADS",
                   help=f"quads per SPARQL Update request (default: {BATCH}); a graph that fits in one is pushed "
                        "atomically; if a later request fails, the same push again repairs the store")
    p.set_defaults(run=run)


def run(args) -> int:
    summary = push(args.graph, args.endpoint, args.graph_store, batch=args.batch)
    print(f"pushed {summary.quads} quads ({summary.claim_graphs} claim graphs from {summary.sources} sources) "
          f"to {args.graph_store or args.endpoint} in {summary.requests} requests")
    return 0
