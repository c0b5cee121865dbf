"""Killings and attacks a first-hand account tells in its own words (events34), and an act still to come kept apart
from acts done: "two guards were hacked to death", "they came at us with axes", "they killed two of our men", "two
of us were dead"; a dated threat ("will be executed on 1 July") is not the undated killing told as done. With the
near-misses of other kinds of text each rule must not fire on.
"""

from __future__ import annotations

import pytest

from .test_extraction import typed


@pytest.mark.parametrize("text", [
    "At the ford two ferrymen were hacked to death by the raiders.",
    "A mob beat headman Tomas Ruiz to death.",
    "They killed three of our men and burned the hut.",
    "They killed two of us at the well.",
    "By evening two of us were dead.",
    "He was stabbed to death outside the barracks."])
def test_a_death_by_blows_or_the_tellers_own_dead_is_a_killing(claims_of, text):
    assert typed(claims_of(text + "\n", date="2001-01-01"), "Killing"), text


@pytest.mark.parametrize("text", [
    "Before dawn the militiamen came at us with machetes.",
    "A crowd came at the two guards with iron bars and clubs."])
def test_coming_at_someone_with_a_weapon_is_an_attack(claims_of, text):
    assert typed(claims_of(text + "\n", date="2001-01-01"), "Attack"), text


@pytest.mark.parametrize("text", [
    "The topic has been beaten to death by pundits all week.",
    "We have beaten this question to death in class.",
    "Fans were bored to death by the goalless draw.",
    "POLICE BEAT TEMPERATURES TO DEATH IN HEATWAVE HEADLINE",
    "The idea was stabbed to death in the boardroom.",
    "Two of us died laughing at the comedian's jokes.",
    "The recession killed two of our biggest deals.",
    "The storm killed two of our cattle and flattened the barn.",
    "At the quiz night the champions killed two of us in the first round.",
    "Two of us were dead certain the market would rise.",
    "By noon Anna Berg was dead tired of the questions."])
def test_a_figure_of_speech_or_a_thing_killed_is_no_killing(claims_of, text):
    assert not typed(claims_of(text + "\n", date="2001-01-01"), "Killing"), text


@pytest.mark.parametrize("text", [
    "The striker came at the defence with pace and flair.",
    "Rain came at dusk with strong winds across the coast.",
    "Children came at me with snowballs in the park.",
    "The museum shows how knights came at each other with swords in tournaments."])
def test_coming_at_without_a_weapon_or_in_a_bout_is_no_attack(claims_of, text):
    assert not typed(claims_of(text + "\n", date="2001-01-01"), "Attack"), text


def test_a_dated_act_to_come_is_not_an_undated_act_done(claims_of):
    claims = claims_of("The kidnappers say the hostages will be executed on 9 June.\n"
                       "Earlier two drivers were executed.\n", date="2001-01-01")
    assert len(typed(claims, "Killing")) == 2
