""""destroyed" and the named-ship sinking (events38, review38c) mended (s38 mend b), with invented sentences: armed men
as the subject of an active "destroyed" attack whatever mishap word stands elsewhere in the sentence ("in breach of the
treaty", "set the barracks on fire"); a craft or post destroyed in the passive and then replaced, dismantled or
retired is no attack, nor an abstract thing destroyed past a possessive ("the rebels' morale"); a ship named by a navy's
prefix is sunk in war only by armed men, a weapon or a war craft ("Poor reviews sank HMS Pinafore" is a show's flop).
"""

from __future__ import annotations

import pytest

from .test_extraction import typed


@pytest.mark.parametrize("text", [
    "The militia destroyed the police station on 3 May 1993, in breach of the treaty.",
    "Fighters destroyed the bridge and set the barracks on fire.",
    "Rebel gunmen destroyed the clinic during the storm."])
def test_armed_men_destroying_attack_whatever_mishap_word_follows(claims_of, text):
    assert typed(claims_of(text + "\n", date="2000-01-01"), "Attack"), text


@pytest.mark.parametrize("text", [
    "The army destroyed 300 old tanks under the treaty.",
    "Troops destroyed 5,000 infected birds on the farm.",
    "The soldiers destroyed the old shell in a drill on the beach."])
def test_a_disarmament_a_cull_or_a_drill_by_troops_is_still_no_attack(claims_of, text):
    assert not typed(claims_of(text + "\n", date="2000-01-01"), "Attack"), text


@pytest.mark.parametrize("text", [
    "The old radar was destroyed and replaced by a new one in 2019.",
    "The bunker was destroyed and dismantled after the base closed.",
    "Soldiers destroyed the rebels' morale.",
    "The general's speech destroyed the army's confidence."])
def test_a_craft_replaced_or_a_mood_past_a_possessive_destroyed_is_no_attack(claims_of, text):
    assert not typed(claims_of(text + "\n", date="2000-01-01"), "Attack"), text


@pytest.mark.parametrize("text", [
    "Poor reviews sank HMS Pinafore in its 1999 revival.",
    "The scandal sank USS Holdings in 2001."])
def test_a_prefixed_name_sunk_by_no_arms_is_no_attack(claims_of, text):
    assert not typed(claims_of(text + "\n", date="2000-01-01"), "Attack"), text


@pytest.mark.parametrize("text", [
    "In a few hours most of the air force's planes were destroyed on the ground.",
    "A German submarine sank HMS Courageous in September 1939.",
    "Argentine aircraft sank HMS Ardent in San Carlos Water."])
def test_war_craft_destroyed_and_prefixed_ships_sunk_by_arms_stay_attacks(claims_of, text):
    assert typed(claims_of(text + "\n", date="2000-01-01"), "Attack"), text
