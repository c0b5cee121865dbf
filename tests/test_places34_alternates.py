"""A known place read through one of its alternate names (not its label) only where the source's other places lie
in its country (`recognise.alternates`), and a name in capitals not where the block writes it as a word or only as
an alternate name (`gazetteer._capitals_name`): sentences composed for the rule, of several kinds of text."""

from __future__ import annotations

import pytest

from .conftest import place_mentions


def _entities(text: str, tmp_path) -> set[str | None]:
    return {entity for _, entity in place_mentions(text, tmp_path)}


@pytest.mark.parametrize("text, wrong", [
    ("Commuters crowded the station at Kurla as Mumbai's trains stopped for the strike.\n", "korla"),
    ("Guests were moved from the Trident as police sealed off Nairobi.\n", "trento"),
    ("Villagers of Balo, a farming settlement on Mindanao in the Philippines, fled the floods.\n", "al-bab"),
])
def test_an_alternate_name_of_a_place_in_a_country_the_text_never_names_is_not_that_place(tmp_path, text, wrong):
    assert wrong not in _entities(text, tmp_path)


@pytest.mark.parametrize("text, right", [
    ("The army moved north from Aleppo and shelled Balo before dawn.\n", "al-bab"),  # a Syrian place beside it
    ("The ship sailed from Bombay to Calcutta in 1947.\n", "mumbai"),  # old names, both of India
    ("The envoy flew to Peking for the talks.\n", "beijing"),  # a capital's old name is known everywhere
    ("Fans queued outside the stadium in Trento for the final.\n", "trento"),  # the label itself
    ("The historian was born in Leningrad and taught in Boston.\n", "saint-petersburg"),  # a long old name
])
def test_an_alternate_name_beside_its_country_or_a_capitals_or_a_label_stands(tmp_path, text, right):
    assert right in _entities(text, tmp_path)


@pytest.mark.parametrize("text, wrong", [
    ("REUNION NOTES\nForty members came to the summer reunion in Denver this year.\n", "reunion"),
    ("PARAS DROPPED NEAR THE AIRFIELD AT DAWN STOP TOWN QUIET STOP\n", "paris"),
    ("MEDINA STILL HELD BY VOLUNTEERS STOP PORT IN NAVY HANDS STOP\n", "madinah"),
])
def test_a_word_in_capitals_the_text_writes_as_a_word_or_an_alternate_name_is_no_place(tmp_path, text, wrong):
    assert wrong not in _entities(text, tmp_path)


@pytest.mark.parametrize("text, right", [
    ("PARIS TALKS RESUME TODAY STOP\nThe talks in Paris went on.\n", "paris"),  # the label in capitals
    ("STANLEYVILLE HELD BY REBELS STOP\nThe rebels held Stanleyville, far upriver from Kinshasa.\n",
     "kisangani"),  # written with small letters too
])
def test_a_label_or_a_name_written_with_small_letters_too_stands_in_capitals(tmp_path, text, right):
    assert right in _entities(text, tmp_path)


def test_a_far_alternate_name_after_a_word_of_place_is_a_place_of_its_own_words(tmp_path):
    assert ("Kurla", "kurla") in place_mentions("Rescuers dug through the night in Kurla, north of Mumbai, the firm said.\n", tmp_path)


@pytest.mark.parametrize("text", [
    "Protests spread to the Kurla neighbourhood after the storm, officials said.\n",  # a kind of place after it
    "Floods hit Thane, Kurla and Pune after the storm.\n"])  # a list beside places
def test_a_far_alternate_name_the_words_around_tell_a_place_is_a_place_of_its_own_words(tmp_path, text):
    assert ("Kurla", "kurla") in place_mentions(text, tmp_path)
