"""claimgraph: a knowledge graph of claims, each backed by the exact words of one source.

    import claimgraph
    summary = claimgraph.build_corpus(Path("graphs/karabakh-2020"))
    store = claimgraph.open_store(summary.output)
    rows = claimgraph.select(store, "SELECT ?e WHERE { GRAPH ?c { ?e a cg:Event } }")
"""

from .build import Summary, build, build_corpus, build_files
from .errors import ClaimgraphError, GraphFileError, ManifestError, PushError, QueryError, SourceError
from .query import Rows, execute, select
from .api import open, query  # after .query: the function `query` shadows the submodule's name here
from .push import push
from .store import load_store, open_dataset, open_store
from .validate import validate
from .viz import to_networkx

__all__ = [
    "ClaimgraphError", "GraphFileError", "ManifestError", "PushError", "QueryError", "Rows", "SourceError", "Summary",
    "build", "build_corpus", "build_files", "execute", "load_store", "open", "open_dataset", "open_store",
    "push", "query", "select", "to_networkx", "validate",
]
