"""A mention is typed by its class alone (issue #20, DESIGN.md: "the top class follows from the
ontology and is not claimed again"): extraction makes no top-class typing claim where a subclass
typing of the same mention stands, a mention typed by a top class keeps its one claim, the graph
types the entity by its top class through `rdfs:subClassOf`, and `stories` counts a mention as it
did when each top class was claimed too."""

from __future__ import annotations

from collections import defaultdict

import claimgraph
from claimgraph.combine import compare
from claimgraph.rdf import terms
from claimgraph.rdf.terms import TOP_CLASSES, top_classes

from .conftest import rows

TEXT = "Azerbaijan and Armenia signed a ceasefire in Moscow after fighting on the Goris-Stepanakert highway.\n"
FIGHTERS = "Foreign mercenaries took part in the war in Libya.\n"


def _typings(claims) -> dict[tuple[str, int, int], list[str]]:
    """(entity, start, end) of each typed mention -> the classes claimed there."""
    found: dict[tuple[str, int, int], list[str]] = defaultdict(list)
    for c in claims:
        if c.predicate == "type":
            found[c.subject, c.start, c.end].append(c.obj)
    return found


def test_a_mention_typed_by_a_subclass_makes_one_typing_claim_and_no_top_class_one(extraction_of):
    """"Azerbaijan" is a state (an actor and a place), "Moscow" a settlement (a place), "ceasefire" a
    ceasefire (an agreement), "fighting" a clash (an event): one claim each, of the subclass."""
    typings = _typings(extraction_of(TEXT).claims)
    assert typings["azerbaijan", 0, 10] == ["State"]
    assert typings["moscow", 45, 51] == ["Settlement"]
    assert ["Ceasefire"] in typings.values() and ["Clash"] in typings.values()
    for classes in typings.values():
        implied = {top for cls in classes if cls not in TOP_CLASSES for top in top_classes(cls)}
        assert not implied & set(classes), classes


def test_unnamed_fighters_are_typed_an_armed_group_alone(extraction_of):
    """The roles stage's own typing of unnamed fighters ("Foreign mercenaries"): no actor claim beside it."""
    typings = _typings(extraction_of(FIGHTERS).claims)
    assert typings["foreign-fighters", 0, 19] == ["ArmedGroup"]


def test_a_mention_typed_by_its_top_class_keeps_its_one_claim(extraction_of):
    """"the Goris-Stepanakert highway" is a place of no narrower kind: its typing claim is `Place`."""
    typings = _typings(extraction_of(TEXT).claims)
    assert typings["goris-stepanakert-highway", 74, 99] == ["Place"]


def test_the_graph_types_an_entity_by_its_top_class_through_the_ontology(tmp_path):
    """The graph claims Azerbaijan a state, not an actor nor a place, and the class tree it holds makes
    it both; the highway, a place of no narrower kind, is claimed a place."""
    text = tmp_path / "wire.txt"
    text.write_text(TEXT, encoding="utf-8")
    claimgraph.build_files([text], tmp_path / "wire.trig")
    store = claimgraph.open_store(tmp_path / "wire.trig")
    claimed = {r["cls"] for r in rows(store, "SELECT ?cls WHERE { GRAPH ?c { id:azerbaijan a ?cls } }")}
    assert claimed == {terms.cg("State")}
    tops = {r["top"] for r in rows(store, """SELECT ?top WHERE { GRAPH ?c { id:azerbaijan a ?cls }
                                              ?cls rdfs:subClassOf* ?top }""")}
    assert {terms.cg("Actor"), terms.cg("Place")} <= tops
    assert rows(store, "SELECT ?c WHERE { GRAPH ?c { id:goris-stepanakert-highway a cg:Place } }")


def test_stories_count_a_mention_with_the_top_classes_its_class_implies(extraction_of):
    """What `stories` weighs a source's entities by: a state's mention three (state, actor, place), a
    settlement's two, a bare place's one, as when extraction claimed each top class too."""
    mentions = dict(compare.said(extraction_of(TEXT)).mentions)
    assert (mentions["azerbaijan"], mentions["moscow"], mentions["goris-stepanakert-highway"]) == (3, 2, 1)
