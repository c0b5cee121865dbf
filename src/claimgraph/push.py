"""Push a built graph to a remote SPARQL store, replacing what an earlier push of it put there.

"This corpus's graphs" are found from the sources the graph describes (`?src a
cg:Source`), because claim IRIs change when extraction changes but source IRIs do not:

1. every claim graph `?c` with `?c prov:wasDerivedFrom ?src` in the remote store is
   emptied, with its provenance in the default graph (the claim node, its annotation,
   target and selectors), and the sources' own descriptions are removed;
2. the graph's quads are inserted.

So a second push of the same graph leaves the store as the first one did, and a push
after a rebuild leaves no claims of the old build. Entity labels and owl:sameAs links
(in the default graph, shared by every corpus that mentions the entity) are added, not
removed. Emptied named graphs may still be listed by stores that keep empty graphs.

Step 1 is SPARQL 1.1 Update; step 2 is Update too (`INSERT DATA`, in batches; when the
whole graph fits in one batch the push is a single, atomic request), or with
`graph_store` the SPARQL 1.1 Graph Store HTTP Protocol: the default graph POSTed (added)
and each claim graph PUT (replaced), one request per graph.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from itertools import groupby
from pathlib import Path

import httpx
import pyoxigraph as ox

from .errors import PushError
from .query import declare_prefixes
from .rdf import terms as t
from .store import open_store

BATCH = 50_000
_CLAIM_PARTS = [  # what hangs off a claim ?c, deleted before ?c itself
    ("?sel ?p ?o", "?a oa:hasBody ?c ; oa:hasTarget/oa:hasSelector ?sel . ?sel ?p ?o"),
    ("?tgt ?p ?o", "?a oa:hasBody ?c ; oa:hasTarget ?tgt . ?tgt ?p ?o"),
    ("?a ?p ?o", "?a oa:hasBody ?c . ?a ?p ?o"),
    ("GRAPH ?c { ?s ?p ?o }", "GRAPH ?c { ?s ?p ?o }"),
    ("?c ?p ?o", "?c ?p ?o"),
]


@dataclass(frozen=True)
class PushSummary:
    sources: int
    claim_graphs: int
    quads: int
    requests: int


def push(graph: str | Path, endpoint: str, graph_store: str | None = None, *,
         batch: int = BATCH, timeout: float = 120.0) -> PushSummary:
    """Replace this corpus's graphs in the store whose SPARQL Update endpoint is `endpoint`."""
    store = open_store(graph)
    quads = sorted(store, key=_graph_key)
    sources = sorted(q.subject for q in store.quads_for_pattern(
        None, ox.NamedNode(t.TYPE), ox.NamedNode(t.cg("Source")), ox.DefaultGraph()))
    if not sources:
        raise PushError(graph, "describes no sources (no cg:Source), so nothing identifies its graphs")
    claim_graphs = sum(1 for _ in store.named_graphs())
    with httpx.Client(timeout=timeout) as http:
        if graph_store:
            _update(http, endpoint, delete_corpus(sources))
            requests = 1 + _store_graphs(http, graph_store, quads)
        else:
            chunks = [quads[i:i + batch] for i in range(0, len(quads), batch)]
            _update(http, endpoint, delete_corpus(sources) + " ;\n" + insert_data(chunks[0]))
            for chunk in chunks[1:]:
                _update(http, endpoint, insert_data(chunk))
            requests = len(chunks)
    return PushSummary(len(sources), claim_graphs, len(quads), requests)


def delete_corpus(sources: Iterable[ox.NamedNode]) -> str:
    """SPARQL Update removing the claims derived from `sources`, their provenance and the sources."""
    values = "VALUES ?src { " + " ".join(map(str, sources)) + " }"
    operations = [f"DELETE {{ {template} }} WHERE {{ {values} ?c prov:wasDerivedFrom ?src . {pattern} }}"
                  for template, pattern in _CLAIM_PARTS]
    operations.append(f"DELETE {{ ?src ?p ?o }} WHERE {{ {values} ?src ?p ?o }}")
    return declare_prefixes(" ;\n".join(operations))


def insert_data(quads: list[ox.Quad]) -> str:
    """`INSERT DATA` for quads sorted by graph, terms written in N-Triples syntax."""
    parts = []
    for name, group in groupby(quads, key=_graph_key):
        triples = "\n".join(f"{q.subject} {q.predicate} {q.object} ." for q in group)
        parts.append(triples if not name else f"GRAPH <{name}> {{\n{triples}\n}}")
    return "INSERT DATA {\n" + "\n".join(parts) + "\n}"


def _store_graphs(http: httpx.Client, url: str, quads: list[ox.Quad]) -> int:
    requests = 0
    for name, group in groupby(quads, key=_graph_key):
        body = ox.serialize((ox.Triple(q.subject, q.predicate, q.object) for q in group),
                            format=ox.RdfFormat.N_TRIPLES)
        method, params = ("PUT", {"graph": name}) if name else ("POST", {"default": ""})
        _send(http, method, url, params=params, content=body, headers={"Content-Type": "application/n-triples"})
        requests += 1
    return requests


def _update(http: httpx.Client, endpoint: str, update: str) -> None:
    _send(http, "POST", endpoint, content=update.encode(),
          headers={"Content-Type": "application/sparql-update"})


def _send(http: httpx.Client, method: str, url: str, **kwargs) -> None:
    try:
        response = http.request(method, url, **kwargs)
    except httpx.HTTPError as exc:
        raise PushError(url, f"cannot reach the store: {exc}") from None
    if response.status_code >= 300:
        raise PushError(url, f"the store answered {response.status_code}: {response.text.strip()[:300]}")


def _graph_key(quad: ox.Quad) -> str:
    return "" if isinstance(quad.graph_name, ox.DefaultGraph) else quad.graph_name.value
