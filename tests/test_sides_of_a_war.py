"""How a text tells the sides of a war: its toll on both sides, a declaration of war or of its end, one
side's offensive through the other's lines. Each on an encyclopedia's sentence and one of another war."""

from __future__ import annotations

import pytest

from .test_extraction import claims_of, recognisers, the_one, values  # noqa: F401 (fixtures)

ERITREA = "The Eritrean–Ethiopian War was fought between Ethiopia and Eritrea from May 1998 to June 2000. "
CHACO = "The Chaco War was fought between Bolivia and Paraguay from June 1932 to June 1935. "
FALKLANDS = "The Falklands War was fought between Argentina and the United Kingdom in 1982. "


@pytest.mark.parametrize("text, deaths", [
    (ERITREA + "Tens of thousands of soldiers were killed on both sides; estimates range from 70,000 to 100,000 dead.",
     "70000"),
    (CHACO + "Thousands of soldiers were killed on each side; estimates range from 85,000 to 130,000 dead.", "85000")])
def test_a_toll_on_both_sides_is_the_wars_and_a_range_counts_its_lower_bound(claims_of, text, deaths):
    """"were killed on both sides" tells the war's toll, no killing of its own; "from 70,000 to 100,000 dead"
    is a range, read as its lower bound."""
    claims = claims_of(text)
    war = the_one(claims, "War")
    assert not any(p == "type" and o == "Killing" for _, p, o, _ in claims)
    assert {(s, o) for s, p, o, _ in claims if p == "deaths"} == {(war, deaths)}
