"""Munitions that land or fall on a place (events27b): "Rockets fired by Hamas landed in Ashkelon" is an attack on
the place, no deployment of armed men, though "landed" with an armed name before it reads as one for soldiers and
aircraft; and the near-misses where a munition word heads no subject (debris, prices, a vote's round).
"""

from __future__ import annotations

import pytest

from .test_extraction import typed

MUNITIONS_COME_DOWN = [
    "Rockets fired by Hamas landed in Ashkelon on Tuesday.",
    "Two Scud missiles fell on Riyadh in January 1991.",
    "Dozens of shells fell on the town of Jowhar overnight.",
    "Mortar rounds landed in Kabul on Monday, wounding four people."]


@pytest.mark.parametrize("text", MUNITIONS_COME_DOWN)
def test_munitions_coming_down_on_a_place_attack_it(claims_of, text):
    assert typed(claims_of(text + "\n", date="1991-03-01"), "Attack"), text


@pytest.mark.parametrize("text", MUNITIONS_COME_DOWN)
def test_munitions_coming_down_deploy_no_one(claims_of, text):
    assert not typed(claims_of(text + "\n", date="1991-03-01"), "Deployment"), text


@pytest.mark.parametrize("text", [
    "Rocket debris fell in Florida after the launch.",
    "Prices of missiles fell in Russia last year.",
    "Support for the president in the second round fell in Lagos."])
def test_what_no_munition_heads_attacks_nothing(claims_of, text):
    assert not typed(claims_of(text + "\n", date="2020-01-01"), "Attack"), text


def test_aircraft_landing_still_deploy(claims_of):
    assert typed(claims_of("Turkish aircraft landed at Nicosia airport on 20 July 1974.\n", date="1974-08-01"),
                 "Deployment")
