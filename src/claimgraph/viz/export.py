"""Exports of a built graph for other tools, each file readable by that tool's usual reader.

    graphml, gexf   the networkx view (`to_networkx`): entities as nodes, one edge per
                    claim with its source, quote, offsets and modality (Gephi, yEd, networkx)
    jsonld          the whole dataset, named graphs included (JSON-LD 1.1, e.g. pyld)
    nquads          the whole dataset, sorted (rapper, any RDF store)
    turtle          Turtle has no named graphs, so: the union of every claim's triple, the
                    default graph's provenance, and on each claim node the triple it holds
                    as `rdf:subject` / `rdf:predicate` / `rdf:object` (RDF reification), so
                    the link from a triple to its claims, sources and quotes is kept

Exporters are registered in EXPORTERS by name; every one writes its file atomically.
The RDF exports copy the graph's quads as its file wrote them (`store.quads`): an
Oxigraph store gives derived integer types (xsd:nonNegativeInteger) back as xsd:integer,
so a file's quads do not pass through one, and a store folder's come back with the
literals it changed put back.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox

from ..errors import ClaimgraphError
from ..rdf import dataset as rdf_dataset
from ..rdf.terms import PREFIXES, RDF
from ..rdf.trig import atomic_write_bytes
from ..store.graph import open_store, quads

if TYPE_CHECKING:
    import networkx as nx


class ExportError(ClaimgraphError):
    """An export was asked for in an unknown format."""


def export(dataset: ox.Store | str | Path, fmt: str, output: Path) -> Path:
    """Write `dataset` (a store or a graph file) to `output` in format `fmt`."""
    try:
        exporter = EXPORTERS[fmt]
    except KeyError:
        raise ExportError(fmt, f"unknown export format; use one of {', '.join(EXPORTERS)}") from None
    if isinstance(dataset, ox.Store):
        source = dataset
    elif exporter in QUAD_EXPORTERS:
        source = ox.Dataset(quads(dataset))
    else:
        source = open_store(dataset)
    atomic_write_bytes(Path(output), exporter(source))
    return Path(output)


def graphml(store: ox.Store) -> bytes:
    import networkx as nx  # here, as in the two functions below: it is slow to load, and most exports never need it

    return "\n".join(nx.generate_graphml(flat_networkx(store))).encode("utf-8") + b"\n"


def gexf(store: ox.Store) -> bytes:
    """GEXF 1.2, without networkx's "last modified" date, so the same graph gives the same bytes."""
    from networkx.readwrite.gexf import GEXFWriter

    writer = GEXFWriter(encoding="utf-8", prettyprint=True)
    writer.xml.find("meta").attrib.pop("lastmodifieddate")
    writer.add_graph(flat_networkx(store))
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def flat_networkx(store: ox.Store) -> nx.MultiDiGraph:
    """The networkx view with scalar attributes only, as GraphML and GEXF require.

    A node's lists become "; "-joined strings and its one-entity claims a count; an edge's
    lists (holders, verdicts, comparisons) "; "-joined strings and its evidence the number
    of quotes (the first is exact/start/end); quote offsets are named quote_start/quote_end,
    since GEXF reads start/end as time.
    """
    import networkx as nx

    from .network import to_networkx

    graph = to_networkx(store)
    flat = nx.MultiDiGraph()
    for node, data in graph.nodes(data=True):
        flat.add_node(node, label=data["label"], cls=data["cls"], types="; ".join(data["types"]),
                      mentions=data["mentions"], dates="; ".join(data["dates"]), facts=len(data["claims"]))
    for subject, obj, key, data in graph.edges(keys=True, data=True):
        data = {("quote_" + k if k in ("start", "end") else k): v for k, v in data.items()}
        data["evidence"] = len(data["evidence"])
        flat.add_edge(subject, obj, key=key, **{k: "; ".join(v) if isinstance(v, list) else v for k, v in data.items()})
    return flat


Quads = ox.Store | ox.Dataset


def jsonld(store: Quads) -> bytes:
    return ox.serialize(_sorted(store), format=ox.RdfFormat.JSON_LD)


def nquads(store: Quads) -> bytes:
    return ox.serialize(_sorted(store), format=ox.RdfFormat.N_QUADS)


def turtle(store: Quads) -> bytes:
    triples: set[ox.Triple] = set()
    for quad in store:
        triples.add(quad.triple)
        if not isinstance(quad.graph_name, ox.DefaultGraph):
            claim = ox.NamedNode(quad.graph_name.value)
            triples.update({ox.Triple(claim, ox.NamedNode(RDF + "subject"), quad.subject),
                            ox.Triple(claim, ox.NamedNode(RDF + "predicate"), quad.predicate),
                            ox.Triple(claim, ox.NamedNode(RDF + "object"), quad.object)})
    ordered = sorted(triples, key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))
    return ox.serialize(ordered, format=ox.RdfFormat.TURTLE, prefixes=PREFIXES)


def _sorted(store: Quads) -> list[ox.Quad]:
    return sorted(store, key=rdf_dataset.sort_key)


EXPORTERS: dict[str, Callable[[ox.Store], bytes]] = {
    "graphml": graphml, "gexf": gexf, "jsonld": jsonld, "nquads": nquads, "turtle": turtle,
}
QUAD_EXPORTERS = (jsonld, nquads, turtle)  # they read quads only, so an ox.Dataset serves
