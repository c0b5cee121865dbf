"""Ships that bear no arms named after their kind ("the freighter Figen Akat", "the supply ship Rio Escondido"), and a
town's name that a ship's fate tells a ship's ("The Cheonan was sunk", "disabled the Houston"), are the ships: a
cg:Organization, their crew (`recognise.warships`, `recognise._ships`), no town and nothing."""

from __future__ import annotations

import pytest

from .test_extraction import typed


@pytest.mark.parametrize("text, ship", [
    ("The tanker Sea Empress ran aground off the coast on 15 February.", "sea-empress"),
    ("Gunboats stopped the cargo ship Santa Lucia near the strait.", "santa-lucia"),
    ("The Kursk sank in the Barents Sea in August 2000.", "kursk"),
    ("In May the sinking of the Sheffield shocked the fleet.", "sheffield")])
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
