"""Push a built graph to a remote SPARQL store, replacing what an earlier push of it put there.

"This corpus's graphs" are found from the sources the graph describes (`?src a
cg:Source`), because claim IRIs change when extraction changes but source IRIs do not:

1. every claim graph `?c` with `?c prov:wasDerivedFrom ?src` in the remote store is
   emptied, with its provenance in the default graph (the claim node, its annotation and
   target), and the sources' own descriptions are removed; then every selector that no target
   selects any more (a selector is the same words, `quote:<digest>`, or the same offsets,
   `position:<start>-<end>`, in every corpus, shared by all that select them: removed with the
   last; a selector of one source's, as graphs before format 0.5.0 had, goes with its target);
2. the graph's quads are inserted.

So a second push of the same graph leaves the store as the first one did, and a push
after a rebuild leaves no claims of the old build. Entity labels and owl:sameAs links
(in the default graph, shared by every corpus that mentions the entity) are added, not
removed. Emptied named graphs may still be listed by stores that keep empty graphs.

Step 1 is SPARQL 1.1 Update; step 2 is Update too (`INSERT DATA`, in batches; when the
whole graph fits in one batch the push is a single, atomic request), or with
`graph_store` the SPARQL 1.1 Graph Store HTTP Protocol: the default graph POSTed (added)
and each claim graph PUT (replaced), one request per graph.

A push of several requests that fails midway leaves the store half-written, so the
quads go in an order that a rerun can always undo: the default graph first, and in it
the links step 1 follows (`prov:wasDerivedFrom`, then `oa:hasBody`, `oa:hasTarget`,
`oa:hasSelector`) before anything that hangs off them. Whatever prefix of the quads
reached the store, the next push's step 1 finds and removes it. The PushError says how
many of the graph's quads the store holds and that the same push again repairs it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from itertools import groupby
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit, urlunsplit

import pyoxigraph as ox

from ..errors import PushError
from ..rdf import terms as t
from .graph import quads as written_quads
from .query import declare_prefixes

if TYPE_CHECKING:
    import httpx

BATCH = 50_000
_LINKS = [t.PROV + "wasDerivedFrom", t.OA + "hasBody", t.OA + "hasTarget", t.OA + "hasSelector"]
_SHARED = f'(STRSTARTS(STR(?sel), "{t.QUOTE}") || STRSTARTS(STR(?sel), "{t.POSITION}"))'  # of every corpus's
_CLAIM_PARTS = [  # what hangs off a claim ?c, deleted before ?c itself
    ("?sel ?p ?o", f"?a oa:hasBody ?c ; oa:hasTarget/oa:hasSelector ?sel . ?sel ?p ?o FILTER(!{_SHARED})"),
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
    quads = sorted(written_quads(graph), key=_push_order)  # as written: a store would re-type some literals
    source_class = ox.NamedNode(t.cg("Source"))
    sources = sorted(q.subject for q in quads if q.predicate.value == t.TYPE and q.object == source_class
                     and isinstance(q.graph_name, ox.DefaultGraph))
    if not sources:
        raise PushError(graph, "describes no sources (no cg:Source), so nothing identifies its graphs")
    claim_graphs = len({q.graph_name for q in quads if not isinstance(q.graph_name, ox.DefaultGraph)})
    if graph_store:
        requests = [(endpoint, "POST", delete_corpus(sources), "application/sparql-update", {}, 0)]
        requests += [(graph_store, *part) for part in _graph_store_requests(quads)]
    else:
        chunks = [quads[i:i + batch] for i in range(0, len(quads), batch)]
        updates = [delete_corpus(sources) + " ;\n" + insert_data(chunks[0])] + [insert_data(c) for c in chunks[1:]]
        requests = [(endpoint, "POST", u, "application/sparql-update", {}, len(c)) for u, c in zip(updates, chunks)]
    import httpx  # here: only a push talks HTTP, and httpx is slow to load for every other command

    with httpx.Client(timeout=timeout) as http:
        _send_all(http, requests, len(quads))
    return PushSummary(len(sources), claim_graphs, len(quads), len(requests))


def _send_all(http: httpx.Client, requests: list[tuple], total: int) -> None:
    """Send the requests in order; a failure says what the store holds now (see the module docstring)."""
    sent = 0
    for number, (url, method, body, media, params, quads) in enumerate(requests, 1):
        try:
            _send(http, method, url, params=params, content=body if isinstance(body, bytes) else body.encode(),
                  headers={"Content-Type": media})
        except PushError as exc:
            if number == 1:
                raise PushError(exc.subject, f"{exc.reason}; the store was not changed") from None
            raise PushError(exc.subject, f"{exc.reason}; request {number} of {len(requests)} failed, so the store "
                                         f"now holds {sent} of this graph's {total} quads (its earlier push of these "
                                         "sources was removed): run the same push again to replace them") from None
        sent += quads


def delete_corpus(sources: Iterable[ox.NamedNode]) -> str:
    """SPARQL Update removing the claims derived from `sources`, their provenance and the sources,
    and the selectors left unselected (by these sources' targets, or by an interrupted push's)."""
    values = "VALUES ?src { " + " ".join(map(str, sources)) + " }"
    operations = [f"DELETE {{ {template} }} WHERE {{ {values} ?c prov:wasDerivedFrom ?src . {pattern} }}"
                  for template, pattern in _CLAIM_PARTS]
    operations.append(f"DELETE {{ ?src ?p ?o }} WHERE {{ {values} ?src ?p ?o }}")
    operations.append("DELETE { ?sel ?p ?o } WHERE { VALUES ?kind { oa:TextQuoteSelector oa:TextPositionSelector } "
                      f"?sel a ?kind ; ?p ?o FILTER({_SHARED} && NOT EXISTS {{ ?target oa:hasSelector ?sel }}) }}")
    return declare_prefixes(" ;\n".join(operations))


def insert_data(quads: list[ox.Quad]) -> str:
    """`INSERT DATA` for quads sorted by graph, terms written in N-Triples syntax."""
    parts = []
    for name, group in groupby(quads, key=_graph_key):
        triples = "\n".join(f"{q.subject} {q.predicate} {q.object} ." for q in group)
        parts.append(triples if not name else f"GRAPH <{name}> {{\n{triples}\n}}")
    return "INSERT DATA {\n" + "\n".join(parts) + "\n}"


def _graph_store_requests(quads: list[ox.Quad]) -> list[tuple]:
    """(method, body, media type, params, quads) per graph: the default graph POSTed, each claim graph PUT."""
    requests = []
    for name, group in groupby(quads, key=_graph_key):
        group = list(group)
        body = ox.serialize((ox.Triple(q.subject, q.predicate, q.object) for q in group),
                            format=ox.RdfFormat.N_TRIPLES)
        method, params = ("PUT", {"graph": name}) if name else ("POST", {"default": ""})
        requests.append((method, body, "application/n-triples", params, len(group)))
    return requests


def _send(http: httpx.Client, method: str, url: str, **kwargs) -> None:
    import httpx

    shown = without_password(url)
    try:
        response = http.request(method, url, **kwargs)
    except httpx.HTTPError as exc:
        raise PushError(shown, f"cannot reach the store: {exc}") from None
    if response.status_code >= 300:
        raise PushError(shown, f"the store answered {response.status_code}: {response.text.strip()[:300]}")


def without_password(url: str) -> str:
    """The URL as it may be printed: a password in it replaced by ***."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = f"{parts.username}:***@{parts.hostname}" + (f":{parts.port}" if parts.port else "")
    return urlunsplit(parts._replace(netloc=netloc))


def _graph_key(quad: ox.Quad) -> str:
    return "" if isinstance(quad.graph_name, ox.DefaultGraph) else quad.graph_name.value


def _push_order(quad: ox.Quad) -> tuple:
    """The default graph first, the links a rerun's delete follows first in it (see the module docstring)."""
    graph = _graph_key(quad)
    link = _LINKS.index(quad.predicate.value) if not graph and quad.predicate.value in _LINKS else len(_LINKS)
    return graph != "", link, graph
