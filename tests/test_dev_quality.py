"""Extraction on texts nobody tuned for: the development set keeps its scores above floors.

The 16 development texts (five conflicts other than the seeds') and the two seeds are built
as one corpus, the way `python bench/quality.py` builds them, and scored with `claimgraph
eval`'s rules. The floors are what the rule stack reaches, less a margin; the targets live
in the benchmark. The set is in `../shared/eval/dev`, beside the repository.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import claimgraph
from claimgraph.evaluate.corpus import evaluate_corpus

from .conftest import ROOT, needs_dev

sys.path.insert(0, str(ROOT / "bench"))
import quality  # noqa: E402  (bench/quality.py: the same corpus the benchmark builds)

FLOORS = {"Actor": 0.90, "Place": 0.91, "Agreement": 0.93, "Event": 0.86, "roles": 0.67}
DATES_FLOOR = 0.78

pytestmark = needs_dev


@pytest.fixture(scope="module")
def report(dev_built):
    """The development set scored (`dev_built`, shared with test_compare)."""
    return evaluate_corpus(dev_built, dev_built / "gold")


def test_the_development_set_stays_above_its_floors(report):
    row = report.row()
    low = {name: row[name]["f1"] for name, floor in FLOORS.items() if row[name]["f1"] < floor}
    right, gold = report.dates()
    assert not low and right / gold >= DATES_FLOOR, f"below the floors: {low}, dates {right}/{gold}"


def test_no_alleged_event_of_the_development_set_is_stored_as_asserted(report):
    assert report.row()["alleged"] == {"asserted": 0, "total": 11}


def test_at_most_one_provision_of_the_development_set_is_stored_as_asserted(report):
    """Of the nine provisions, demands and plans the gold marks stipulated, one is still asserted: the last of Georgia
    2008's six principles, listed after "These are" in a news report ("... and the start of international
    discussions"). Every other is planned."""
    stipulated = report.row()["stipulated"]
    assert stipulated["total"] == 9 and stipulated["asserted"] <= 1


def test_the_development_graph_conforms_and_keeps_conflicts_apart(report):
    """No claim of a text on another conflict is about the Karabakh war (the seeds' own war)."""
    graph = Path(report.reports[0].gold_file).parent.parent / "eval-dev.trig"
    assert claimgraph.validate(graph).conforms
    store = claimgraph.open_store(graph)
    sources = {r["source"] for r in claimgraph.select(store, """
        SELECT DISTINCT ?source WHERE { GRAPH ?c { ?s ?p ?o } ?c prov:wasDerivedFrom/dcterms:identifier ?source
                                        FILTER(?s = id:second-nagorno-karabakh-war || ?o = id:second-nagorno-karabakh-war) }
        """).rows}
    assert sources == set(quality.SEEDS)
