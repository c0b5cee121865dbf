"""claimgraph query: read-only SPARQL over a built graph; claimgraph queries: the saved ones."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from ..errors import QueryError
from ..store import saved
from ..store.graph import open_store
from ..store.query import GRAPH_FORMATS, RESULT_FORMATS, execute, serialize

HELP = """\
Run a SPARQL query on a built graph. The contract's prefixes (cg:, id:, claim:, source:,
prov:, oa:, dcterms:, skos:, ...) need no PREFIX lines. Claims live in named graphs:

  claimgraph query graphs/karabakh-2020/karabakh-2020.trig \\
    'SELECT ?event ?actor WHERE { GRAPH ?c { ?event cg:hasActor ?actor } }'
  claimgraph query GRAPH question.rq --format csv
  claimgraph query STORE 'CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?c { ?s ?p ?o } }' --format nquads
  claimgraph query GRAPH --saved source-says-about --param source=hovhannisyan-2024 --param entity=id:turkey

GRAPH is a built graph file, or a store folder made by `claimgraph load` (faster to open).
--timeout runs the query in a child process that is killed when the time is up.
List the saved queries with `claimgraph queries`.
"""


def register(subs) -> None:
    p = subs.add_parser("query", help="run SPARQL on a graph", description=HELP,
                        formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("graph", type=Path, help="a built graph file (.trig or .nq) or a store folder")
    p.add_argument("sparql", nargs="?", help="the query text, or a file holding it (.rq, .sparql)")
    p.add_argument("--saved", metavar="NAME", help="run a saved query instead (see 'claimgraph queries')")
    p.add_argument("--param", action="append", default=[], metavar="NAME=VALUE",
                   help="a value for a $NAME placeholder: id:slug or <iri> for IRIs, else a literal")
    p.add_argument("--format", choices=["table", *RESULT_FORMATS, *GRAPH_FORMATS], default="table",
                   help="SELECT/ASK: table (default), csv, tsv, json, xml; "
                        "CONSTRUCT/DESCRIBE: turtle (default), trig, nquads, jsonld")
    p.add_argument("--timeout", type=float, metavar="SECONDS",
                   help="stop the query after this many seconds (default: no limit)")
    p.add_argument("--allow-service", action="store_true",
                   help="let SERVICE clauses query other endpoints over the network (refused by default)")
    p.set_defaults(run=run)
    q = subs.add_parser("queries", help="list the saved queries",
                        description="List the SPARQL queries shipped with claimgraph, for --saved NAME.")
    q.add_argument("--format", choices=["text", "json"], default="text")
    q.set_defaults(run=run_list)


def run(args) -> int:
    text, name = _query_text(args)
    params = _params(args)
    job = (text, name, params, args.format, args.allow_service)
    if args.timeout is None:
        output = answer(open_store(args.graph), *job)
    else:
        from ..store.worker import QueryWorker  # here: asyncio and a child process for --timeout only

        with QueryWorker(args.graph) as worker:
            output = worker.run(answer, job, args.timeout, name)
    print(output, end="" if output.endswith("\n") else "\n")
    return 0


def answer(store, text: str, name: str, params: dict[str, str], fmt: str, allow_service: bool) -> str:
    """The query's result as text: the job a QueryWorker runs when --timeout is given."""
    return serialize(execute(store, text, name, params, allow_service), fmt, name)


def _query_text(args) -> tuple[str, str]:
    if args.saved:  # a parameter left out takes the saved query's example value
        return saved.load(args.saved).sparql(_params(args)), args.saved
    if not args.sparql:
        raise QueryError("query", "give a SPARQL query, a .rq file, or --saved NAME")
    candidate = Path(args.sparql)
    if "\n" not in args.sparql and candidate.suffix in (".rq", ".sparql"):
        if not candidate.is_file():
            raise QueryError(candidate, "no such query file")
        return candidate.read_text(encoding="utf-8"), str(candidate)
    return args.sparql, "query"


def _params(args) -> dict[str, str]:
    return dict(p.partition("=")[::2] for p in args.param)


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
