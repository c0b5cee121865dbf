"""Places no pack knows, told as places by the words around them (recognise/located.py): a preposition of place
before a capitalised name, a clause going on after it. Sentences are the fresh texts' of session 20
(/work/diag/s21/fresh12) and, for other shapes, our own."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import place_mentions


def places(text: str, tmp_path: Path) -> list[str]:
    """The words of every place mention (no state) the default recognisers find in an English text."""
    return [words for words, _ in place_mentions(text, tmp_path, ("Place", "Settlement", "Region", "District"))]


def test_villages_listed_after_a_preposition_of_place_are_places(tmp_path):
    """uganda-lra-2008: Faradje, Doruma and Duru were no entities at all (villages below the world pack's towns)."""
    found = places("From 24 December, LRA groups attacked villages around Faradje, Doruma and Duru in north-eastern "
                   "Congo, killing people with machetes, clubs and axes.", tmp_path)
    assert {"Faradje", "Doruma", "Duru"} <= set(found)


@pytest.mark.parametrize(("sentence", "place"), [
    ("A device found in the basement of a building in Ryazan on 22 September was at first treated as a foiled "
     "attack.", "Ryazan"),  # chechnya-1999
    ("In Kocho, whose residents were held in the village for almost two weeks, the men were shot.", "Kocho"),  # sinjar
    ("Women and girls were taken to Tal Afar and Mosul and then into Syria.", "Tal Afar"),  # sinjar-2014
    ("France would withdraw its troops while keeping the naval base at Mers El Kébir for fifteen years.",
     "Mers El Kébir"),  # algeria-1962
    ("The patrol was ambushed near Wadi Qelt, and two of its soldiers were wounded.", "Wadi Qelt"),  # our own
])
def test_a_name_after_a_preposition_of_place_before_a_clause_going_on_is_a_place(tmp_path, sentence, place):
    assert place in places(sentence, tmp_path)


@pytest.mark.parametrize(("sentence", "word"), [
    ("Kim Il Sung signed in Pyongyang and Peng Dehuai, commander of the Chinese forces, signed later.", "Peng"),
    ("The offer was sent to Mahamat Deby and his generals on Monday.", "Mahamat"),  # motion, no known place
    ("The attack came on the holiest day in Judaism, when much of Israel was at prayer.", "Judaism"),
    ("Families gathered at Christmas, and the rebels struck at dawn.", "Christmas"),
    ("The statement was read in Arabic and broadcast twice.", "Arabic"),
])
def test_no_person_feast_faith_or_language_after_a_preposition_is_a_place(tmp_path, sentence, word):
    assert not any(word in words for words in places(sentence, tmp_path))


@pytest.mark.parametrize(("sentence", "place"), [
    ("Human rights groups documented the killing of at least 60 civilians by Russian troops in the Grozny suburb of "
     "Novye Aldi on 5 February.", "Novye Aldi"),  # chechnya-1999
    ("The hill of Lele Tepe, near the Iranian border, was claimed by both sides for days.", "Lele Tepe"),  # karabakh
    ("French troops besieged the OAS stronghold of Bab El Oued in Algiers from 23 March.", "Bab El Oued"),  # algeria
    ("The rebels withdrew into the hills of Chanzu after the second attack.", "Chanzu"),  # our own
])
def test_a_name_after_a_suburb_hill_or_stronghold_of_is_a_place(tmp_path, sentence, place):
    """"The town of Shusha" was a place, "the Grozny suburb of Novye Aldi" none; "Bab El Oued" was the Algerian
    town of El Oued, 600 km away."""
    found = places(sentence, tmp_path)
    assert place in found and not any(words != place and words in place for words in found)


def test_a_word_before_stronghold_is_no_place(tmp_path):
    assert "Taliban" not in places("Troops advanced on the Taliban stronghold in the valley.", tmp_path)


@pytest.mark.parametrize(("sentence", "place"), [
    ("Militiamen killed hundreds of civilians in the Sabra neighbourhood and the Shatila refugee camp in West Beirut.",
     "Shatila refugee camp"),  # lebanon-1982
    ("Saif al-Islam appeared before foreign journalists at the Rixos hotel on Tuesday night.", "Rixos hotel"),  # libya
    ("Shelling hit the Kakuma refugee camp, and aid workers left the Intercontinental hotel.", "Kakuma refugee camp"),
])
def test_a_refugee_camp_or_hotel_named_before_its_kind_is_a_place(tmp_path, sentence, place):
    assert place in places(sentence, tmp_path)


@pytest.mark.parametrize(("sentence", "place", "not_place"), [
    ("The area was surrounded by the Israel Defense Forces, which had moved into West Beirut the day before the "
     "killings began.", "West Beirut", "Beirut"),  # lebanon-1982
    ("Cuban officers helped plan the counter-offensive, and a smaller contingent came from South Yemen.",
     "South Yemen", "Yemen"),  # ogaden-1977
    ("The Awami League won 160 of the 162 seats allotted to East Pakistan.", "East Pakistan", "Pakistan"),  # our own
])
def test_a_capitalised_point_of_the_compass_before_a_known_place_names_a_place_of_its_own(
        tmp_path, sentence, place, not_place):
    found = places(sentence, tmp_path)
    assert place in found and not_place not in found


def test_a_sea_is_named_by_its_kind(tmp_path):
    """vietnam-1979: "the South China Sea" was China."""
    found = places("The Soviet Union has condemned the invasion and sent ships to the South China Sea.", tmp_path)
    assert "South China Sea" in found and "China" not in found


def test_an_adjective_of_the_compass_or_an_owner_before_a_known_place_names_no_place_of_its_own(tmp_path):
    found = places("Shelling resumed in Eastern Ukraine, and grain left Ukraine's Black Sea ports on Monday.", tmp_path)
    assert "Eastern Ukraine" not in found and "Ukraine's Black Sea" not in found
