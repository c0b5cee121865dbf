"""Validate a built graph against the SHACL shapes of `ontology/shapes.ttl` (pyshacl).

Shapes speak of claims, annotations, sources and entities across graphs (a claim in its
named graph, its provenance in the default graph), so validation runs on the union of
all quads, with the ontology beside them for the class hierarchy.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import rdflib

from ..errors import GraphFileError
from ..rdf.terms import PREFIXES
from ..resources import ontology_file
from .graph import open_store


@dataclass
class Report:
    conforms: bool
    violations: list[dict[str, str]]


def validate(path: Path, inference: str = "none") -> Report:
    """The SHACL report for the graph file or store folder at `path`.

    `inference` is pyshacl's ("none", "rdfs", "owlrl", ...): the graph conforms with the
    ontology's RDFS entailments too.

    SHACL finds nothing wrong in a graph that has none of the shapes' targets, so an
    empty file or another tool's graph would "conform": a graph that describes no
    cg:Source is refused as not a claimgraph graph (a GraphFileError).
    """
    import pyshacl

    store = open_store(path)
    if not len(store):
        raise GraphFileError(path, "is empty: there is nothing to validate")
    if not store.query("ASK { ?source a cg:Source }", prefixes=PREFIXES):
        raise GraphFileError(path, "is not a graph claimgraph built: it describes no cg:Source")
    data = rdflib.Graph()
    for quad in store:
        data.add(tuple(_rdflib(term) for term in (quad.subject, quad.predicate, quad.object)))
    data.parse(ontology_file("claimgraph.ttl"), format="turtle")
    shapes = rdflib.Graph().parse(ontology_file("shapes.ttl"), format="turtle")
    conforms, results, _ = pyshacl.validate(data, shacl_graph=shapes, inference=inference, advanced=True)
    return Report(conforms=bool(conforms), violations=_violations(results))


def _rdflib(term):
    import pyoxigraph as ox

    if isinstance(term, ox.NamedNode):
        return rdflib.URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return rdflib.BNode(term.value)
    return rdflib.Literal(term.value, lang=term.language,
                          datatype=None if term.language else rdflib.URIRef(term.datatype.value))


def _violations(results: rdflib.Graph) -> list[dict[str, str]]:
    sh = rdflib.Namespace("http://www.w3.org/ns/shacl#")
    rows = []
    for result in results.subjects(rdflib.RDF.type, sh.ValidationResult):
        def value(p):
            v = results.value(result, p)
            return "" if v is None else str(v)
        rows.append({"focus": value(sh.focusNode), "path": value(sh.resultPath),
                     "message": value(sh.resultMessage), "shape": value(sh.sourceShape)})
    return sorted(rows, key=lambda r: (r["focus"], r["path"], r["message"]))
