"""The networkx view: entities as nodes, one edge per claim, nothing passed in is changed."""

from __future__ import annotations

import pyoxigraph as ox

import claimgraph
from claimgraph.rdf.terms import CG, ID
from claimgraph.viz import page as viz_page

from .conftest import rows

ENTITY_CLAIMS = """
SELECT ?c ?source ?s ?p ?o ?exact WHERE {
  GRAPH ?c { ?s ?p ?o } FILTER(STRSTARTS(STR(?o), STR(id:)))
  ?c prov:wasDerivedFrom ?source .
  ?a oa:hasBody ?c ; oa:hasTarget/oa:hasSelector/oa:exact ?exact .
}"""


def test_each_claim_between_two_entities_is_one_edge_with_its_source_and_quote(store):
    graph = claimgraph.to_networkx(store)
    expected = {r["c"]: r for r in rows(store, ENTITY_CLAIMS)}
    edges = {key: (s, o, data) for s, o, key, data in graph.edges(keys=True, data=True)}
    assert set(edges) == set(expected) and len(edges) > 100
    for key, (s, o, data) in edges.items():
        row = expected[key]
        assert (s, o, data["exact"]) == (row["s"], row["o"], row["exact"])
        assert row["source"].endswith("/" + data["source"]) and row["p"] == CG + data["predicate"]


def test_nodes_carry_the_canonical_label_class_and_one_entity_claims(store):
    graph = claimgraph.to_networkx(store)
    azerbaijan = graph.nodes[ID + "azerbaijan"]
    assert azerbaijan["label"] == "Azerbaijan" and azerbaijan["cls"] == "Actor"
    assert {"Actor", "Place"} <= set(azerbaijan["classes"]) and "State" in azerbaijan["types"]
    assert {c["predicate"] for c in azerbaijan["claims"]} >= {"type"}
    assert azerbaijan["mentions"] == len(azerbaijan["claims"]) + graph.degree(ID + "azerbaijan")


def test_a_source_filter_keeps_only_that_sources_claims(built):
    whole = claimgraph.to_networkx(built)
    one = claimgraph.to_networkx(built, sources=["hovhannisyan-2024"])
    assert set(one.graph["sources"]) == {"hovhannisyan-2024"}
    assert {d["source"] for *_, d in one.edges(data=True)} == {"hovhannisyan-2024"}
    assert {c["source"] for _, d in one.nodes(data=True) for c in d["claims"]} == {"hovhannisyan-2024"}
    assert 0 < one.number_of_edges() < whole.number_of_edges()
    assert set(one) < set(whole)


def test_the_store_passed_in_is_not_changed(store):
    before = sorted(map(str, store))
    claimgraph.to_networkx(store, sources=["asker-ozpinar-2021"])
    assert sorted(map(str, store)) == before


def test_denied_unconfirmed_and_contradicted_claims_are_disputed(built):
    store = claimgraph.open_store(built)
    graph = claimgraph.to_networkx(store)
    before = {key for *_, key, d in graph.edges(keys=True, data=True) if d["disputed"]}
    one, two = sorted(key for *_, key, d in graph.edges(keys=True, data=True) if not d["disputed"])[:2]
    modality = ox.NamedNode(CG + "modality")
    store.remove(ox.Quad(ox.NamedNode(one), modality, ox.NamedNode(CG + "Asserted")))
    store.add(ox.Quad(ox.NamedNode(one), modality, ox.NamedNode(CG + "Denied")))
    comparison = ox.NamedNode("https://w3id.org/claimgraph/comparison/x")
    for p, o in (("http://www.w3.org/1999/02/22-rdf-syntax-ns#type", CG + "Comparison"),
                 (CG + "verdict", CG + "Contradicts"), (CG + "claim", two)):
        store.add(ox.Quad(comparison, ox.NamedNode(p), ox.NamedNode(o)))
    disputed = {key for *_, key, d in claimgraph.to_networkx(store).edges(keys=True, data=True) if d["disputed"]}
    assert disputed == before | {one, two}
    kinds = {e["kind"] for e in viz_page.relations(claimgraph.to_networkx(store))
             if {c["claim"] for c in e["claims"]} & {one, two}}
    assert kinds == {"disputed"}


def test_relations_aggregate_claims_and_tell_shared_from_single_source(store):
    relations = viz_page.relations(claimgraph.to_networkx(store))
    assert len({(e["from"], e["predicate"], e["to"]) for e in relations}) == len(relations)
    for edge in relations:
        assert edge["sources"] == sorted({c["source"] for c in edge["claims"]})
        shared = "shared" if len(edge["sources"]) > 1 else "single"
        assert edge["kind"] == ("disputed" if any(c["disputed"] for c in edge["claims"]) else shared)
    assert {"shared", "single"} <= {e["kind"] for e in relations}
