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
