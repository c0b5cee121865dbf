"""Comparisons written as TriG text (`comparisons.serialise`) are the bytes pyoxigraph's serialiser
gives for their quads (`comparisons.comparison_quads`), with the same count of quads: on every group
of the bundled corpus, and on disputes of many sides written with side groups (by camps and by pairs)."""

from __future__ import annotations

import itertools

import pyoxigraph as ox
import pytest

from claimgraph.combine import compare, comparisons
from claimgraph.combine.sides import forces
from claimgraph.model import Claim, Literal
from claimgraph.rdf import dataset, terms
from claimgraph.recognise import packs

from .test_disputes import _death_tolls

TRIG = ox.RdfFormat.TRIG


def _serialiser(found: list[compare.Comparison]) -> dataset.Section:
    """The comparisons' quads as pyoxigraph serialises them (the reference for the text)."""
    return dataset.serialised([q for comparison in found for q in comparisons.comparison_quads(comparison)], TRIG)


@pytest.fixture(scope="module")
def groups(bundled_extractions) -> list[compare.Group]:
    return compare.groups([compare.said(ex) for ex in bundled_extractions], forces(packs.load()))


def test_the_bundled_comparisons_text_is_the_serialisers_bytes(groups):
    sides = forces(packs.load())
    found = [compare.compare_group(group, sides) for group in groups]
    assert any(c.sides for cs in found for c in cs) and any(c.value for cs in found for c in cs)
    for each in found:
        assert comparisons.serialise(each, TRIG) == _serialiser(each)


def test_a_death_toll_of_many_figures_with_side_groups_is_the_serialisers_bytes():
    """48 figures (sides by camps: every two but one source's own), linked through side groups;
    with an undisputed comparison of the same group before it."""
    found = compare.compare_group(compare.Group("attack", "deaths", _death_tolls()), {})
    section = comparisons.serialise(found, TRIG)
    assert terms.SIDE_GROUP.encode() in section.data and len(found) > 1
    assert section == _serialiser(found)


def _named(i: int, name: str) -> Claim:
    return Claim(f"wire-{i:02}", "shusha", "altLabel", Literal(name, lang="en"), 10 * i, 10 * i + 6, name, "test")


def test_a_dispute_given_by_pairs_with_side_groups_is_the_serialisers_bytes():
    """Thirty names of one place (a selective dispute: the pairs of names not spelled alike), the
    names of a cluster of three not set against each other, one name claimed twice by its source
    (one `cg:claim`), of a many-valued relation's value; and a comparison with no sides after it."""
    claims = [_named(i, f"Name{i}") for i in range(30)]
    claims.append(claims[4])
    sides = tuple(compare.Side(f"Name{i}", (claims[i],) + ((claims[4],) if i == 4 else ())) for i in range(30))
    pairs = tuple((a.key, b.key) for a, b in itertools.combinations(sides, 2)
                  if int(a.key[4:]) // 3 != int(b.key[4:]) // 3)
    disputed = compare.Comparison("shusha", "altLabel", "NamedDifferently", tuple(claims), "armenia", sides,
                                  tuple(sorted(pairs)))
    agreed = compare.Comparison("shusha", "hasPlace", "Corroborated", tuple(claims[:2]), "azerbaijan")
    section = comparisons.serialise([disputed, agreed], TRIG)
    assert terms.SIDE_GROUP.encode() in section.data
    assert section == _serialiser([disputed, agreed])


def test_other_formats_are_serialised_from_quads():
    found = compare.compare_group(compare.Group("attack", "deaths", _death_tolls()), {})
    quads = [q for comparison in found for q in comparisons.comparison_quads(comparison)]
    assert comparisons.serialise(found, ox.RdfFormat.N_QUADS) == dataset.serialised(quads, ox.RdfFormat.N_QUADS)
