"""Review of actors22's and places23's rules on sentences of business, sport and politics (rfix31): a firm's or a
club's name after "at" or "in" before a verb is no place, a creed's, a people's or a party's word before a shared
kind of place names none, a city seen in "views of" is no state, and a capitalised role word that opens a name
("the Premier League") puts no person in apposition after it. The sentences are ours, of the shapes the review
met; the rules' own gains stay in tests/test_places_kinds_and_heads.py and tests/test_actors_of_fresh_texts22.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import place_mentions
from .test_names import found

PLACES = ("Place", "Settlement", "Region", "District")


def places(text: str, tmp_path: Path) -> dict[str, str | None]:
    """The words of every place mention (no state) the default recognisers find, with their entity ids."""
    return dict(place_mentions(text, tmp_path, PLACES))


def subjects(claims, cls: str) -> set[str]:
    return {s for s, p, o, _ in claims if p == "type" and o == cls}


@pytest.mark.parametrize(("sentence", "name"), [
    ("Her career at Goldman Sachs was brief.", "Goldman Sachs"),
    ("Profits in Apple had risen sharply.", "Apple"),
    ("The mood at Manchester United was grim after the defeat.", "Manchester United"),
    ("Investors in Twitter were angry.", "Twitter"),
])
def test_a_single_name_after_at_or_in_before_a_verb_not_in_the_passive_is_no_place(tmp_path, sentence, name):
    assert name not in places(sentence, tmp_path)


@pytest.mark.parametrize(("sentence", "words"), [
    ("Voters in Catholic and Protestant districts turned out in large numbers.", {"Catholic", "Protestant"}),
    ("Hutu and Tutsi villages were burned.", {"Hutu", "Tutsi"}),
    ("Turnout was low in Sunni and Shia districts.", {"Sunni", "Shia"}),
    ("Republican and Democratic districts voted differently.", {"Republican", "Democratic"}),
])
def test_a_creed_a_people_or_a_party_before_a_shared_kind_of_place_names_no_place(tmp_path, sentence, words):
    assert not words & set(places(sentence, tmp_path))


@pytest.mark.parametrize(("sentence", "city", "state"), [
    ("The hotel rooms offer views of Jerusalem and the Old City.", "jerusalem", "israel"),
    ("Apartments with views of London are expensive.", "london", "united-kingdom"),
])
def test_a_city_seen_in_views_of_it_stays_a_city(claims_of, sentence, city, state):
    claims = claims_of(sentence + "\n")
    assert city in subjects(claims, "Settlement") and state not in subjects(claims, "State")


def test_a_role_word_that_opens_a_name_puts_no_person_in_apposition(recognisers):
    names = found(recognisers, "The Premier League leaders, Manchester City, lost at home.")
    assert names.get("Manchester City", ("none",))[0] != "Person"
    names = found(recognisers, "President Putin's adviser, Yuri Ushakov, said talks would go on.")
    assert names["Yuri Ushakov"][0] == "Person"


@pytest.mark.parametrize(("sentence", "name"), [
    ("The Navalny prison sentence was extended by nine years.", "Navalny prison"),
    ("The Epstein prison term was never served.", "Epstein prison"),
])
def test_a_prison_sentence_or_term_is_no_place(tmp_path, sentence, name):
    assert name not in places(sentence, tmp_path)


def test_a_states_navy_blue_is_a_colour_no_body(recognisers):
    names = found(recognisers, "Brazil's navy blue kit was unveiled on Monday.")
    assert "Brazil's navy" not in names
