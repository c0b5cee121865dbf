"""claimgraph: a knowledge graph of claims, each backed by the exact words of one source.

    import claimgraph
    summary = claimgraph.build_corpus(Path("graphs/karabakh-2020"))
    store = claimgraph.open_store(summary.output)
    rows = claimgraph.select(store, "SELECT ?e WHERE { GRAPH ?c { ?e a ?class } ?class rdfs:subClassOf* cg:Event }")
"""

from __future__ import annotations

import importlib
import sys
import types

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
            importlib.import_module(f".{module}", __name__)  # binding it runs _Package.__setattr__
            return globals()[name]
    raise AttributeError(f"module 'claimgraph' has no attribute {name!r}")


class _Package(types.ModuleType):
    """This package, where importing the submodule `build` never hides the function `build`.

    Python binds a submodule as an attribute of its package once it is imported, so
    `from claimgraph.build import build_corpus` (anywhere, any time) would turn
    `claimgraph.build` into the module. Binding a lazily loaded submodule binds its
    public names instead, and the function wins. `sys.modules["claimgraph.build"]`
    (importlib.import_module) is still the module.
    """

    def __setattr__(self, name: str, value) -> None:
        if isinstance(value, types.ModuleType) and name in _LAZY:
            for public in _LAZY[name]:
                super().__setattr__(public, getattr(value, public))
            if name in _LAZY[name]:
                return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package


__all__ = [
    "ClaimgraphError", "GraphFileError", "ManifestError", "PushError", "QueryError", "Rows", "SourceError", "Step", "Summary",
    "build", "build_corpus", "build_files", "execute", "load_store", "open", "open_dataset", "open_store",
    "push", "query", "select", "to_networkx", "validate",
]
