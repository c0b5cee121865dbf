"""The networkx view: entities as nodes, one edge per claim, nothing passed in is changed."""

from __future__ import annotations

import random

import numpy as np
import pyoxigraph as ox

import claimgraph
from claimgraph.rdf.terms import CG, ID
from claimgraph.viz import styles
from claimgraph.viz.layout import layout, overlaps, place_free
from claimgraph.viz.payload import payload, relations

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


def test_denied_and_contradicted_claims_are_disputed_and_take_their_kind(built):
    store = claimgraph.open_store(built)
    graph = claimgraph.to_networkx(store)
    before = {key for *_, key, d in graph.edges(keys=True, data=True) if d["disputed"]}
    one, two = sorted(key for *_, key, d in graph.edges(keys=True, data=True) if not d["disputed"])[:2]
    modality = ox.NamedNode(CG + "modality")
    store.remove(ox.Quad(ox.NamedNode(one), modality, ox.NamedNode(CG + "Asserted")))
    store.add(ox.Quad(ox.NamedNode(one), modality, ox.NamedNode(CG + "Denied")))
    _compare(store, "x", "Contradicts", two)
    after = claimgraph.to_networkx(store)
    disputed = {key for *_, key, d in after.edges(keys=True, data=True) if d["disputed"]}
    assert disputed == before | {one, two}
    kinds = {key: styles.claim_kind(d) for *_, key, d in after.edges(keys=True, data=True) if key in (one, two)}
    assert kinds == {one: "Denied", two: "Contradicts"}


def test_a_planned_claim_is_drawn_as_planned_and_is_no_dispute(built):
    """A future act ("will withdraw", cg:Planned) is told, not disputed: its own style, never a dispute."""
    store = claimgraph.open_store(built)
    graph = claimgraph.to_networkx(store)
    claim = sorted(key for *_, key, d in graph.edges(keys=True, data=True) if not d["disputed"]
                   and set(d["verdicts"]) <= {"SingleSource", "Corroborated"})[0]
    modality = ox.NamedNode(CG + "modality")
    store.remove(ox.Quad(ox.NamedNode(claim), modality, ox.NamedNode(CG + "Asserted")))
    store.add(ox.Quad(ox.NamedNode(claim), modality, ox.NamedNode(CG + "Planned")))
    (edge,) = [d for *_, key, d in claimgraph.to_networkx(store).edges(keys=True, data=True) if key == claim]
    assert styles.claim_kind(edge) == "Planned" and not edge["disputed"]
    assert "Planned" not in styles.DISPUTING and styles.kind_style("Planned")["label"].startswith("planned")


def test_an_unknown_verdict_gets_the_neutral_style_and_its_own_filter(built):
    store = claimgraph.open_store(built)
    graph = claimgraph.to_networkx(store)
    claim = sorted(key for *_, key, d in graph.edges(keys=True, data=True)
                   if set(d["verdicts"]) <= {"SingleSource", "Corroborated"})[0]
    _compare(store, "y", "Rumoured", claim)
    data = payload(claimgraph.to_networkx(store), "t", {})
    kinds = {k[0]: k for k in data["kinds"]}
    assert kinds["Rumoured"][2:5] == [styles.UNKNOWN["color"], styles.UNKNOWN["dashes"], styles.UNKNOWN["width"]]
    assert "Rumoured" in data["disputing"]
    known = [k for k in kinds if k in styles.KINDS]
    assert len({(kinds[k][2], str(kinds[k][3]), kinds[k][4]) for k in known}) == len(known)  # each drawn its own way


def test_relations_aggregate_claims_and_take_their_most_severe_kind(store):
    edges = relations(claimgraph.to_networkx(store))
    assert len({(e["from"], e["predicate"], e["to"]) for e in edges}) == len(edges)
    for edge in edges:
        assert edge["sources"] == sorted({c["source"] for c in edge["claims"]})
        assert edge["kind"] == min((styles.claim_kind(c) for c in edge["claims"]), key=styles.rank)
    assert {"Corroborated", "Contradicts"} <= {e["kind"] for e in edges}


