"""A people's name before a word of its detachments ("a Paraguayan detachment", "Turkish paratroopers", "Eritrean
armoured units") names its state's armed forces, as "Eritrean troops" does: the force acted, not the state at large
(`lang.en.names.FORCE_WORDS`, `recognise.patterns`)."""

from __future__ import annotations

import pytest

from .test_extraction import typed, values


@pytest.mark.parametrize("text, cls, force", [
    ("Eritrean armoured units attacked Zalambessa on 5 June 1998.", "Attack", "eritrean-armed-forces"),
    ("In 1932 a Paraguayan detachment seized the fort.", "Capture", "paraguayan-armed-forces"),
    ("On 20 July 1974 Turkish paratroopers landed in Cyprus.", "Deployment", "turkish-armed-forces")])
def test_a_demonym_before_a_word_of_detachments_names_the_armed_forces(claims_of, text, cls, force):
    claims = claims_of(text, "1999-01-01")
    assert "ArmedForce" in values(claims, force, "type")
    assert any(force in values(claims, e, "hasActor") | values(claims, e, "initiatedBy") for e in typed(claims, cls))


@pytest.mark.parametrize("text, force", [
    ("A Ukrainian aircraft was shot down near Tehran on 8 January 2020.", "ukrainian-armed-forces"),
    ("The North Korean artillery attack on the island killed two marines.", "north-korean-armed-forces")])
def test_an_aircraft_or_artillery_as_a_qualifier_names_no_force(claims_of, text, force):
    """"a Ukrainian aircraft" is as often an airliner, and "artillery" qualifies the noun after it ("artillery attack");
    a state's warplanes and jets are the state's strike (`test_acts_of_force`)."""
    claims = claims_of(text, "2020-01-10")
    assert not values(claims, force, "type")


def test_a_garrison_names_the_force_unless_it_qualifies_a_town(claims_of):
    """"the Ethiopian garrison at Dire Dawa" is the force; "the Pakistani garrison town of Rawalpindi" is a town
    (`test_roles25_review_guards`)."""
    claims = claims_of("Somali aircraft shelled the Ethiopian garrison at Dire Dawa in 1977.", "1977-12-01")
    assert "ArmedForce" in values(claims, "ethiopian-armed-forces", "type")
