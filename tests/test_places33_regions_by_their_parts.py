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
