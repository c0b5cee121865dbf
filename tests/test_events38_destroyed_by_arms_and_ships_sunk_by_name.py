"""Attacks the rules did not read (events38), with invented sentences of several conflicts and kinds of text: a thing
destroyed by armed men ("militiamen destroyed three villages") or a war craft destroyed, told in the passive ("most of
the air force's planes were destroyed on the ground"), and a ship sunk that a navy's prefix names ("sank HMS
Coventry"); and the sentences of other kinds each rule must leave alone (a team destroyed, a storm's or a fire's
damage, papers or evidence destroyed, a hulk sunk in a drill, hopes that sank).
"""

from __future__ import annotations

import pytest

from .test_extraction import typed


@pytest.mark.parametrize("text", [
    "From 30 June the militia's fighters destroyed the shrines of the old town.",
    "Government troops destroyed the rebel camp near Kisangani on 4 May.",
    "Militiamen destroyed three villages along the river in March 1994.",
    "Rebel gunmen destroyed the bridge at Kakata before retreating.",
    "In a few hours most of the air force's planes were destroyed on the ground.",
    "Four helicopters had been destroyed at the airfield by dawn.",
    "Two enemy frigates were destroyed off the cape on 12 June."])
def test_a_thing_destroyed_by_armed_men_or_a_war_craft_destroyed_is_an_attack(claims_of, text):
    assert typed(claims_of(text + "\n", date="2000-01-01"), "Attack"), text


@pytest.mark.parametrize("text", [
    "Argentine pilots sank HMS Coventry the same day.",
    "That night the enemy sank USS Juneau off Guadalcanal.",
    "The German raider Kormoran sank HMAS Sydney off Western Australia in 1941."])
def test_a_ship_named_after_a_navy_prefix_sunk_is_an_attack(claims_of, text):
    assert typed(claims_of(text + "\n", date="2000-01-01"), "Attack"), text


@pytest.mark.parametrize("text", [
    # sport
    "The Army football team destroyed Navy 42-7 on Saturday.",
    "The Jets were destroyed 40-0 by the Patriots.",
    "The visiting team destroyed the home side in the second half.",
    "The striker's hat-trick destroyed the Army side.",
    # business
    "Investors said the merger destroyed value for shareholders.",
    "Shares of the arms maker were destroyed after the profit warning.",
    "The bankrupt airline's planes were destroyed in a storm last winter.",
    "The aircraft were destroyed under the terms of the arms treaty.",
    # courts
    "The soldiers destroyed the documents before the inspection.",
    "The defendant destroyed evidence, the court heard.",
    "The judge ordered that the seized weapons be destroyed.",
    "The scandal destroyed his career in the army.",
    # weather, fire, mishap, drill
    "The hurricane destroyed homes along the coast.",
    "Two planes were destroyed in the hangar fire on Tuesday.",
    "Several jets were destroyed when the tornado hit the air base.",
    "Two fighter jets were destroyed in a collision over the sea.",
    "The old warship was destroyed as a target in a naval exercise.",
    "The old tanks were scrapped and destroyed in 1995.",
    "Troops crossed the destroyed bridge at dawn.",
    "A typhoon sank HMS Seagull at her moorings in 1923."])
def test_teams_goods_papers_and_things_a_storm_or_fire_destroyed_are_no_attack(claims_of, text):
    assert not typed(claims_of(text + "\n", date="2000-01-01"), "Attack"), text
