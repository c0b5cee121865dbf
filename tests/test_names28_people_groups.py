"""A people named by a demonym and a noun for people who are no organ of a state (`recognise.people_groups`): "Cuban
exiles", "Western diplomats", "Chinese military engineers" are groups of their own, not the state the demonym names;
"officials" and the words for fighters stay the state's. Sentences about other conflicts than the texts it was seen
on."""

from __future__ import annotations

import pytest

from .test_extraction import typed


@pytest.mark.parametrize("text, group, state", [
    ("Armenian refugees crossed into Iran on 3 April.", "armenian-refugees", "armenia"),
    ("On 9 May Haitian exiles landed near Jacmel with rifles.", "haitian-exiles", "haiti"),
    ("Rwandan witnesses said the militia burned the church.", "rwandan-witnesses", "rwanda"),
    ("Soviet military engineers arrived in Luanda in March.", "soviet-military-engineers", "soviet-union"),
    ("ARGENTINE VOLUNTEERS LANDED AT DAWN STOP", "argentine-volunteers", "argentina")])
def test_a_demonym_and_a_noun_for_people_name_a_group_not_the_state(claims_of, text, group, state):
    claims = claims_of(text, date="1980-01-01")
    assert group in typed(claims, "PopulationGroup")
    assert state not in typed(claims, "State")


def test_a_blocs_word_and_a_noun_for_people_name_a_group(claims_of):
    claims = claims_of("Western diplomats in Nairobi said the talks had stalled.", date="1990-01-01")
    assert "western-diplomats" in typed(claims, "PopulationGroup")


@pytest.mark.parametrize("text, state", [
    ("Bolivian officials said the fort had fallen.", "bolivia"),
    ("Iranian advisers took part in the assault on the town.", "iran"),
    ("Pro-Syrian refugees gathered at the crossing.", "syria"),
    ("The Libyan sources of the river were dammed.", "libya")])
def test_officials_a_compound_or_another_noun_leave_the_state(claims_of, text, state):
    """"Bolivian officials" speak for Bolivia, "Iranian advisers" are Iran's men sent to an ally; "Pro-Syrian" names whom they favour; "sources" is no people."""
    claims = claims_of(text, date="1990-01-01")
    assert state in typed(claims, "State")
    assert not typed(claims, "PopulationGroup")
