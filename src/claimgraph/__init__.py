"""claimgraph: a knowledge graph of claims, each backed by the exact words of one source.

    import claimgraph
    summary = claimgraph.build_corpus(Path("graphs/karabakh-2020"))
    store = claimgraph.open_store(summary.output)
    rows = claimgraph.select(store, "SELECT ?e WHERE { GRAPH ?c { ?e a ?class } ?class rdfs:subClassOf* cg:Event }")
"""

from __future__ import annotations

from .api import open, query
from .errors import ClaimgraphError, GraphFileError, ManifestError, PushError, QueryError, SourceError
from .lazy import lazy
from .model import Step
from .store.graph import load_store, open_dataset, open_store
from .store.push import push
from .store.query import Rows, execute, select
from .store.validate import validate

# Loaded on first use, so that commands which only read a graph start fast,
# without spaCy (the builder) or networkx and pyvis (the network page).
__getattr__ = lazy(__name__, {"Summary": ".run.build", "build": ".run.build", "build_corpus": ".run.build",
                              "build_files": ".run.build", "to_networkx": ".viz"})

__all__ = [
    "ClaimgraphError", "GraphFileError", "ManifestError", "PushError", "QueryError", "Rows", "SourceError", "Step", "Summary",
    "build", "build_corpus", "build_files", "execute", "load_store", "open", "open_dataset", "open_store",
    "push", "query", "select", "to_networkx", "validate",
]
