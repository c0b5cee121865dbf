"""The sentences of review46 where events24's new event words (session 24) made an event of war that is none:
prisoners taken by police, a bus or a film; exercises of banks and gyms; fire returned in words; shots fired at
dawn or at a ceremony; a building blown up in a demolition or a story blown up by the press; teams and payments
advancing; soldiers who fought for their pensions; a barrage across a river.
"""

from __future__ import annotations

import pytest

from .test_extraction import typed


@pytest.mark.parametrize("sentence", [
    "Police took prisoners to court on Monday.",
    "The guards took prisoners to the hospital.",
    "The bus took prisoners from the jail to the courthouse.",
    "Volunteers took prisoners books and letters.",
    "The prison took 300 prisoners from the closed jail.",
    "The warden took prisoners out for exercise.",
    "The film took prisoners of the past on a journey.",
    "Ukraine took back prisoners in an exchange with Russia."])
def test_prisoners_taken_by_no_armed_taker_or_carried_somewhere_are_no_capture(claims_of, sentence):
    assert not typed(claims_of(sentence + "\n"), "Capture"), sentence


@pytest.mark.parametrize("sentence", [
    "Microsoft announced joint exercises with Google.",
    "The hospitals held a joint exercise to prepare for a flu pandemic.",
    "The banks held a combined exercise on cyber security.",
    "A strategic exercise in cost-cutting was launched by the board.",
    "The war exercise book was found in the attic.",
    "Soldiers exercise in the gym every morning.",
    "The army exercises its right to vote.",
    "The troops are in need of exercise.",
    "The soldiers did push-up drills.",
    "Army drills for the parade began.",
    "The exercise, attended by soldiers' families, raised money for charity."])
def test_exercises_of_firms_gyms_and_parades_are_no_military_exercise(claims_of, sentence):
    assert not typed(claims_of(sentence + "\n"), "Exercise"), sentence


@pytest.mark.parametrize("sentence", [
    "Critics return fire at the mayor over the new tax.",
    "The company is expected to return fire with a lawsuit.",
    "The soldiers' wives returned fire at the minister in a letter.",
    "The army returned fire at critics of the budget.",
    "Militants returned fire in the war of words over the ceasefire."])
def test_fire_returned_in_words_by_anyone_is_no_attack(claims_of, sentence):
    assert not typed(claims_of(sentence + "\n"), "Attack"), sentence


@pytest.mark.parametrize("sentence", [
    "Shots were fired at dawn to start the race.",
    "Shots were fired at midnight to welcome the new year.",
    "Shots were fired at random into the air at the wedding.",
    "Several rounds were fired at the range during the police training.",
    "Rounds were fired at the ceremony in honour of the fallen.",
    "Shots were fired at the end of the championship to celebrate."])
def test_shots_fired_at_a_time_a_range_or_a_ceremony_are_no_attack(claims_of, sentence):
    assert not typed(claims_of(sentence + "\n"), "Attack"), sentence


@pytest.mark.parametrize("sentence", [
    "The building was blown up in a controlled demolition.",
    "The old power station was blown up to make way for houses.",
    "The tower was blown up by the demolition company.",
    "The story about the hotel was blown up by the press.",
    "The road was blown up out of proportion.",
    "The station was blown up into a scandal.",
    "The base rate was blown up by inflation."])
def test_a_demolition_or_a_story_blown_up_is_no_attack(claims_of, sentence):
    assert not typed(claims_of(sentence + "\n"), "Attack"), sentence


@pytest.mark.parametrize("sentence", [
    "Army advances into the second round of the NCAA tournament.",
    "The army's football team advanced into the final four.",
    "Armed forces advanced further in the league table.",
    "The soldiers advanced towards a settlement with the ministry.",
    "The army advanced along the route of the parade.",
    "Soldiers advanced through the crowd to reach the stage at the concert.",
    "The marines' advance in the rankings surprised the fans.",
    "The army's advance payment to contractors was late.",
    "The troops' advance on their pay was spent."])
def test_teams_talks_parades_and_payments_advancing_are_no_offensive(claims_of, sentence):
    assert not typed(claims_of(sentence + "\n"), "Offensive"), sentence


@pytest.mark.parametrize("sentence", [
    "The soldiers fought for their pensions in court.",
    "The army fought corruption within its ranks.",
    "The militia fought over the spoils.",
    "The troops fought hard in the final but lost to Navy.",
    "The soldiers fought the urge to sleep.",
    "Army fought back to beat Navy 17-13.",
    "The Red Army fought a long and bloody battle for the city in 1943.",
    "The soldiers who fought at Verdun were honoured in a ceremony on Sunday."])
def test_causes_urges_games_and_a_named_battle_fought_are_no_clash(claims_of, sentence):
    assert not typed(claims_of(sentence + "\n"), "Clash"), sentence


@pytest.mark.parametrize("sentence", [
    "The Thames Barrier is a barrage across the river.",
    "The Cardiff Bay barrage was completed in 1999.",
    "The team unleashed a barrage of shots on goal."])
def test_a_barrage_of_water_or_of_shots_on_goal_is_no_attack(claims_of, sentence):
    assert not typed(claims_of(sentence + "\n"), "Attack"), sentence


def test_our_return_fire_the_noun_still_names_the_reply(claims_of):
    # "return" now needs an armed subject as a verb ("Critics return fire"); after an owner it is the noun of the reply
    assert typed(claims_of("What damage did our return fire do?\n", date="2010-11-24"), "Attack")
