"""A place named again by a definite noun of its kind after a preposition of place ("in the city", "from the island",
"from the area") names the place of that kind the source named last in the paragraph (`extract.places_again`, read by
the `pronouns` stage): it is the act's place as a name of it would be. Sentences of fresh texts that were misread, and
one of another shape; no place where the noun is not a place of the act or where the paragraph named none."""

from __future__ import annotations

import pytest

from .test_extraction import the_one, values


@pytest.mark.parametrize("text, cls, place, date", [
    ("In Bangui, Seleka fighters went house to house in the days after 24 March, taking vehicles, money and food. We "
     "documented the killing of at least 40 civilians in the city between late March and mid-April.", "Killing",
     "bangui", "2013-05-01"),
    ("The war on Bougainville cost some 15,000 lives. The agreement provided for the phased withdrawal of the "
     "Papua New Guinea Defence Force from the island.", "Withdrawal", "bougainville", "1998-02-01"),
    ("Rebels held Misrata for weeks. Government troops shelled the port from a ridge outside the town in April.",
     "Attack", "misratah", "2011-06-01")])
def test_a_definite_place_noun_is_the_place_of_its_kind_named_before(claims_of, text, cls, place, date):
    """"the killing of at least 40 civilians in the city": the city is Bangui, named in the sentence before."""
    claims = claims_of(text, date=date)
    assert place in values(claims, the_one(claims, cls), "hasPlace")


@pytest.mark.parametrize("text, cls, place, date", [
    ("China said its forces had captured the provincial capital of Lang Son, about 85 miles northeast of Hanoi. "
     "Vietnam has not confirmed the fall of the town.", "Capture", "hanoi", "1979-03-06"),
    ("Rebels attacked Bangui in March.\n\nWe documented the killing of 40 civilians in the city in April.", "Killing",
     "bangui", "2013-05-01")])
def test_no_place_is_read_into_a_noun_of_another_role_or_paragraph(claims_of, text, cls, place, date):
    """"the fall of the town" (no preposition of place: the town is Lang Son, not Hanoi named after it) and "the
    city" of a new paragraph name no place."""
    claims = claims_of(text, date=date)
    assert not any(place in values(claims, event, "hasPlace") for event, p, o, _ in claims if p == "type" and o == cls)
