"""places33: regions the world pack held under names English does not write. GeoNames writes a region named for two
parts with an en dash ("North Ossetia–Alania"), which no kept name may hold, so the pack had only ISO's "Severnaya
Osetiya"; Indonesia's island regions had only ISO's Indonesian names ("Sumatera"), though GeoNames names their parts
in English ("North Sumatra", "West Sumatra"). The pack is built by `ontology/build_world.py`: these are its rules."""

from __future__ import annotations

import pytest

from .conftest import place_mentions
from .test_world import by_name


@pytest.mark.parametrize(("name", "label"), [
    ("North Ossetia", "Severnaya Osetiya"), ("North Ossetia-Alania", "Severnaya Osetiya"),
    ("Sumatra", "Sumatera"), ("Mecklenburg-Western Pomerania", "Mecklenburg-Vorpommern"),
])
def test_a_region_goes_by_the_name_english_writes(world, name, label):
    entry = by_name(world, name)
    assert entry.entity.label == label and entry.entity.classes == ("Region",)


@pytest.mark.parametrize(("sentence", "words", "entity"), [
    ("Gunmen seized a school in Beslan, North Ossetia, on the first day of term.", "North Ossetia",
     "severnaya-osetiya"),
    ("The earthquake struck off Sumatra at dawn and the waves reached the coast an hour later.", "Sumatra",
     "sumatera"),
])
def test_the_region_is_read_in_a_text(tmp_path, sentence, words, entity):
    assert (words, entity) in place_mentions(sentence, tmp_path)


@pytest.mark.parametrize(("sentence", "place"), [
    ("Kikuyu families had taken shelter in the church when it was set alight.", None),
    ("Most Kikuyu voted for the president's party in the December election.", None),
    ("She grew up in Kikuyu, a town west of Nairobi.", "Kikuyu"),  # a place's context: the town
])
def test_a_towns_name_that_is_a_tongues_names_the_town_only_in_a_places_context(tmp_path, sentence, place):
    """Kenyan texts of two conflicts read the Kikuyu people as the town of Kikuyu, whose label is a language's name
    (ISO 639-1): such a label is a context name (`Place.context_names`), as a town's is."""
    found = [words for words, _ in place_mentions(sentence, tmp_path) if words == "Kikuyu"]
    assert found == ([place] if place else [])
