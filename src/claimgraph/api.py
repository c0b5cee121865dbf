"""The two calls most users need: `open` a graph and `query` it into rows.

    import claimgraph
    graph = claimgraph.open("graphs/karabakh-2020/karabakh-2020.trig")
    rows = claimgraph.query(graph, "SELECT ?e WHERE { GRAPH ?c { ?e a ?class } ?class rdfs:subClassOf* cg:Event }")
    frame = claimgraph.query(graph, "SELECT ...", dataframe=True)   # needs pandas

Both accept what the other engines give too: an rdflib `Dataset` (rdflib's memory store,
or Oxigraph through oxrdflib) answers the same queries with the same rows.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import rdflib
from pyparsing import ParseException

from .errors import QueryError
from .rdf.terms import PREFIXES
from .store.graph import open_dataset, open_store
from .store.query import Rows, prepare, select

ENGINES = ("oxigraph", "rdflib", "oxrdflib")
Graph = ox.Store | rdflib.Dataset


def open(source: str | Path | Graph, engine: str = "oxigraph") -> Graph:  # noqa: A001 - the public name
    """A queryable graph from a graph file or a store folder; an open graph is returned as is.

    engine "oxigraph" (default) gives a pyoxigraph `Store`; "rdflib" an rdflib `Dataset`
    in rdflib's memory store; "oxrdflib" an rdflib `Dataset` stored by Oxigraph.
    """
    if isinstance(source, (ox.Store, rdflib.Dataset)):
        return source
    if engine == "oxigraph":
        return open_store(source)
    if engine in ENGINES:
        return open_dataset(source, "rdflib" if engine == "rdflib" else "oxigraph")
    raise QueryError(engine, f"unknown engine; use one of {', '.join(ENGINES)}")


def query(source: str | Path | Graph, sparql: str, params: dict[str, str] | None = None, *,
          dataframe: bool = False):
    """A SELECT query's rows as dicts of strings (None where unbound), or a pandas DataFrame.

    Values are IRIs and literals' lexical forms, whichever engine answers, so results
    compare across engines. `params` fill `$name` placeholders as in `claimgraph.execute`.
    """
    graph = open(source)
    text = prepare(sparql, "query", params)
    result = select(graph, text) if isinstance(graph, ox.Store) else _rdflib_select(graph, text)
    if not dataframe:
        return result.rows
    try:
        import pandas
    except ImportError:
        raise ImportError("query(..., dataframe=True) needs pandas: pip install pandas") from None
    return pandas.DataFrame(result.rows, columns=result.variables)


def _rdflib_select(dataset: rdflib.Dataset, sparql: str) -> Rows:
    try:
        result = dataset.query(sparql, initNs=PREFIXES)
    except ParseException as exc:
        raise QueryError("query", f"SPARQL syntax error: {exc}") from None
    if result.type != "SELECT":
        raise QueryError("query", "not a SELECT query")
    names = [str(v) for v in result.vars]
    return Rows(names, [{n: (None if row[n] is None else str(row[n])) for n in names} for row in result])
