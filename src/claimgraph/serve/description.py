"""The SPARQL 1.1 Service Description of the endpoint, answered on GET without a query.

Clients (and people) discover what the endpoint speaks from it: the query language,
the result and graph formats, and that its dataset is the served graph (claims in named
graphs, provenance in the default graph). https://www.w3.org/TR/sparql11-service-description/
"""

from __future__ import annotations

import io

import pyoxigraph as ox

from ..store.query import GRAPH_FORMATS
from .protocol import GRAPH_TYPES

SD = "http://www.w3.org/ns/sparql-service-description#"
FORMATS = "http://www.w3.org/ns/formats/"
RESULT_FORMATS = ("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                  "Turtle", "N-Triples", "N-Quads", "TriG", "JSON-LD", "RDF_XML")


def describe(endpoint: str, media: str) -> bytes:
    """The description of the endpoint at IRI `endpoint`, in graph media type `media` (a GRAPH_TYPES key)."""
    output = io.BytesIO()
    ox.serialize(_triples(ox.NamedNode(endpoint)), output, format=GRAPH_FORMATS[GRAPH_TYPES[media]],
                 prefixes={"sd": SD, "formats": FORMATS} if media in ("text/turtle", "application/trig") else None)
    return output.getvalue()


def _triples(endpoint: ox.NamedNode) -> list[ox.Triple]:
    service, dataset, graph = ox.BlankNode("service"), ox.BlankNode("dataset"), ox.BlankNode("default")
    rdf_type = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")

    def sd(name: str) -> ox.NamedNode:
        return ox.NamedNode(SD + name)

    triples = [
        ox.Triple(service, rdf_type, sd("Service")),
        ox.Triple(service, sd("endpoint"), endpoint),
        ox.Triple(service, sd("supportedLanguage"), sd("SPARQL11Query")),
        ox.Triple(service, sd("defaultDataset"), dataset),
        ox.Triple(dataset, rdf_type, sd("Dataset")),
        ox.Triple(dataset, sd("defaultGraph"), graph),
        ox.Triple(graph, rdf_type, sd("Graph")),
    ]
    triples += [ox.Triple(service, sd("resultFormat"), ox.NamedNode(FORMATS + name)) for name in RESULT_FORMATS]
    return triples
