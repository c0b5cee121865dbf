"""`claimgraph eval`: the extraction measured against hand-written gold, with floors.

The seeds' gold (tests/gold/, copies of shared/eval/) and texts that are not the seeds
(tests/texts/: a wire report, a treaty text, a timeline of another war, each with its
gold beside it). The floors are what the rule stack reaches, less a small margin: a
change that loses recall or precision on any of them fails here.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

import claimgraph
from claimgraph.cli import main
from claimgraph.evaluate.corpus import evaluate_corpus
from claimgraph.evaluate.score import GoldError, evaluate, norm

from .conftest import CORPUS, ROOT

GOLD = ROOT / "tests" / "gold"
TEXTS = ROOT / "tests" / "texts"

# source -> (score name, F1 floor); "dates" is the share of gold dates right.
# asker-ozpinar-2021's events floor is 0.92 since session 32: "Armenia, having occupied Nagorno-Karabakh ... for more
# than a quarter of a century" is an occupation of its own (it was folded into Soviet Russia's of 1920, Armenia an
# actor of it), which the gold folds into the First Nagorno-Karabakh War and does not list.
SEED_FLOORS = {
    "asker-ozpinar-2021": {"Actor": 0.90, "Place": 0.95, "Agreement": 0.95, "events": 0.92, "agreements": 0.95,
                           "dates": 0.71},
    "hovhannisyan-2024": {"Actor": 0.90, "Place": 0.75, "Agreement": 0.95, "events": 0.95, "agreements": 0.95,
                          "dates": 0.83},
}
# The Bishkek Protocol's "armed conflict" is no longer the First Nagorno-Karabakh War because the
# gazetteer dates that war to 1994 (no default war): its events floor fell with it.
TEXT_FLOORS = {
    "wire-2023-offensive": {"Actor": 0.95, "Place": 0.85, "events": 0.70, "agreements": 0.95, "dates": 1.0},
    "bishkek-protocol-1994": {"Actor": 0.85, "Place": 0.75, "events": 0.40, "agreements": 0.45, "dates": 0.50},
    "timeline-georgia-2008": {"Actor": 0.95, "Place": 0.95, "events": 0.70, "agreements": 0.95, "dates": 0.57},
    "ngo-report-2021": {"Actor": 0.95, "Place": 0.95, "events": 0.70, "agreements": 0.95, "dates": 0.80},
    "interview-lachin-2023": {"Actor": 0.90, "Place": 0.90, "events": 0.50, "agreements": 0.95, "dates": 0.33},
}


@pytest.fixture(scope="module")
def texts_built(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("texts") / "test-texts.trig"
    claimgraph.build_corpus(TEXTS, out)
    return out


def score(report, name: str) -> float:
    if name == "dates":
        right, total = report.dates
        return right / total
    return (report.types.get(name) or getattr(report, name)).f1


@pytest.mark.parametrize("source", sorted(SEED_FLOORS))
def test_seeds_stay_above_their_floors(built, source):
    report = evaluate(built, GOLD / f"{source}.yaml", text_path=CORPUS / "sources" / f"{source}.txt")
    low = {n: round(score(report, n), 3) for n, floor in SEED_FLOORS[source].items() if score(report, n) < floor}
    assert not low, f"{source} below its floors: {low}"
    assert report.metadata_leaks == []


@pytest.mark.parametrize("source", sorted(TEXT_FLOORS))
def test_texts_that_are_not_the_seeds_stay_above_their_floors(texts_built, source):
    report = evaluate(texts_built, TEXTS / f"{source}.yaml")
    low = {n: round(score(report, n), 3) for n, floor in TEXT_FLOORS[source].items() if score(report, n) < floor}
    assert not low, f"{source} below its floors: {low}"


def test_gold_copies_match_the_shared_ones():
    shared = ROOT.parent / "shared" / "eval"
    if not shared.exists():
        pytest.skip("a check for the developers: their design folder ../shared (eval/) is not beside this repository")
    for copy in GOLD.glob("*.yaml"):
        assert copy.read_text(encoding="utf-8") == (shared / copy.name).read_text(encoding="utf-8"), copy.name


def test_cli_prints_json_scores(built, capsys):
    gold = GOLD / "hovhannisyan-2024.yaml"
    text = CORPUS / "sources" / "hovhannisyan-2024.txt"
    assert main(["eval", str(built), "--gold", str(gold), "--text", str(text), "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["source"] == "hovhannisyan-2024"
    assert set(report["types"]) == {"Actor", "Place", "Agreement", "Event"}
    assert report["events"]["gold"] == 10 and report["metadata"] == {"leaked": [], "total": 4}


def test_a_gold_file_whose_text_cannot_be_found_is_one_error_line(built, tmp_path, capsys):
    gold = tmp_path / "other.yaml"
    gold.write_text("text: nowhere.txt\nentities: []\n", encoding="utf-8")
    with pytest.raises(GoldError, match="cannot find the annotated text"):
        evaluate(built, gold)
    assert main(["eval", str(built), "--gold", str(gold)]) == 1
    assert capsys.readouterr().err.startswith("Error: ")


def test_a_corpus_is_scored_source_by_source_and_micro_averaged(texts_built, capsys):
    report = evaluate_corpus(texts_built, TEXTS)
    assert {r.source for r in report.reports} == set(TEXT_FLOORS)
    for name in ("Actor", "events", "roles"):
        total = report.total(name)
        per_source = [r.types.get(name) or getattr(r, name) for r in report.reports]
        assert (total.tp_gold, total.gold) == (sum(s.tp_gold for s in per_source), sum(s.gold for s in per_source))
    assert report.dates() == (sum(r.dates[0] for r in report.reports), sum(r.dates[1] for r in report.reports))
    assert main(["eval", str(texts_built), "--gold", str(TEXTS), "--format", "json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["micro"]["Actor"]["gold"] == report.total("Actor").gold
    assert [s["source"] for s in printed["sources"]] == [r.source for r in report.reports]


def test_a_built_corpus_folder_is_scored_with_its_manifest(tmp_path, capsys):
    """The texts come from the manifest; a gold file about a source the corpus lacks is listed, not scored."""
    folder = tmp_path / "texts"
    shutil.copytree(TEXTS, folder)
    (folder / "wire-2023-offensive.yaml").rename(tmp_path / "held-back.yaml")
    (folder / "other.yaml").write_text("text: not-in-this-corpus.txt\nentities: []\n", encoding="utf-8")
    with pytest.raises(GoldError, match="not built yet"):
        evaluate_corpus(folder, folder)
    claimgraph.build_corpus(folder)
    report = evaluate_corpus(folder, folder)
    assert "wire-2023-offensive" not in {r.source for r in report.reports} and len(report.reports) == 4
    assert report.unscored == ["not-in-this-corpus"]
    assert main(["eval", str(folder), "--gold", str(folder)]) == 0
    table = capsys.readouterr().out.splitlines()
    assert table[0].split() == ["source", "Actor", "Place", "Agreement", "Event", "roles", "dates"]
    assert table[-4].startswith("micro-average (4 sources)") and table[-1].endswith("not-in-this-corpus")
    assert table[-3].startswith("alleged events stored as asserted: ")
    assert table[-2].startswith("stipulated events stored as asserted: ")


def test_an_event_the_gold_calls_a_provision_but_the_graph_asserts_is_counted(texts_built, tmp_path):
    """The wire report tells the offensive as fact, so the graph asserts it: a gold that calls it a provision
    (stipulated) or someone's claim (alleged) counts it as told wrongly, each under its own status."""
    offensive = "2023 Azerbaijani offensive in Nagorno-Karabakh"
    gold = (TEXTS / "wire-2023-offensive.yaml").read_text(encoding="utf-8")
    before = evaluate(texts_built, TEXTS / "wire-2023-offensive.yaml", text_path=TEXTS / "wire-2023-offensive.txt")
    for status in ("stipulated", "alleged"):
        changed = tmp_path / f"{status}.yaml"
        changed.write_text(gold.replace(f"  - name: {offensive}\n", f"  - name: {offensive}\n    status: {status}\n"),
                           encoding="utf-8")
        report = evaluate(texts_built, changed, text_path=TEXTS / "wire-2023-offensive.txt")
        assert report.untold[status] == before.untold[status] + 1
        assert set(report.asserted[status]) == {*before.asserted[status], offensive}



def test_a_store_folder_is_scored_like_the_graph_file_it_was_loaded_from(texts_built, tmp_path, capsys):
    store = tmp_path / "texts.oxigraph"
    assert main(["load", str(texts_built), "--store", str(store)]) == 0
    assert evaluate_corpus(store, TEXTS).row() == evaluate_corpus(texts_built, TEXTS).row()
    capsys.readouterr()
    assert main(["eval", str(store), "--gold", str(TEXTS), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["micro"] == evaluate_corpus(texts_built, TEXTS).row()


def test_a_leading_article_is_no_part_of_a_name():
    """A gold alias "the war" is the source's name "war": names compare without a leading "the",
    and nothing else is dropped."""
    assert norm("the war") == norm("War") == "war"
    assert norm("The  Netherlands") == "netherlands"
    assert norm("theatre of war") == "theatre of war"
    assert norm("a referendum") != norm("referendum")
