"""Guards of session 33's second reading mended in names and places (fix-names-places-reader33).

- the world pack gives a region named for two parts its first part as a short name ("North Ossetia"), but not a
  municipality named for the two towns it joins: "Municipality of Log" (of "Log–Dragomer") is the town Log's name,
  and "Municipality of Rače" (of "Rače–Fram") Rače's (ontology/worldpack/regions.py `TWO_TOWNS`).
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("name", ["Municipality of Log", "Municipality of Rače", "Municipality of Miren",
                                  "Municipality of Hoče"])
def test_a_municipality_named_for_two_towns_is_not_named_for_its_first(world, name):
    assert not [e.entity.id for e in world.values() if name in e.names]


def test_a_region_named_for_two_parts_still_goes_by_its_first(world):
    assert [e.entity.id for e in world.values() if "North Ossetia" in e.names] == ["severnaya-osetiya"]
