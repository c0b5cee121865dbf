"""Review of names28: sentences about other conflicts its rules misread, each stated as it must read.

A town's name that a ship's fate tells a ship's ("The Kursk was sunk") is the ship with an id of its own: with the
town's id the town's pack entry named it, and the act was placed at the ship. A hull number's shape followed by a
noun for a craft or a weapon ("CH-47 helicopters", "F-16 jets") is an aircraft's type, no warship; a name after a ship's
kind that a relative clause's verb and "was" follow ("the research vessel Kim Jong Un inspected was seized") is that
clause's subject, no ship."""

from __future__ import annotations

import pytest

from .test_extraction import typed


@pytest.mark.parametrize("text, town", [
    ("In March the Kursk was sunk in the Barents Sea.", "kursk"),
    ("The Houston was sunk by Japanese cruisers in the Sunda Strait.", "houston")])
def test_a_ship_its_fate_tells_is_no_place_of_the_act(claims_of, text, town):
    claims = claims_of(text, date="2001-01-01")
    assert not {(s, p, o) for s, p, o, _ in claims if p == "hasPlace" and o.startswith(town)}
    assert f"{town}-ship" in typed(claims, "Organization")


@pytest.mark.parametrize("text, designation", [
    ("On 5 March the marines boarded CH-47 helicopters at Da Nang.", "ch-47"),
    ("The air force sent warships, F-16 jets and troops to the island.", "f-16"),
    ("Passengers boarded MH-17 in Amsterdam on 17 July.", "mh-17"),
    ("The rebels boarded BTR-80 carriers and drove north.", "btr-80")])
def test_a_hull_numbers_shape_before_a_craft_is_no_warship(claims_of, text, designation):
    claims = claims_of(text, date="2001-01-01")
    assert designation not in typed(claims, "ArmedForce")
    assert not {o for s, p, o, _ in claims if p in ("hasActor", "initiatedBy") and o == designation}


def test_a_hull_number_a_fate_tells_stays_a_warship(claims_of):
    assert "pt-3" in typed(claims_of("Rebels sank PT-3 near the harbour on 2 June.", date="2001-01-01"), "ArmedForce")


def test_a_name_after_a_ships_kind_that_a_relative_clause_follows_is_no_ship(claims_of):
    claims = claims_of("The research vessel Kim Jong Un inspected was seized by the coast guard.", date="2001-01-01")
    assert "kim-jong-un" not in typed(claims, "Organization")


def test_an_unarmed_ship_after_its_kind_stays_the_ship(claims_of):
    assert "sea-diamond" in typed(claims_of("The ferry Sea Diamond sank off Santorini in April.", date="2008-01-01"),
                                  "Organization")


def test_a_list_after_a_verb_of_taking_with_no_name_known_as_a_place_tells_no_town(claims_of):
    claims = claims_of("The helicopter took Owen, Stoltenberg and Bender to the airport.", date="1993-03-01")
    assert "bender" not in typed(claims, "Place")
