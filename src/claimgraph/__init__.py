"""claimgraph: a knowledge graph of claims, each backed by the exact words of one source.

    import claimgraph
    summary = claimgraph.build_corpus(Path("graphs/karabakh-2020"))
    store = claimgraph.open_store(summary.output)
    rows = claimgraph.select(store, "SELECT ?e WHERE { GRAPH ?c { ?e a cg:Event } }")
"""

from .build import Summary, build, build_corpus, build_files
from .errors import ClaimgraphError, GraphFileError, ManifestError, QueryError, SourceError
from .query import Rows, execute, select
from .store import open_store
from .validate import validate

__all__ = [
    "ClaimgraphError", "GraphFileError", "ManifestError", "QueryError", "Rows", "SourceError", "Summary",
    "build", "build_corpus", "build_files", "execute", "open_store", "select", "validate",
]
