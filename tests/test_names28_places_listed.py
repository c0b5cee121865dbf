"""A town whose name is also a person's or a word (a pack's context name) is the town where a word a place follows
opens the list that holds it (`recognise.wordnames`): "had taken San Cristobal, Ocosingo and Altamirano" tells every
name of the list taken, not the first only; a list after a preposition of motion may be of persons and tells none."""

from __future__ import annotations

import pytest

from .test_extraction import typed


@pytest.mark.parametrize("text, town", [
    ("In January the rebels seized Menaka, Tessalit and Aguelhok.", "aguelhok"),
    ("Serb forces overran Drnis, Obrovac and Knin within days.", "knin"),
    ("The militia occupied Kasindi, Mutwanga and Beni last year.", "beni")])
def test_a_towns_name_late_in_a_list_after_a_verb_of_taking_is_the_town(claims_of, text, town):
    assert town in typed(claims_of(text, date="2015-03-01"), "Place")


@pytest.mark.parametrize("text, name", [
    ("The envoy wrote to Vance, Owen and Bender about the talks.", "bender"),
    ("A letter from Vance, Owen and Popasna reached the council.", "popasna")])
def test_a_list_after_a_preposition_of_motion_tells_no_town(claims_of, text, name):
    assert name not in typed(claims_of(text, date="1993-03-01"), "Place")
