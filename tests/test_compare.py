"""Comparison: what `claimgraph compare` shows about the bundled corpus, each with its quotes.

The disputes come from general rules (modality cues, initiator and participation
patterns, cross-source linking), checked on other wording with the hand-written texts
in tests/texts/perspectives.
"""

from __future__ import annotations

import csv
import io
import json

import pytest
from rdflib import OWL, RDF, Graph, Literal, URIRef

import claimgraph
from claimgraph import compare, saved
from claimgraph.cli import main
from claimgraph.rdf import terms

from .conftest import ROOT

WAR, AGREEMENT = terms.entity_iri("second-nagorno-karabakh-war"), terms.entity_iri("ceasefire-2020-11-09")
ASKER, HOV = "asker-ozpinar-2021", "hovhannisyan-2024"


@pytest.fixture(scope="module")
def comparisons(store) -> list[dict]:
    return compare.read(store, compare.ORDER)


def find(comparisons, about: str, relation: str, verdict: str, value: str | None = None) -> dict:
    found = [c for c in comparisons if (c["about"], c["relation"], c["verdict"]) == (about, terms.cg(relation), verdict)
             and (value is None or c["value"] == terms.entity_iri(value))]
    assert len(found) == 1, [(c["label"], c["relation"], c["verdict"]) for c in comparisons if c["about"] == about]
    return found[0]


def said(comparison: dict) -> set[tuple[str, str, str]]:
    """(source, value, modality) of each claim compared."""
    return {(c["source"], c["value"], c["modality"]) for c in comparison["claims"]}


def quotes(comparison: dict, source: str) -> str:
    return " / ".join(c["quote"] for c in comparison["claims"] if c["source"] == source)


def test_who_attacked_first_on_27_september_2020_differs(comparisons):
    c = find(comparisons, WAR, "initiatedBy", "Differs")
    assert (ASKER, "Armenian Armed Forces", "Asserted") in said(c)
    assert (HOV, "Azerbaijan", "Asserted") in said(c)
    assert "attack of the Armenian army" in quotes(c, ASKER)
    assert "Azerbaijan launched a massive military offensive" in quotes(c, HOV)


def test_the_ceasefire_signing_date_differs_9_vs_10_november(comparisons):
    c = find(comparisons, AGREEMENT, "date", "Differs")
    assert said(c) == {(ASKER, "2020-11-10", "Asserted"), (HOV, "2020-11-09", "Asserted")}
    assert "the tripartite agreement of November 10, 2020" in quotes(c, ASKER)
    assert "It wasn’t until November 9, 2020" in quotes(c, HOV)


def test_foreign_fighters_confirmed_in_one_source_unconfirmed_in_the_other(comparisons):
    c = find(comparisons, WAR, "hasActor", "Contradicts", "foreign-fighters")
    assert said(c) == {(ASKER, "foreign fighters", "Unconfirmed"), (HOV, "foreign fighters", "Asserted")}
    assert {cl["attributed_to"] for cl in c["claims"] if cl["source"] == ASKER} == {terms.entity_iri("armenia")}
    assert quotes(c, ASKER) == "transfer of jihadist groups"
    assert quotes(c, HOV) == "involvement of foreign fighters"


def test_turkeys_military_participation_denied_in_one_asserted_in_the_other(comparisons):
    c = find(comparisons, WAR, "hasActor", "Contradicts", "turkey")
    assert (ASKER, "Turkish Armed Forces", "Denied") in said(c)
    assert (HOV, "Turkey", "Asserted") in said(c)
    assert "did not participate in direct military intervention" in quotes(c, ASKER)
    assert "Turkey provide military assistance" in quotes(c, HOV)


def test_the_names_used_for_nagorno_karabakh_differ(comparisons):
    (c,) = [c for c in comparisons if (c["about"], c["relation"]) == (terms.entity_iri("nagorno-karabakh"), terms.ALT_LABEL)]
    assert c["verdict"] == "Differs"
    names = {(cl["source"], cl["quote"]) for cl in c["claims"]}
    assert {(ASKER, "Karabakh"), (ASKER, "Karabağ"), (HOV, "Artsakh")} <= names


@pytest.mark.parametrize("about, relation, value, quote_a, quote_h", [
    (WAR, "startDate", "2020-09-27", "September 27, 2020", "on September 27, 2020, Azerbaijan launched"),
    (WAR, "durationDays", "44", "44-day war", "44-day war"),
    (AGREEMENT, "party", "Russia", "proposed by Russia", "signed between Armenia, Azerbaijan, and Russia"),
])
def test_corroborated_facts(comparisons, about, relation, value, quote_a, quote_h):
    matches = [c for c in comparisons if (c["about"], c["relation"], c["verdict"]) == (about, terms.cg(relation), "Corroborated")
               and any(cl["value"] == value for cl in c["claims"])]
    assert len(matches) == 1
    assert {cl["source"] for cl in matches[0]["claims"] if cl["value"] == value} == {ASKER, HOV}
    assert quote_a in quotes(matches[0], ASKER) and quote_h in quotes(matches[0], HOV)


def test_russian_peacekeepers_deployed_is_corroborated(comparisons):
    c = [c for c in comparisons if c["relation"] == terms.cg("hasActor") and c["verdict"] == "Corroborated"
         and c["value"] == terms.entity_iri("russia") and c["label"].startswith("deployment")]
    assert len(c) == 1
    assert "Russian peacekeeping forces were established" in quotes(c[0], ASKER)
    assert "Russian peacekeeping forces were deployed" in quotes(c[0], HOV)


