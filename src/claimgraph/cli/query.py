"""claimgraph query: read-only SPARQL over a built graph; claimgraph queries: the saved ones."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from .. import saved
from ..errors import QueryError
from ..query import execute, serialize
from ..store import open_store

HELP = """\
Run a SPARQL query on a built graph. The contract's prefixes (cg:, id:, claim:, source:,
prov:, oa:, dcterms:, skos:, ...) need no PREFIX lines. Claims live in named graphs:

  claimgraph query graphs/karabakh-2020/karabakh-2020.trig \\
    'SELECT ?event ?actor WHERE { GRAPH ?c { ?event cg:hasActor ?actor } }'
  claimgraph query GRAPH question.rq --format csv
  claimgraph query GRAPH --saved source-says-about --param source=hovhannisyan-2024 --param entity=id:turkey

List the saved queries with `claimgraph queries`.
"""


def register(subs) -> None:
    p = subs.add_parser("query", help="run SPARQL on a graph", description=HELP,
                        formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("graph", type=Path, help="a built graph file (.trig or .nq)")
    p.add_argument("sparql", nargs="?", help="the query text, or a file holding it (.rq, .sparql)")
    p.add_argument("--saved", metavar="NAME", help="run a saved query instead (see 'claimgraph queries')")
    p.add_argument("--param", action="append", default=[], metavar="NAME=VALUE",
                   help="a value for a $NAME placeholder: id:slug or <iri> for IRIs, else a literal")
    p.add_argument("--format", choices=["table", "csv", "tsv", "json", "xml"], default="table",
                   help="result format (default: table); CONSTRUCT/DESCRIBE give Turtle")
    p.set_defaults(run=run)
    q = subs.add_parser("queries", help="list the saved queries",
                        description="List the SPARQL queries shipped with claimgraph, for --saved NAME.")
    q.add_argument("--format", choices=["text", "json"], default="text")
    q.set_defaults(run=run_list)


def run(args) -> int:
    text, name = _query_text(args)
    params = dict(p.partition("=")[::2] for p in args.param)
    result = execute(open_store(args.graph), text, name, params)
    print(serialize(result, args.format), end="" if args.format != "table" else "\n")
    return 0


def _query_text(args) -> tuple[str, str]:
    if args.saved:
        return saved.load(args.saved).text, args.saved
    if not args.sparql:
        raise QueryError("query", "give a SPARQL query, a .rq file, or --saved NAME")
    candidate = Path(args.sparql)
    if "\n" not in args.sparql and candidate.suffix in (".rq", ".sparql"):
        if not candidate.is_file():
            raise QueryError(candidate, "no such query file")
        return candidate.read_text(encoding="utf-8"), str(candidate)
    return args.sparql, "query"


def run_list(args) -> int:
    queries = saved.all_queries()
    if args.format == "json":
        print(json.dumps([{"name": q.name, "description": q.description, "parameters": q.parameters}
                          for q in queries], indent=2))
    else:
        width = max(len(q.name) for q in queries)
        for q in queries:
            params = f"  (params: {', '.join(q.parameters)})" if q.parameters else ""
            print(f"{q.name.ljust(width)}  {q.description}{params}")
    return 0
