"""Guards of session 36's review of places36 (review36a): sentences of other kinds of text that the branch's rules
read wrongly, each failing before its mend. A name after "near" is no place after a verb of where a person stands,
sits or plays ("The aide standing near Kerrigan shouted", `PERSON_BESIDE_BEFORE`), nor a planet ("near Earth",
`PLANETS`); an unknown name that "fell" at a time in a sentence of a market is a firm's price, no place, though the
news tells of war ("Boeing fell on Tuesday", `falls.FELL_MARKET_WORDS`); a lower-case kind of site before a
preposition still names the site ("the Lagos bridge toward the stadium", `KIND_ENDS_BEFORE`)."""

from __future__ import annotations

import pytest

from .conftest import place_mentions

PLACES = ("Place", "Region", "Settlement", "District", "State")


@pytest.mark.parametrize("text, name", [
    ("The aide standing near Kerrigan shouted at the reporters.", "Kerrigan"),  # a person stands near a person
    ("Q: Who stood near Thompson? A: Nobody.", "Thompson"),  # Q&A: a question's mark after the name
    ("The winger played near Messi throughout the match.", "Messi"),  # sport
    ("The asteroid will pass near Earth next month.", "Earth"),  # science: a planet
    ("Lockheed shares rose while Boeing fell on Tuesday as the war news spread.", "Boeing"),  # business
    ("Investors fled as the war widened. Apple fell 4 percent on Friday.", "Apple"),  # a price's amount
])
def test_no_place_of_a_person_a_planet_or_a_firm(tmp_path, text, name):
    assert name not in {words for words, _ in place_mentions(text + "\n", tmp_path, PLACES)}


@pytest.mark.parametrize("text, site", [
    ("Protesters marched past the Lagos bridge toward the stadium.", "Lagos bridge"),
    ("Fans gathered outside the Kigoma hospital despite the rain.", "Kigoma hospital"),
])
def test_a_kind_of_site_before_a_preposition_still_names_the_site(tmp_path, text, site):
    assert site in {words for words, _ in place_mentions(text + "\n", tmp_path, PLACES)}
