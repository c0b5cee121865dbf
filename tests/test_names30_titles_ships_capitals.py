"""names30: a known place's name that stands for a person, a ship or a word of a line in capitals.

- a one-word town or state right after a person's title ("Admiral Fletcher", "Consul Canada") is the person, and the
  same word alone later is that person too, no town;
- a name read as a place only by a preposition before it ("in Moscow, Kahle and ...") is the person the source named
  in full with that surname;
- a town's name after "the" that does what only a ship does ("the Monterey then opened fire") or after "aboard the" is
  the ship;
- in a line all in capitals, a known place written by its label is the place though capitalised words stand beside it
  ("WARNED ATHENS", "ANKARA GOVERNMENT"); a title in capitals names a person there too ("ADMIRAL AMMAN").
"""

from __future__ import annotations

import pytest

from .test_extraction import typed


@pytest.mark.parametrize("text, person, place", [
    ("Admiral Fletcher ordered the carriers north on 4 June.", "fletcher", "aurora"),
    ("Consul Canada reported that rebels had entered the port.", "canada", "canada"),
    ("Mr Lincoln told the committee that the talks had failed.", "lincoln", "lincoln")])
def test_a_known_place_after_a_title_is_a_person(claims_of, text, person, place):
    claims = claims_of(text, date="1950-01-01")
    assert person in typed(claims, "Person")
    assert place not in typed(claims, "Place")


def test_a_titled_persons_name_alone_later_is_the_person(claims_of):
    claims = claims_of("Admiral Fletcher reached the island in May. Two days later Fletcher ordered a withdrawal.",
                       date="1950-01-01")
    assert "fletcher" in typed(claims, "Person")
    assert not typed(claims, "Place")


def test_a_known_place_with_no_title_before_it_stays_the_place(claims_of):
    """Near-miss: the town after a common noun is the town."""
    claims = claims_of("The delegates met in Lincoln on 3 May and signed the accord.", date="1950-01-01")
    assert "lincoln" in typed(claims, "Place")


def test_a_persons_surname_after_a_preposition_of_place_is_the_person(claims_of):
    claims = claims_of("Foreign Minister Hans Kahle arrived on Monday. On 10 September, in Geneva, Kahle and the envoy "
                       "agreed to a ceasefire.", date="1960-01-01")
    assert "kahle" not in typed(claims, "Place")
    assert "hans-kahle" in typed(claims, "Person")


@pytest.mark.parametrize("text, ship", [
    ("At dawn the Monterey then opened fire on the shore batteries.", "monterey-ship"),
    ("Two sailors aboard the Monterey were wounded by the shelling.", "monterey-ship")])
def test_a_towns_name_doing_what_a_ship_does_is_the_ship(claims_of, text, ship):
    claims = claims_of(text, date="1950-01-01")
    assert ship in typed(claims, "Actor")
    assert "monterrey" not in typed(claims, "Place")


def test_a_town_after_the_that_does_what_a_town_may_stays_the_town(claims_of):
    """Near-miss: "the Mosul garrison opened fire": the town qualifies the garrison, no ship."""
    claims = claims_of("Rebels reached the city; the Mosul garrison opened fire on them.", date="2015-01-01")
    assert "mosul" in typed(claims, "Place")


def test_known_places_in_a_line_of_capitals_are_places(claims_of):
    claims = claims_of("ANKARA GOVERNMENT WARNED ATHENS TONIGHT. TROOPS LANDED AT KYRENIA AND MOVED ON.\n",
                       date="1974-07-21")
    assert {"ankara", "athens"} <= typed(claims, "Place")


def test_a_title_in_capitals_names_a_person(claims_of):
    claims = claims_of("CROWDS ON QUAYS STOP ADMIRAL AMMAN COMMANDING BASE SAYS PERIMETER HELD STOP.\n",
                       date="1961-07-21")
    assert "amman" in typed(claims, "Person")
    assert "amman" not in typed(claims, "Place")
