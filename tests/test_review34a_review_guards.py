"""Session 34's review of places34 (`recognise.alternates`) and names34 (owners, task forces): sentences of other
kinds of text on which the new rules lost a right reading or claimed what the sentence does not tell."""

from __future__ import annotations

import pytest

from .conftest import place_mentions
from .test_names import found
from .test_names34_operations_and_owners import persons


@pytest.mark.parametrize("text, right", [
    ("KIEV (Reuters) - Ukraine's central bank raised its key rate on Thursday.\n", "kyiv"),
    ("BOMBAY, India, Nov 27 (Reuters) - Gunmen attacked two hotels.\n", "mumbai"),
    ("MACEDONIA NAME DEAL SIGNED\nAthens and Skopje signed the accord at Lake Prespa.\n", "north-macedonia"),
    ("RANGOON PROTESTS GROW\nBurmese monks marched for a fifth day.\n", "yangon"),
])
def test_a_datelines_city_a_states_name_or_a_place_of_a_country_told_stands_in_capitals(tmp_path, text, right):
    assert right in {entity for _, entity in place_mentions(text, tmp_path, classes=("Settlement", "State"))}


@pytest.mark.parametrize("text, right", [
    ("South Vietnam's capital, Saigon, fell in 1975.\n", "ho-chi-minh-city"),
    ("Hitler demanded the return of Danzig and a road across the Polish Corridor.\n", "gdansk"),
])
def test_an_old_name_stands_where_the_source_writes_its_country_inside_another_name(tmp_path, text, right):
    assert right in {entity for _, entity in place_mentions(text, tmp_path)}


@pytest.mark.parametrize("text", [
    "She joined Goldman Sachs and her salary doubled within a year.",
    "Greenpeace said the Rainbow Warrior and her crew were seized at sea.",
])
def test_guard_no_person_of_a_firm_a_verb_takes_nor_of_a_ship(recognisers, text):
    assert not persons(recognisers, text), text


@pytest.mark.parametrize("text", [
    "A Task Force Director Mark Dean told reporters the plan was ready.",
    "The mayor named the Task Force Report a success.",
])
def test_guard_a_role_or_a_report_after_a_task_force_is_no_part_of_its_name(recognisers, text):
    named = found(recognisers, text)
    assert not [words for words in named if words.startswith("Task Force ")], named
