"""Every export opens in its usual reader and says what the dataset says."""

from __future__ import annotations

import json
import re
import subprocess

import networkx as nx
import pyoxigraph as ox
import pytest
import rdflib
from pyld import jsonld

import claimgraph
from claimgraph.cli import main
from claimgraph.viz.export import EXPORTERS, ExportError, export

from .conftest import needs_rapper, rows

CLAIMS = "SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { GRAPH ?c { ?s ?p ?o } }"
ENTITY_CLAIMS = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?c { ?s ?p ?o } FILTER(STRSTARTS(STR(?o), STR(id:))) }"


@pytest.fixture(scope="module")
def exported(built, tmp_path_factory):
    folder = tmp_path_factory.mktemp("export")
    return {fmt: export(built, fmt, folder / f"karabakh-2020.{fmt}") for fmt in EXPORTERS}


@pytest.mark.parametrize("reader", [nx.read_graphml, nx.read_gexf], ids=["graphml", "gexf"])
def test_network_formats_open_in_networkx_with_one_edge_per_claim(exported, store, reader):
    graph = reader(exported["graphml" if reader is nx.read_graphml else "gexf"])
    assert graph.is_directed() and graph.is_multigraph()
    assert graph.number_of_edges() == int(rows(store, ENTITY_CLAIMS)[0]["n"])
    assert graph.nodes["https://w3id.org/claimgraph/id/azerbaijan"]["label"] == "Azerbaijan"
    edge = next(iter(graph.edges(data=True)))[2]
    assert {"claim", "source", "predicate", "exact", "quote_start", "quote_end", "modality"} <= set(edge)


def test_jsonld_opens_in_pyld_with_the_same_quads(exported, built):
    nquads = jsonld.to_rdf(json.loads(exported["jsonld"].read_text(encoding="utf-8")),
                           {"format": "application/n-quads"})
    assert (set(ox.parse(nquads.encode("utf-8"), format=ox.RdfFormat.N_QUADS))
            == set(ox.parse(path=str(built), format=ox.RdfFormat.TRIG)))


@needs_rapper
def test_nquads_open_in_rapper_with_every_quad(exported, store):
    result = subprocess.run(["rapper", "-i", "nquads", "-c", str(exported["nquads"])],
                            capture_output=True, text=True, check=True)
    assert int(re.search(r"returned (\d+) triples", result.stderr).group(1)) == len(store)


def test_turtle_keeps_each_claims_triple_on_the_claim_node(exported, store):
    graph = rdflib.Graph().parse(exported["turtle"], format="turtle")
    found = rows(store, "SELECT ?c ?s ?p ?o WHERE { GRAPH ?c { ?s ?p ?o } } ORDER BY ?c LIMIT 50")
    RDF = rdflib.RDF
    for row in found:
        claim = rdflib.URIRef(row["c"])
        assert graph.value(claim, RDF.subject) == rdflib.URIRef(row["s"])
        assert graph.value(claim, RDF.predicate) == rdflib.URIRef(row["p"])
        assert (graph.value(claim, RDF.subject), graph.value(claim, RDF.predicate), graph.value(claim, RDF.object)) in graph
    assert len(list(graph.subjects(RDF.subject, None))) == int(rows(store, CLAIMS)[0]["n"])


def test_exports_are_byte_stable(exported, built, tmp_path):
    for fmt, first in exported.items():
        assert export(built, fmt, tmp_path / first.name).read_bytes() == first.read_bytes(), fmt


def test_unknown_format_and_missing_graph_are_one_line_errors_that_write_nothing(built, tmp_path, capsys):
    with pytest.raises(ExportError, match="use one of graphml, gexf"):
        export(built, "xlsx", tmp_path / "x.xlsx")
    target = tmp_path / "keep.gexf"
    target.write_text("previous")
    assert main(["export", str(tmp_path / "missing.trig"), "--format", "gexf", "-o", str(target)]) == 1
    assert capsys.readouterr().err.strip() == f"Error: {tmp_path / 'missing.trig'}: no such graph file"
    assert target.read_text() == "previous" and not (tmp_path / "x.xlsx").exists()


def test_cli_viz_and_export_print_what_they_wrote(built, tmp_path, capsys):
    assert main(["viz", str(built), "-o", str(tmp_path / "p.html"), "--source", "hovhannisyan-2024"]) == 0
    one_source = claimgraph.to_networkx(built, sources=["hovhannisyan-2024"])
    assert capsys.readouterr().out.startswith(f"wrote {tmp_path / 'p.html'}: {one_source.number_of_nodes()} entities")
    assert main(["export", str(built), "--format", "nquads", "-o", str(tmp_path / "g.nq")]) == 0
    assert claimgraph.open_store(tmp_path / "g.nq").__len__() == len(claimgraph.open_store(built))


@pytest.mark.parametrize("fmt, parse_format", [("nquads", ox.RdfFormat.N_QUADS), ("turtle", ox.RdfFormat.TURTLE),
                                               ("jsonld", ox.RdfFormat.JSON_LD)])
def test_rdf_exports_keep_each_literal_datatype(exported, built, fmt, parse_format):
    """xsd:nonNegativeInteger (a duration in days) must not become xsd:integer on the way."""
    def datatypes(quads) -> set[str]:
        return {q.object.datatype.value for q in quads if isinstance(q.object, ox.Literal)}
    built_types = datatypes(ox.parse(path=str(built), format=ox.RdfFormat.TRIG))
    assert "http://www.w3.org/2001/XMLSchema#nonNegativeInteger" in built_types
    assert datatypes(ox.parse(path=str(exported[fmt]), format=parse_format)) == built_types
