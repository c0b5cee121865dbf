"""claimgraph: a knowledge graph of claims, each backed by the exact words of one source.

    import claimgraph
    summary = claimgraph.build_corpus(Path("graphs/karabakh-2020"))
    store = claimgraph.open_store(summary.output)
    rows = claimgraph.select(store, "SELECT ?e WHERE { GRAPH ?c { ?e a ?class } ?class rdfs:subClassOf* cg:Event }")
"""

from __future__ import annotations

import importlib

from .errors import ClaimgraphError, GraphFileError, ManifestError, PushError, QueryError, SourceError
from .model import Step
from .query import Rows, execute, select
from .api import open, query  # after .query: the function `query` shadows the submodule's name here
from .push import push
from .store import load_store, open_dataset, open_store
from .validate import validate

# Loaded on first use (PEP 562), so that commands which only read a graph start fast,
# without spaCy (the builder) or networkx and pyvis (the network page).
_LAZY = {"build": ("Summary", "build", "build_corpus", "build_files"), "viz": ("to_networkx",)}


def __getattr__(name: str):
    for module, names in _LAZY.items():
        if name in names:
            loaded = importlib.import_module(f".{module}", __name__)
            # every name at once: importing the submodule `build` bound `claimgraph.build`
            # to the module, and the function must win, as with an eager import
            globals().update({n: getattr(loaded, n) for n in names})
            return globals()[name]
    raise AttributeError(f"module 'claimgraph' has no attribute {name!r}")


__all__ = [
    "ClaimgraphError", "GraphFileError", "ManifestError", "PushError", "QueryError", "Rows", "SourceError", "Step", "Summary",
    "build", "build_corpus", "build_files", "execute", "load_store", "open", "open_dataset", "open_store",
    "push", "query", "select", "to_networkx", "validate",
]
