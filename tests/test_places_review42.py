"""What the place rules of session 24 must leave alone (review42): a kind of land in water after a possessive or
alone, a known land's adjective before "peninsula", a topic or a firm set off by "a ... area of", a language's name
before a count in brackets, an embassy that speaks for its state, two embassies of one state in two towns. And what a
gloss in another language keeps: the glossed name's own alias ("Aleppo (Arabic: Halab)")."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import place_mentions

PLACES = ("State", "Place", "Settlement", "Region", "District")


def entities(text: str, tmp_path: Path) -> dict[str, str | None]:
    """The words of every place or state mention the default recognisers find, with their entity ids."""
    return dict(place_mentions(text, tmp_path, PLACES))


@pytest.mark.parametrize(("sentence", "kept", "none"), [
    ("Russia's Wrangel Island base grew.", {"russia"}, "russias-wrangel-island"),
    ("Gilligan's Island was a sitcom on Tuesday nights.", set(), "gilligans-island"),
    ("The Islands were cut off by the storm.", set(), "islands"),
    ("Russia annexed the Crimean peninsula in 2014.", {"russia"}, "crimean-peninsula"),
])
def test_land_in_water_after_a_possessive_alone_or_after_an_adjective_is_no_new_place(tmp_path, sentence, kept, none):
    found = set(entities(sentence, tmp_path).values())
    assert kept <= found and none not in found


@pytest.mark.parametrize("sentence", [
    "Genomics, a fast-growing area of research, drew investors.",
    "Brexit, a grey area in the law, worried the bankers.",
    "Acme, a leading region of growth for the group, hired staff.",
    "Smith, a former district of Columbia official, spoke.",
])
def test_a_topic_or_a_firm_set_off_by_area_region_or_district_is_no_place(tmp_path, sentence):
    assert sentence.split(",")[0] not in entities(sentence, tmp_path)


@pytest.mark.parametrize(("sentence", "kept"), [
    ("Losses (Russian: 300 killed near Bakhmut; Ukrainian: 120) were reported.", {"russia", "ukraine", "bakhmut"}),
    ("The statement (Syrian: we did not bomb Idlib) was denied.", {"syria", "idlib"}),
])
def test_a_demonym_before_a_colon_in_brackets_that_opens_no_gloss_is_spoken_of(tmp_path, sentence, kept):
    assert kept <= set(entities(sentence, tmp_path).values())


def test_a_language_of_a_gloss_is_no_state_whatever_it_glosses(tmp_path):
    """Outside war: a gloss of a common word, in a language a demonym names too."""
    assert "france" not in entities("Croissants (French: croissant) sold well.", tmp_path).values()


@pytest.mark.parametrize(("sentence", "alias", "entity"), [
    ("Aleppo (Arabic: Halab) was shelled for a week.", "Halab", "aleppo"),
    ("Stepanakert (Azerbaijani: Khankendi) was taken in a day.", "Khankendi", "stepanakert"),
])
def test_a_gloss_keeps_the_glossed_names_alias_in_another_language(tmp_path, sentence, alias, entity):
    assert entities(sentence, tmp_path).get(alias) == entity


@pytest.mark.parametrize(("sentence", "state"), [
    ("The Russian embassy denied that its troops attacked Bucha.", "russia"),
    ("According to the US Embassy, Russian forces shelled Kharkiv on Monday.", "united-states"),
])
def test_an_embassy_that_speaks_keeps_its_state_as_the_holder(extraction_of, sentence, state):
    claims = [c for c in extraction_of(sentence).claims if c.predicate == "hasActor"]
    assert claims and {c.attributed_to for c in claims} == {state}


def test_two_embassies_of_one_state_in_two_towns_are_two(tmp_path):
    found = place_mentions("Protesters stormed the US Embassy in Baghdad. Rockets hit the US Embassy in Kabul.",
                           tmp_path, ("Place",))
    assert len({entity for _, entity in found}) == 2


def test_an_embassy_that_is_evacuated_is_no_place(tmp_path):
    """An embassy as a body, whose staff leave: no place of a building named after no word of place."""
    assert not place_mentions("The British High Commission in Freetown was evacuated.", tmp_path, ("Place",))
