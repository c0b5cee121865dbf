"""claimgraph serve: a read-only SPARQL endpoint and query page over a graph or store."""

from __future__ import annotations

import argparse
import gc
import sys
from pathlib import Path

HELP = """\
Serve a graph over the SPARQL 1.1 Protocol (read-only) at http://HOST:PORT/sparql, with
a query page at http://HOST:PORT/ and the network page `claimgraph viz` writes at
http://HOST:PORT/network (built in the background once per graph version). Results by Accept: SPARQL JSON, XML, CSV, TSV;
CONSTRUCT/DESCRIBE as Turtle, TriG, N-Triples, N-Quads or JSON-LD. Binds 127.0.0.1 by default.

  claimgraph serve graphs/karabakh-2020/karabakh-2020.trig
  curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT ?s WHERE { ?s a cg:Source }' \\
    http://127.0.0.1:7878/sparql
"""


def register(subs) -> None:
    p = subs.add_parser("serve", help="serve a graph as a SPARQL endpoint", description=HELP,
                        formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("graph", type=Path, help="a built graph file (.trig or .nq) or a store folder")
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default: 127.0.0.1)")
    p.add_argument("--port", type=int, default=7878, help="port (default: 7878; 0 picks a free one)")
    p.add_argument("--timeout", type=float, default=30.0, metavar="SECONDS",
                   help="per-query time limit; an overrunning query's worker process is killed (default: 30)")
    p.add_argument("--max-bytes", type=int, default=50_000_000,
                   help="largest result sent, in bytes (default: 50000000)")
    p.add_argument("--workers", type=int, default=2,
                   help="worker processes, each holding the graph and answering one query at a time (default: 2)")
    p.add_argument("--page-timeout", type=float, default=600.0, metavar="SECONDS",
                   help="time limit for building the network page at /network, once per graph version "
                        "(default: 600; about 85 s at 1,000 articles)")
    p.add_argument("--allow-service", action="store_true",
                   help="let SERVICE clauses make this server query other endpoints (refused by default: "
                        "anyone who can reach the server could make it open connections)")
    p.set_defaults(run=run)


def run(args) -> int:
    from ..serve import make_server  # here: the server's modules load for this command only

    try:
        server = make_server(args.graph, args.host, args.port, args.timeout, args.max_bytes, args.workers,
                             args.allow_service, args.page_timeout, log=_log)
    except OSError as exc:
        print(f"Error: cannot listen on {args.host}:{args.port}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    gc.freeze()  # what startup made (rdflib, pyoxigraph, the page) lives on: full collections skip it (a 18-38 ms pause)
    host, port = server.server_address[:2]
    print(f"serving {args.graph} at http://{host}:{port}/ (SPARQL endpoint: /sparql, network page: /network); Ctrl-C stops",
          file=sys.stderr, flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        print("stopped", file=sys.stderr)
    finally:
        server.server_close()
        server.endpoint.stop()
    return 0


def _log(line: str) -> None:
    """The server's errors: one line each on stderr."""
    print(line, file=sys.stderr, flush=True)
