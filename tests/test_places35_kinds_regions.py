"""A site or a water's name with its kind (a barracks, a hospital, a lagoon, a creek, hills, "the Straits of") is a
place (`lang.en.names.FEATURE_KINDS`, `NAMED_PLACE_KINDS`), and a state's demonym after a word of a part of the world
no pack joins to it ("Central American", "Latin American") names no state (`recognise.stack._regional_demonyms`):
sentences composed for the rules, of several kinds of text."""

from __future__ import annotations

import pytest

from .conftest import place_mentions

PLACES = ("Place", "Region", "Settlement", "District")


@pytest.mark.parametrize("text, place", [
    ("The cadets were held for two days at the Ruzizi barracks before their trial.\n", "Ruzizi barracks"),
    ("Three of the injured were flown to Kigoma Hospital on Tuesday night.\n", "Kigoma Hospital"),
    ("Rebels fell back across the Lufira lagoon as the rains began.\n", "Lufira lagoon"),
    ("The hikers camped beside Tamarack Creek and walked on at dawn.\n", "Tamarack Creek"),
    ("Tankers waited for a week before the Straits of Hormuz reopened.\n", "Straits of Hormuz"),
])
def test_a_name_with_a_kind_of_site_or_water_is_a_place(tmp_path, text, place):
    assert place in {words for words, _ in place_mentions(text, tmp_path, PLACES)}


@pytest.mark.parametrize("text", [
    "Doctors at the hospital treated the injured players after the match.\n",
    "US trade representative Carla Hills said the tariff talks would resume in May.\n",
    "Coach Tom Hills said the squad would travel to Leeds on Friday.\n",  # a speaker's verb after it
])
def test_a_kind_alone_or_a_persons_surname_is_no_place(tmp_path, text):
    assert not {words for words, _ in place_mentions(text, tmp_path, PLACES) if "ospital" in words or "Hills" in words}


@pytest.mark.parametrize("text", [
    "Tariffs inside the Central American Common Market fell by half in 1968.\n",
    "Latin American finance ministers met to discuss the debt crisis.\n",
    "South American fans filled the stadium for the final.\n",
    "A Pan-American highway links the two continents.\n",
    "SHARES IN NORTH AMERICAN RAIL FIRMS FELL SHARPLY ON MONDAY\n",
])
def test_a_demonym_after_a_part_of_the_world_names_no_state(tmp_path, text):
    assert "united-states" not in {entity for _, entity in place_mentions(text, tmp_path, ("State",))}


@pytest.mark.parametrize("text, entity", [
    ("Anglo-American talks opened in London on Monday.\n", "united-states"),
    ("South African troops crossed into Angola in May 1978.\n", "south-african-armed-forces"),
])
def test_a_states_own_demonym_still_names_the_state(tmp_path, text, entity):
    assert entity in {found for _, found in place_mentions(text, tmp_path, ("State", "ArmedForce"))}
