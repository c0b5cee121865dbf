"""A place named after a second verb joined by "and", its participle irregular ("was arrested ... and was flown to
Florida"), is that verb's, no place of the first act (`claimgraph.extract.structure.placed_apart`)."""

from __future__ import annotations

import pytest

from .test_extraction import typed, values


@pytest.mark.parametrize("text, kept, apart", [
    ("He walked out shortly before 9 p.m. Wednesday, was arrested by agents of the Drug Enforcement Administration "
     "and was flown to Florida.", set(), "florida"),
    ("The chief executive of the bank was arrested at his home in Zurich and was flown to New York.", {"zurich"},
     "new-york-city")])
def test_a_place_after_and_an_irregular_participle_is_no_place_of_the_act_before(claims_of, text, kept, apart):
    """"was arrested ... and was flown to Florida": Florida is where he was flown, not where he was arrested;
    the arrest keeps the place its own phrase names ("at his home in Zurich")."""
    claims = claims_of(text, "1990-01-05")
    [arrest] = typed(claims, "Arrest")
    assert values(claims, arrest, "hasPlace") == kept and apart not in values(claims, arrest, "hasPlace")


@pytest.mark.parametrize("text, act, place", [
    ("The protesters were attacked by police on Sunday and driven from Tahrir Square.", "Attack", "tahrir-square"),
    ("Three journalists were arrested on Sunday and beaten in Tehran.", "Arrest", "tehran")])
def test_a_place_after_and_a_participle_of_no_moving_to_stays_the_acts(claims_of, text, act, place):
    """Only a participle of moving someone before where to ("flown to", "taken into") names a place of its own: "driven
    from Tahrir Square" and "beaten in Tehran" keep the place of the attack and of the arrest."""
    claims = claims_of(text, "2011-02-01")
    assert any(place in values(claims, event, "hasPlace") for event in typed(claims, act))
