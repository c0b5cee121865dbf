"""Towns under the world pack's cities' cut-off, known where the text's context says place, and the
spellings of place names GeoNames does not list (ontology/worldpack/cities.py `towns`, `spellings`;
recognise/wordnames.py). Sentences are the untuned texts' (sessions 11-19)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from .conftest import ROOT, place_mentions

sys.path.insert(0, str(ROOT / "ontology"))  # the build script's parts, `worldpack`
from worldpack.spellings import spellings  # noqa: E402


def places(text: str, tmp_path: Path) -> list[tuple[str, str | None]]:
    """(words, entity id) of every Settlement mention the default recognisers find in an English text."""
    return place_mentions(text, tmp_path, ("Settlement",))


@pytest.mark.parametrize(("sentence", "town"), [
    ("On 2 March, Government forces re-entered Saraqib; Russian military police were subsequently reported to "
     "have been deployed in the town.", "saraqib"),
    ("Ukrainian forces withdrew from the besieged railway town of Debaltseve on Wednesday, three days after a "
     "ceasefire agreed in Minsk was due to take effect, President Petro Poroshenko said.", "debaltseve"),
    ("About 150,000 Croatian troops launched Operation Storm against the Krajina heartland, and the rebel capital "
     "Knin fell the next day.", "knin"),
    ("Residents of Oleshky told journalists that the occupation authorities had prevented evacuations.", "oleshky"),
    ("Tikrit, Saddam's home town, fell on 14 April.", "tikrit"),
    ("In the following days Russian forces carried out repeated missile and drone strikes on Odesa and on the "
     "Danube ports of Izmail and Reni, destroying grain stores.", "reni"),
])
def test_a_town_under_the_cities_cut_off_is_a_place_where_its_context_says_place(tmp_path, sentence, town):
    """Saraqib (34,231 people), Debaltseve, Knin (8,262), Oleshky, Tikrit and Reni were no places: the world pack
    held cities of 50,000 people only. A town of 5,000 is known now, read only in a place's context: a verb of
    taking a place, a kind of place before it, "residents of", an apposition, a list beside a known place."""
    assert town in {eid for _, eid in places(sentence, tmp_path)}


def test_a_city_whose_name_is_a_rarer_english_word_is_a_place_in_a_places_context(tmp_path):
    """Bender (110,175 people) was left out of the pack: English writes "bender" lower-case a little more often."""
    found = places("On 19 June, Moldovan police tried to arrest a Transnistrian officer in Bender, the only large "
                   "town on the right bank held by the separatists.", tmp_path)
    assert ("Bender", "bender") in found


def test_a_town_named_again_after_its_context_told_it_is_the_town(tmp_path):
    found = places("Ukrainian forces withdrew from the besieged railway town of Debaltseve on Wednesday.\n\n"
                   "Rebel commanders said on Wednesday they had still been unable to enter Debaltseve.", tmp_path)
    assert found == [("Debaltseve", "debaltseve")] * 2


@pytest.mark.parametrize(("sentence", "word"), [
    ("Jubilee celebrations were held across the country on Sunday.", "Jubilee"),
    ("The Golden Jubilee was marked with fireworks on Monday.", "Jubilee"),
    ("Speedway racing resumed on Sunday after the ceasefire.", "Speedway"),
    ("Sparks flew between the two delegations, and Barking dogs kept the camp awake.", "Sparks"),
    ("Sparks flew between the two delegations, and Barking dogs kept the camp awake.", "Barking"),
])
def test_a_towns_name_that_is_an_ordinary_word_names_no_place_without_a_places_context(tmp_path, sentence, word):
    """Jubilee and Speedway are towns of GeoNames, Sparks and Barking cities of 96,094 and 218,534 people whose
    names English writes lower-case more often (cg:contextName): as words they name nothing."""
    assert not [m for m in places(sentence, tmp_path) if m[0] == word]


def test_a_spelling_geonames_does_not_list_names_the_city(tmp_path):
    """Yemen truce 2022: "Hodeidah" is GeoNames' "El-Hodeidah" without its article; Al Hudaydah has 617,871 people."""
    assert ("Hodeidah", "al-hudaydah") in places("Fuel ships docked at Hodeidah, and fuel queues in Sanaa shortened.",
                                                  tmp_path)


@pytest.mark.parametrize(("name", "others"), [
    ("El-Hodeidah", {"Hodeidah"}), ("Al Hudaydah", {"Hudaydah"}), ("Mek'ele", {"Mekele"}),
    ("Ilovays’k", {"Ilovaysk"}), ("Ladhiqiyah", {"Ladhiqiya"}), ("El Paso", set()), ("Aleppo", set()),
])
def test_one_rule_spells_a_name_without_its_arabic_article_apostrophes_or_with_the_other_iya_ending(name, others):
    assert spellings(name) == others


def test_a_town_whose_name_names_something_better_known_or_a_person_is_no_town(world):
    """Towns of Japan, Peru, the US ... named "Obama", "Asia", "Arab", "Harvard", "Johnson": "to Obama", "in Arab
    countries" tell no town."""
    names = {n for e in world.values() for n in e.context}
    assert not {"Obama", "Asia", "Arab", "Harvard", "Johnson", "Jackson"} & names
    assert {"Saraqib", "Knin", "Bender"} <= names
