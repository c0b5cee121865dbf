"""Guards of the review of events26a (session 26): sentences of other conflicts where its rules over-matched --
travellers and shells land, a king's speech and a motorcade are met, resistance leaders are met, a mutiny of
politicians or its charges, an airlift of one climber, soldiers pounding on doors -- each with the reading the
rule keeps.
"""

from __future__ import annotations

import pytest

from .test_extraction import typed


@pytest.mark.parametrize("text", [
    "Landing in Kigali on Monday, the envoy said the talks would resume.",
    "His landing at Entebbe was delayed by fog.",
    "After landing at Goma airport, the minister met aid workers.",
    "A mortar round fired by rebels landed near the market on 3 May.",
    "Rebel shells landed on the town on 3 May."])
def test_travellers_and_shells_landing_deploy_no_one(claims_of, text):
    assert not typed(claims_of(text + "\n", date="2010-01-01"), "Deployment"), text


def test_armed_men_landing_after_a_word_of_time_are_deployed(claims_of):
    text = "After landing at Port Said, the paratroopers seized the canal.\n"
    assert typed(claims_of(text, date="2010-01-01"), "Deployment")


@pytest.mark.parametrize("text", [
    "The opposition met the king's speech with silence.",
    "The crowd met the president's motorcade with stones."])
def test_what_a_title_owns_met_is_no_meeting(claims_of, text):
    assert not typed(claims_of(text + "\n", date="2010-01-01"), "Meeting"), text


def test_the_envoy_of_an_owner_met_is_a_meeting(claims_of):
    text = "On 3 June 1999 Ahtisaari met the president's envoy in Belgrade.\n"
    assert typed(claims_of(text, date="2000-01-01"), "Meeting")


def test_resistance_leaders_met_are_no_clash(claims_of):
    claims = claims_of("French paratroopers met Resistance leaders near Grenoble.\n", date="1950-01-01")
    assert not typed(claims, "Clash")


@pytest.mark.parametrize("text", [
    "The mutiny charges against the sailors were dropped on 3 May.",
    "Backbench MPs staged a mutiny over the budget on 3 May."])
def test_a_mutiny_of_politicians_or_its_charges_are_no_coup(claims_of, text):
    assert not typed(claims_of(text + "\n", date="2010-01-01"), "Coup"), text


def test_soldiers_who_mutinied_rose(claims_of):
    text = "Soldiers of the 3rd Battalion mutinied over unpaid wages on 3 May.\n"
    assert typed(claims_of(text, date="2010-01-01"), "Coup")


@pytest.mark.parametrize("text", [
    "A helicopter airlift of a wounded climber from the summit ended on 3 May.",
    "The airlift of the injured hiker to a hospital near his home ended on 3 May."])
def test_an_airlift_of_one_climber_is_no_event(claims_of, text):
    assert not typed(claims_of(text + "\n", date="2010-01-01"), "Deployment"), text


def test_an_airlift_of_the_wounded_is_an_event(claims_of):
    text = "An airlift of the wounded from Srebrenica began on 3 May 1993.\n"
    assert typed(claims_of(text, date="1994-01-01"), "Deployment")


def test_soldiers_pounding_on_doors_attack_no_one(claims_of):
    claims = claims_of("Soldiers pounded on the doors of the village on 3 May.\n", date="2010-01-01")
    assert not typed(claims, "Attack")


def test_a_tower_blown_up_in_a_demolition_is_no_attack(claims_of):
    text = "Contractors blew up the old cooling tower on 3 May in a controlled demolition.\n"
    assert not typed(claims_of(text, date="2010-01-01"), "Attack")