def test_a_claim_with_several_targets_keeps_every_quote_and_subclasses_give_top_classes():
    """The #20 shape: one typing claim per (source, entity, class), one oa:hasTarget per
    mention, and only the subclass claimed (the top class follows from the ontology)."""
    store = ox.Store()
    store.load(TWO_TARGETS.encode("utf-8"), format=ox.RdfFormat.TRIG)
    graph = claimgraph.to_networkx(store)
    node = graph.nodes[ID + "baku"]
    assert node["types"] == ["Settlement"] and node["classes"] == ["Place"] and node["cls"] == "Place"
    [claim] = node["claims"]
    assert claim["evidence"] == [["Baku", 0, 4], ["Bakı", 20, 24]] and claim["holders"] == [ID + "someone"]
    assert graph.graph["source_meta"]["s"] == {"title": "S", "creators": ["A", "B"], "date": "2020-01-02",
                                               "link": "https://example.org/s", "publisher": "", "sha256": ""}


def test_source_colours_come_from_the_source_id_not_its_position():
    assert styles.source_color("article-000001") == styles.source_color("article-000001")
    colours = {styles.source_color(f"article-{i:06d}") for i in range(200)}
    assert len(colours) > 190 and all(len(c) == 7 and c.startswith("#") for c in colours)


def test_the_layout_leaves_no_disc_on_another_and_is_the_same_every_time():
    rng = random.Random(3)
    edges = [(i, rng.randrange(i)) for i in range(1, 400)] + [(rng.randrange(400), rng.randrange(400)) for _ in range(300)]
    radii = np.array([5 + 40 * rng.random() ** 4 for _ in range(400)])
    first = layout(400, edges, radii.tolist())
    assert overlaps(first, radii) == 0 and np.array_equal(first, layout(400, edges, radii.tolist()))
    crowded = place_free(np.zeros((50, 2)), radii[:50], list(range(50)))
    assert overlaps(crowded, radii[:50]) == 0


def _compare(store: ox.Store, name: str, verdict: str, claim: str) -> None:
    comparison = ox.NamedNode(f"https://w3id.org/claimgraph/comparison/{name}")
    for p, o in (("http://www.w3.org/1999/02/22-rdf-syntax-ns#type", CG + "Comparison"),
                 (CG + "verdict", CG + verdict), (CG + "claim", claim)):
        store.add(ox.Quad(comparison, ox.NamedNode(p), ox.NamedNode(o)))


TWO_TARGETS = """
@prefix cg: <https://w3id.org/claimgraph/ontology#> . @prefix id: <https://w3id.org/claimgraph/id/> .
@prefix oa: <http://www.w3.org/ns/oa#> . @prefix prov: <http://www.w3.org/ns/prov#> .
@prefix dcterms: <http://purl.org/dc/terms/> . @prefix schema: <https://schema.org/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> . @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
<https://w3id.org/claimgraph/source/s> a cg:Source ; dcterms:identifier "s" ; dcterms:title "S" ;
    dcterms:creator "A", "B" ; dcterms:date "2020-01-02"^^xsd:date ; schema:url <https://example.org/s> .
<https://w3id.org/claimgraph/claim/c> a cg:Claim ; prov:wasDerivedFrom <https://w3id.org/claimgraph/source/s> ;
    cg:modality cg:Asserted ; cg:attributedTo id:someone .
<https://w3id.org/claimgraph/claim/a> oa:hasBody <https://w3id.org/claimgraph/claim/c> ; oa:hasTarget _:t1, _:t2 .
_:t1 oa:hasSelector [ oa:exact "Baku" ], [ oa:start 0 ; oa:end 4 ] .
_:t2 oa:hasSelector [ oa:exact "Bakı" ], [ oa:start 20 ; oa:end 24 ] .
<https://w3id.org/claimgraph/claim/c> { id:baku a cg:Settlement }
id:baku rdfs:label "Baku"@en .
"""
