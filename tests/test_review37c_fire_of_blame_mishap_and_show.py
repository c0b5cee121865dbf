"""Shooting told by a noun of fire (events37), reviewed: a force "under fire" in parliament, in an editorial or on
social media, a fire brigade under fire from residents, a house set on fire by lightning or fireworks, cannon fire of
a salute and firing at a range or a championship tell no attack; armed men under fire in a town, in the parliament
building, and a mosque set on fire by men who opened fire still do.
"""

from __future__ import annotations

import pytest

from .test_extraction import typed


@pytest.mark.parametrize("text", [
    "The army came under fire in parliament.",
    "The army chief came under fire in a newspaper editorial.",
    "The navy came under fire in Congress over the contract.",
    "We have come under fire on social media.",
    "The ship's owners came under fire in court.",
    "The peacekeepers came under fire from the UN's own auditors.",
    "We came under fire from the tabloids last week.",
    "The fire brigade came under fire from residents for arriving late.",
    "Lightning set the house on fire.",
    "Fireworks set the church on fire during the festival.",
    "A 21-gun salute of cannon fire marked the queen's birthday.",
    "The rifle fire echoed across the range during the club's championship.",
    "Firing resumed after lunch at the range."])
def test_fire_of_blame_mishap_or_show_is_no_attack(claims_of, text):
    assert not typed(claims_of(text + "\n", date="2000-01-01"), "Attack"), text


@pytest.mark.parametrize("text", [
    "Troops came under fire in the parliament building.",
    "The convoy came under fire in Kandahar province.",
    "Our patrol came under fire in the market.",
    "Gunmen opened fire and set the mosque on fire.",
    "Rioters set the police station on fire.",
    "Artillery fire hit the village during the ceasefire talks."])
def test_armed_men_fired_at_and_buildings_burnt_still_attack(claims_of, text):
    assert typed(claims_of(text + "\n", date="2000-01-01"), "Attack"), text
