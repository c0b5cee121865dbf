"""What a one-shot rebuild reads ready-made at start-up (issue #20): the tables made of the bundled
gazetteer's 62,000 entries that every build, or every process that extracts, needs, kept on disk
beside the merged table under its digest (`packs.derived`), and the pattern index read in a form
whose words are unpacked only when a text holds them."""

from __future__ import annotations

import pytest

from claimgraph.combine import sides
from claimgraph.model import Entity
from claimgraph.recognise import packs
from claimgraph.recognise.gazetteer import Gazetteer, _foreign_names
from claimgraph.recognise.nlp import pipeline
from claimgraph.recognise.packs import Entry, load
from claimgraph.recognise.patterns import METHOD_NAME, index, take


@pytest.fixture
def own_table_cache(own_table_cache, monkeypatch):
    """conftest's table cache of the test's own, with the process's forces forgotten too."""
    monkeypatch.setattr(sides, "_forces", None)
    return own_table_cache


def test_the_pattern_index_unpacks_a_word_s_phrases_only_when_it_is_taken(own_table_cache):
    """Reading the index is a fixed cost of every process that extracts (a one-shot rebuild after one article
    changed): its 104,000 first words are read as packed bytes, and a word's (key, phrase) pairs are made
    only when a text holds it, once (taken out of the index)."""
    _, waiting = index(load())
    assert all(isinstance(packed, bytes) for packed in waiting.values())
    pairs = take(waiting, "stepanakert")
    assert (f"stepanakert|{METHOD_NAME}|cased", "Stepanakert") in pairs
    assert "stepanakert" not in waiting and take(waiting, "stepanakert") == []


def test_the_forces_of_the_bundled_packs_are_read_from_the_disk_cache(own_table_cache, monkeypatch):
    """Which state each armed force stands for (every build links and compares with it) is made once from
    the 62,000 entries and kept beside the merged table; the next process reads it, equal to one made afresh."""
    table = load()
    found = sides.forces(table)
    assert found == sides._forces_of(dict(table)) and found["azerbaijani-armed-forces"] == "azerbaijan"
    kept = {path.name.split(".")[1] for path in own_table_cache.glob(f"{table.digest}.*.pickle")}
    assert "forces" in kept
    packs._merged.cache_clear()
    monkeypatch.setattr(sides, "_forces", None)
    monkeypatch.setattr(sides, "_forces_of", lambda entries: pytest.fail("made again"))
    assert sides.forces(load()) == found


def test_the_gazetteer_s_foreign_names_are_read_from_the_disk_cache(own_table_cache):
    """The foreign names every process that extracts makes its gazetteer with are kept beside the merged
    table by the first, and read by the next, equal to those made afresh."""
    table = load()
    Gazetteer(table, pipeline())
    foreign = packs.derived(table, "foreign-names", lambda: pytest.fail("made again"))
    assert foreign == _foreign_names(dict(table)) and "ganja" in foreign


def test_another_gazetteer_s_forces_are_made_not_read(own_table_cache):
    """A table `load` did not make (a user's entries in hand) has no digest: its forces are made from it,
    never read from the bundled table's."""
    table = {**load(), "blue-army": Entry(Entity("blue-army", "Blue Army", "en", ("ArmedForce",)), names=["Blue Army"],
                                          force_of="azerbaijan")}
    assert sides.forces(table)["blue-army"] == "azerbaijan"
