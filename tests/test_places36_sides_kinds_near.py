"""Places of session 36 (places36): a known land after a lower-case point of the compass names a side of it, a region
of its own ("in northern Kenya", `recognise.place_lists.compass_sides`); a lower-case kind of site before a noun names
no site, and the known place before it keeps its mention ("The Texas hospital association", `name_doubts`); a name
after "near" is a place whatever verb follows ("guns near Kelmendi shelled", `located`); ships listed after a plural
kind and a people's word name no town ("the cruisers Aurora and Penelope", "the Roma families"). Sentences composed
for the rules, of several kinds of text, with the near-misses each rule must leave alone."""

from __future__ import annotations

import pytest

from .conftest import place_mentions

PLACES = ("Place", "Region", "Settlement", "District", "State")


def _places(text: str, tmp_path) -> set[str]:
    return {words for words, _ in place_mentions(text + "\n", tmp_path, PLACES)}


@pytest.mark.parametrize("text, side", [
    ("Aid convoys reached camps in northern Kenya last week.", "northern Kenya"),
    ("The drought hit south-eastern Ethiopia hardest in March.", "south-eastern Ethiopia"),
    ("Militias still hold villages across the eastern Democratic Republic of the Congo.",
     "eastern Democratic Republic of the Congo"),
    ("Heavy snow is forecast for northern England and southern Scotland on Friday.", "southern Scotland"),
    ("Oil output from northern Iraq's fields fell by a third.", "northern Iraq"),
])
def test_a_known_land_after_a_lower_case_point_of_the_compass_is_a_side_of_it(tmp_path, text, side):
    assert side in _places(text, tmp_path)


@pytest.mark.parametrize("text", [
    "A northern Kenyan town voted for the opposition.",  # a demonym: no land named
    "Barges sailed up the eastern Mekong River ports.",  # a longer name goes on
    "Fighting raged in Eastern Ukraine for a week.",  # capitalised: the packs' reading stands (Ukraine)
    "The northern route to the coast was closed.",  # no name
])
def test_no_side_where_no_known_land_ends_the_name(tmp_path, text):
    assert not {words for words in _places(text, tmp_path) if words.split()[0].lower().endswith("ern")}


@pytest.mark.parametrize("text, place, not_place", [
    ("The Texas hospital association backed the law.", "Texas", "Texas hospital"),
    ("The Berlin barracks fire killed two recruits.", "Berlin", "Berlin barracks"),
    ("Shares fell after the Lagos airport strike began.", "Lagos", "Lagos airport"),
])
def test_a_kind_of_site_before_a_noun_names_no_site_and_the_place_keeps_its_mention(tmp_path, text, place, not_place):
    found = _places(text, tmp_path)
    assert place in found and not_place not in found


@pytest.mark.parametrize("text, site", [
    ("Rebels stormed the Kilian barracks at dawn.", "Kilian barracks"),
    ("The Kigoma hospital was shelled twice in May.", "Kigoma hospital"),
    ("Troops retook the Ruzizi bridge the same day.", "Ruzizi bridge"),
])
def test_a_kind_of_site_that_ends_its_phrase_still_names_the_site(tmp_path, text, site):
    assert site in _places(text, tmp_path)


def test_a_kind_of_site_before_a_noun_after_a_name_of_no_place_names_nothing(tmp_path):
    assert not _places("The Obama hospital plan was attacked by Republicans.", tmp_path)


@pytest.mark.parametrize("text, place", [
    ("Mortars near Kelmendi shelled the road overnight.", "Kelmendi"),
    ("Two hamlets near Dabbo show fresh burning on the images.", "Dabbo"),
    ("Shots were fired near Tifariti but caused no damage.", "Tifariti"),
])
def test_a_name_after_near_is_a_place_whatever_follows(tmp_path, text, place):
    assert place in _places(text, tmp_path)


def test_a_name_after_near_before_a_noun_of_a_site_is_its_owner_no_place(tmp_path):
    assert "Goldman Sachs" not in _places("Protesters gathered near Goldman Sachs headquarters on Friday.", tmp_path)


@pytest.mark.parametrize("text, word", [
    ("The cruisers Aurora and Penelope sank two convoys in 1941.", "Aurora"),
    ("The Roma families were moved to a camp outside the city.", "Roma"),
])
def test_a_ship_listed_after_its_kind_or_a_peoples_word_is_no_town(tmp_path, text, word):
    assert word not in _places(text, tmp_path)


def test_states_and_a_city_named_together_stay_themselves(tmp_path):
    assert {"Germany", "France", "Geneva"} <= _places("Scientists from Germany and France met in Geneva.", tmp_path)


@pytest.mark.parametrize("text, place", [
    ("The offensive went on for weeks. Dolnik fell on 9 May.", "Dolnik"),
    ("The siege dragged on, and Tal Hamra fell two days later.", "Tal Hamra"),
])
def test_a_name_no_pack_knows_that_fell_at_a_time_in_a_text_of_war_is_a_place(tmp_path, text, place):
    assert place in _places(text, tmp_path)


@pytest.mark.parametrize("text", [
    "Sterling fell on Monday as traders sold.",  # no war told
    "The war went on. Night fell on 3 May over the camp.",  # no place's subject
    "Troops clashed near Patrolling Point 14, on the ridge.",  # a number goes on the name after "near"
])
def test_no_place_of_a_price_a_night_or_half_a_numbered_name(tmp_path, text):
    assert not {words for words in _places(text, tmp_path) if words in ("Sterling", "Night", "Patrolling Point")}
