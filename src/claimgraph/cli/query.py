"""claimgraph query: read-only SPARQL over a built graph."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..query import execute, serialize
from ..store import open_store

HELP = """\
Run a SPARQL query on a built graph. The contract's prefixes (cg:, id:, claim:, source:,
prov:, oa:, dcterms:, skos:, ...) need no PREFIX lines. Claims live in named graphs:

  claimgraph query graphs/karabakh-2020/karabakh-2020.trig \\
    'SELECT ?event ?actor WHERE { GRAPH ?c { ?event cg:hasActor ?actor } }'
  claimgraph query GRAPH question.rq --format csv
"""


def register(subs) -> None:
    p = subs.add_parser("query", help="run SPARQL on a graph", description=HELP,
                        formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("graph", type=Path, help="a built graph file (.trig or .nq)")
    p.add_argument("sparql", help="the query text, or a file holding it (.rq, .sparql)")
    p.add_argument("--format", choices=["table", "csv", "tsv", "json", "xml"], default="table",
                   help="result format (default: table); CONSTRUCT/DESCRIBE give Turtle")
    p.set_defaults(run=run)


def run(args) -> int:
    text, name = args.sparql, "query"
    candidate = Path(args.sparql)
    if "\n" not in text and len(text) < 1024 and candidate.suffix in (".rq", ".sparql"):
        text, name = candidate.read_text(encoding="utf-8"), str(candidate)
    result = execute(open_store(args.graph), text, name)
    print(serialize(result, args.format), end="" if args.format != "table" else "\n")
    return 0
