""""destroyed" read as an attack (events38) where it tells none, with invented sentences (s38 review c): a craft shot
down and then told destroyed in the passive is the shootdown's end, one attack, not two; a crash, an eruption, a cull,
an eradication of crops, an amnesty's guns destroyed and a match won are no attack, nor a named hulk sunk in weapons
tests or as a reef (the prefix rule, "sank HMS Ardent"). And the passive told with armed men as its agent ("destroyed by
government troops"), the twin of "Government troops destroyed", is one.
"""

from __future__ import annotations

import pytest

from .test_extraction import typed


@pytest.mark.parametrize("text", [
    "On 3 July 1988 the cruiser Vincennes shot down an Iranian airliner over the Gulf. The plane was destroyed by two "
    "surface-to-air missiles.",
    "Soviet fighters shot down the airliner on 1 September 1983. It was destroyed by a missile.",
    "On 1 September 1983 a Soviet interceptor shot down the airliner. The Boeing 747 was destroyed in the air by two "
    "missiles.",
    "Iraqi gunners shot down a British Tornado on 17 January 1991. The aircraft was destroyed, and both crew were "
    "captured.",
    "On 3 July 1988 the USS Vincennes shot down Iran Air Flight 655 over the Strait of Hormuz. All 290 people on board "
    "died. The aircraft was destroyed by two missiles."])
def test_a_craft_shot_down_then_told_destroyed_is_one_attack(claims_of, text):
    assert len(typed(claims_of(text + "\n", date="2000-01-01"), "Attack")) == 1, text


@pytest.mark.parametrize("text", [
    "Rebels shot down a helicopter on Monday. On Tuesday the bridge was destroyed by artillery.",
    "Rebels shot down a helicopter on Monday. Four planes were destroyed on the ground at the airfield."])
def test_another_thing_destroyed_after_a_shootdown_is_another_attack(claims_of, text):
    assert len(typed(claims_of(text + "\n", date="2000-01-01"), "Attack")) == 2, text


@pytest.mark.parametrize("text", [
    "The village was destroyed by government troops in March 1994.",
    "Two government tanks were destroyed by rebel fighters."])
def test_a_thing_destroyed_by_armed_men_in_the_passive_is_an_attack(claims_of, text):
    assert typed(claims_of(text + "\n", date="2000-01-01"), "Attack"), text


@pytest.mark.parametrize("text", [
    # a crash, an eruption
    "The jet crashed and was destroyed.",
    "Three planes were destroyed when the volcano erupted.",
    # a cull, an eradication, a disarmament, a bomb disposal
    "Troops destroyed 5,000 infected birds on the farm.",
    "Soldiers destroyed the coca crops as part of the eradication programme.",
    "The army destroyed 3,000 guns handed in under the amnesty.",
    "Troops of the disposal unit destroyed the old shell on the beach.",
    # sport
    "The Army XV destroyed the Navy in the final at Twickenham.",
    "Navy destroyed Army in the game on Saturday."])
def test_a_crash_a_cull_an_amnesty_or_a_match_destroys_in_no_attack(claims_of, text):
    assert not typed(claims_of(text + "\n", date="2000-01-01"), "Attack"), text


@pytest.mark.parametrize("text", [
    "Weapons tests sank the USS America in 2005.",
    "The old ship was stripped and the navy sank HMCS Saskatchewan as an artificial reef."])
def test_a_named_hulk_sunk_in_tests_or_for_a_reef_is_no_attack(claims_of, text):
    assert not typed(claims_of(text + "\n", date="2000-01-01"), "Attack"), text
