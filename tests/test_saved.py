"""Saved queries ask about one thing through their parameters; a parameter left out takes its example value."""

from __future__ import annotations

import csv
import io

import pytest

import claimgraph
from claimgraph.cli import main
from claimgraph.store import saved


def rows(capsys) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(capsys.readouterr().out)))


def test_a_saved_query_without_parameters_answers_about_its_example(built, capsys):
    assert main(["query", str(built), "--saved", "names-per-source", "--format", "csv"]) == 0
    war = rows(capsys)
    assert {r["label"] for r in war} == {"Second Nagorno-Karabakh War"}
    assert {("hovhannisyan-2024", "44-day war"), ("asker-ozpinar-2021", "44 Günlük Savaş")} <= {
        (r["source"], r["name"]) for r in war}


def test_a_given_parameter_replaces_the_example(built, capsys):
    assert main(["query", str(built), "--saved", "names-per-source", "--param", "entity=id:nagorno-karabakh",
                 "--format", "csv"]) == 0
    names = {(r["source"], r["name"]): int(r["mentions"]) for r in rows(capsys)}
    assert names[("hovhannisyan-2024", "Artsakh")] >= 2
    assert ("asker-ozpinar-2021", "Karabağ") in names and "44-day war" not in {n for _, n in names}


def test_source_says_about_keeps_to_that_source_and_that_entity(store):
    query = saved.load("source-says-about")
    said = claimgraph.select(store, query.sparql({"source": "asker-ozpinar-2021"})).rows
    turkey = "https://w3id.org/claimgraph/id/turkey"
    assert said and all(turkey in (r["subject"], r["object"]) for r in said)
    assert "Turkey provide military assistance" not in {r["exact"] for r in said}  # hovhannisyan-2024's words
    assert claimgraph.select(store, query.sparql({"source": "no-such-source"})).rows == []


@pytest.mark.parametrize("query", saved.all_queries(), ids=lambda q: q.name)
def test_every_saved_query_runs_without_parameters(store, query):
    assert claimgraph.select(store, query.sparql()).rows, query.name


def test_where_sources_disagree_answers_about_the_entity_given(store):
    query = saved.load("where-sources-disagree")
    names = claimgraph.select(store, query.sparql({"about": "id:nagorno-karabakh"})).rows
    assert {r["label"] for r in names} == {"Nagorno-Karabakh"}
    assert {("hovhannisyan-2024", "Artsakh"), ("asker-ozpinar-2021", "Karabağ")} <= {(r["source"], r["value"]) for r in names}
    war = claimgraph.select(store, query.text).rows
    assert {r["label"] for r in war} == {"Second Nagorno-Karabakh War"} and "Artsakh" not in {r["value"] for r in war}


def test_queries_that_differ_in_a_verdict_share_one_body_bound_to_their_own(store):
    """contradictions and differences are one query on two verdicts: each answers only its own."""
    verdicts = {name: {r["verdict"] for r in claimgraph.select(store, saved.load(name).text.replace(
        "SELECT DISTINCT ?label", "SELECT DISTINCT ?verdict ?label").replace(
        "?side .", "?side ; cg:verdict ?verdict .", 1)).rows} for name in ("contradictions", "differences")}
    ontology = "https://w3id.org/claimgraph/ontology#"
    assert verdicts == {"contradictions": {ontology + "Contradicts"}, "differences": {ontology + "Differs"}}
    assert "#include" not in saved.load("denials").text and "$held" not in saved.load("denials").text


def test_a_shared_body_is_no_saved_query_of_its_own(capsys):
    assert not any(q.name.startswith("_") for q in saved.all_queries())
    assert main(["query", "graph.trig", "--saved", "_pairs"]) != 0
    assert "no such saved query" in capsys.readouterr().err
