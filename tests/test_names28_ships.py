"""Ships that bear no arms named after their kind ("the freighter Figen Akat", "the supply ship Rio Escondido"), and a
town's name that a ship's fate tells a ship's ("The Cheonan was sunk", "disabled the Houston"), are the ships: a
cg:Organization, their crew (`recognise.warships`, `recognise.stack._ships`), no town and nothing."""

from __future__ import annotations

import pytest

from .test_extraction import typed


@pytest.mark.parametrize("text, ship", [
    ("The tanker Sea Empress ran aground off the coast on 15 February.", "sea-empress"),
    ("Gunboats stopped the cargo ship Santa Lucia near the strait.", "santa-lucia"),
    ("The Kursk sank in the Barents Sea in August 2000.", "kursk-ship"),
    ("In May the sinking of the Sheffield shocked the fleet.", "sheffield-ship")])
def test_a_ship_named_by_its_kind_or_its_fate_is_the_ship(claims_of, text, ship):
    claims = claims_of(text, date="2001-01-01")
    assert ship in typed(claims, "Actor")
    assert ship not in typed(claims, "Place")


@pytest.mark.parametrize("text, state", [
    ("The tanker Iran seized in the Gulf was released in May.", "iran"),
    ("The ferry Greece chartered sailed from Piraeus.", "greece")])
def test_a_state_after_a_ships_kind_is_a_clauses_subject_not_a_ship(claims_of, text, state):
    claims = claims_of(text, date="2001-01-01")
    assert state in typed(claims, "State")
    assert not typed(claims, "Organization")


@pytest.mark.parametrize("text, hulls", [
    ("LST-507 was torpedoed off the coast in April 1944.", {"lst-507"}),
    ("The coast guard cutter rammed BRP-57 near the shoal.", {"brp-57"}),
    ("The navy lost two patrol boats, PC-112 and PC-114, in the storm.", {"pc-112", "pc-114"})])
def test_a_hull_number_a_ships_fate_or_a_list_of_ships_tells_is_a_warship(claims_of, text, hulls):
    assert hulls <= typed(claims_of(text, date="2001-01-01"), "ArmedForce")


def test_a_hull_numbers_shape_alone_names_no_ship(claims_of):
    """"EP-3", "J-8", "F-16": aircraft share the shape; without a ship's fate or a list of ships it is no warship."""
    claims = claims_of("An EP-3 collided with a J-8 fighter, and an F-16 was shot down later.", date="2001-04-02")
    assert not {"ep-3", "j-8", "f-16"} & typed(claims, "ArmedForce")