def test_the_same_rules_find_the_disputes_in_other_words(two_sides):
    found = {(c["label"], c["relation"].rsplit("#")[-1], c["verdict"], c["value"] or "")
             for c in compare.read(claimgraph.open_store(two_sides))}
    war = "Second Nagorno-Karabakh War"
    assert {(war, "initiatedBy", "Differs", ""), (war, "startDate", "Corroborated", ""),
            (war, "durationDays", "Corroborated", ""),
            (war, "hasActor", "Contradicts", terms.entity_iri("russia")),
            (war, "hasActor", "Contradicts", terms.entity_iri("foreign-fighters")),
            ("ceasefire (2020-11-09)", "date", "Differs", "")} <= found


def test_comparisons_in_the_graph_have_the_shape_of_the_contract(built):
    store = claimgraph.open_store(built)
    rows = claimgraph.select(store, """
        SELECT ?c (COUNT(DISTINCT ?v) AS ?verdicts) (COUNT(DISTINCT ?claim) AS ?claims) ?method WHERE {
          ?c a cg:Comparison ; cg:verdict ?v ; cg:claim ?claim ; cg:about ?about ; cg:relation ?r ; cg:method ?method .
          ?claim a cg:Claim .
        } GROUP BY ?c ?method""").rows
    assert rows and {(r["verdicts"], r["method"]) for r in rows} == {("1", "compare.v1")}
    assert all(r["c"].startswith("https://w3id.org/claimgraph/comparison/") for r in rows)


def test_verdicts_are_the_ontology_individuals():
    ontology = Graph().parse(ROOT / "ontology" / "claimgraph.ttl")
    deprecated = set(ontology.subjects(OWL.deprecated, Literal(True)))
    verdicts = set(ontology.subjects(RDF.type, URIRef(terms.cg("Verdict")))) - deprecated
    declared = {str(s)[len(terms.CG):] for s in verdicts}
    assert declared == set(terms.VERDICTS) == set(compare.ORDER)


def test_cli_compare_table_json_csv(built, capsys):
    assert main(["compare", str(built)]) == 0
    table = capsys.readouterr().out
    assert table.splitlines()[0].split() == ["verdict", "about", "relation", "source", "value", "modality", "quote"]
    assert "Contradicts" in table and "“transfer of jihadist groups”" in table
    assert main(["compare", str(built), "--format", "json", "--verdict", "Differs"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data and {c["verdict"] for c in data} == {"Differs"}
    assert all(len({cl["source"] for cl in c["claims"]}) >= 2 for c in data if c["relation"] != terms.ALT_LABEL)
    assert main(["compare", str(built), "--format", "csv"]) == 0
    table = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert {"verdict", "source", "quote", "claim"} <= set(table[0])
    assert any(r["quote"] == "involvement of foreign fighters" for r in table)


def test_saved_queries_ask_where_sources_disagree_and_what_is_corroborated(store):
    names = {q.name for q in saved.all_queries()}
    assert {"where-sources-disagree", "corroborated-facts", "source-says-about", "names-per-source"} <= names
    disagree = claimgraph.select(store, saved.load("where-sources-disagree").text).rows
    assert {r["verdict"].rsplit("#")[-1] for r in disagree} == {"Differs", "Contradicts"}
    assert any(r["exact"] == "transfer of jihadist groups" and r["modality"].endswith("Unconfirmed") for r in disagree)
    corroborated = claimgraph.select(store, saved.load("corroborated-facts").text).rows
    duration = [r for r in corroborated if r["relation"] == terms.cg("durationDays")]
    assert [(r["value"], r["sources"]) for r in duration] == [("44", "2")]


USER_GAZETTEER = """\
@prefix cg: <https://w3id.org/claimgraph/ontology#> .
@prefix id: <https://w3id.org/claimgraph/id/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .

id:blueland a cg:State ; rdfs:label "Blueland"@en .
id:blue-army a cg:ArmedForce ; cg:forceOf id:blueland ; rdfs:label "Blue Army"@en .
id:blue-red-war a cg:War ; cg:startDate "2031-01-10" ; cg:endDate "2031-05-03" ; rdfs:label "Blue-Red War"@en .
"""


def test_a_users_own_gazetteer_decides_which_force_is_which_state(tmp_path):
    """The cross-source stage tells entities apart with the gazetteer the texts were read with:
    the user's Blue Army is Blueland's force, so denying one contradicts asserting the other."""
    from claimgraph.recognise import default_recognisers
    from claimgraph.store import open_store

    (tmp_path / "gazetteer.ttl").write_text(USER_GAZETTEER)
    (tmp_path / "a.txt").write_text("Blueland took part in the Blue-Red War.\n")
    (tmp_path / "b.txt").write_text("The Blue Army did not take part in the Blue-Red War.\n")
    out = tmp_path / "out.trig"
    claimgraph.build_files([tmp_path / "a.txt", tmp_path / "b.txt"], out,
                           recognisers=default_recognisers(str(tmp_path / "gazetteer.ttl")))
    found = find(compare.read(open_store(out)), terms.entity_iri("blue-red-war"), "hasActor", "Contradicts", "blueland")
    assert said(found) == {("a", "Blueland", "Asserted"), ("b", "Blue Army", "Denied")}
    assert all("Blue Army did not take part" in c["quote"] for c in found["claims"] if c["source"] == "b")
