"""claimgraph: a knowledge graph of claims, each backed by the exact words of one source.

    import claimgraph
    summary = claimgraph.build_corpus(Path("graphs/karabakh-2020"))
    store = claimgraph.open_store(summary.output)
    rows = claimgraph.select(store, "SELECT ?e WHERE { GRAPH ?c { ?e a ?class } ?class rdfs:subClassOf* cg:Event }")
"""

from __future__ import annotations

from .errors import ClaimgraphError, GraphFileError, ManifestError, OutputError, PushError, QueryError, SourceError
from .lazy import lazy

# Loaded on first use, so that a command starts with the libraries it uses only: no spaCy to
# read a graph, no rdflib, httpx or pyparsing to build one, no networkx or pyvis but for the page.
__getattr__ = lazy(__name__, {
    "open": ".api", "query": ".api", "load_store": ".store.graph", "open_dataset": ".store.graph",
    "open_store": ".store.graph", "push": ".store.push", "Rows": ".store.query", "execute": ".store.query",
    "select": ".store.query", "validate": ".store.validate", "Summary": ".run.build", "build": ".run.build",
    "build_corpus": ".run.build", "build_files": ".run.build", "to_networkx": ".viz", "Step": ".model",
})

__all__ = [
    "ClaimgraphError", "GraphFileError", "ManifestError", "OutputError", "PushError", "QueryError", "Rows", "SourceError", "Step", "Summary",
    "build", "build_corpus", "build_files", "execute", "load_store", "open", "open_dataset", "open_store",
    "push", "query", "select", "to_networkx", "validate",
]
