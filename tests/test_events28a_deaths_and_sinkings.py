"""Events that a toll of dead or a vessel sunk tells (events28a, session 28).

A count of people that died, are dead or were "killed" with no auxiliary is a happening of its own where no event word
of its sentence owns the dead (`recognise.deaths`); a verb of sinking names an attack when it sinks a vessel, or a
name with a warship or a weapon as its subject (`recognise.sinkings`).
"""

from __future__ import annotations

import pytest

from .test_extraction import typed


@pytest.mark.parametrize("text", [
    "Thirty-two Kenyan soldiers died.",
    "According to the army, six policemen and more than 40 members of the militia have died.",
    "The patrol boat hit a mine near the island and the four sailors on board are dead.",
    "Human rights groups counted 212 civilians killed by the end of 1992.",
    "At least one man died."])
def test_a_counted_toll_of_dead_is_a_killing(claims_of, text):
    assert typed(claims_of(text + "\n", date="1999-12-01"), "Killing"), text


@pytest.mark.parametrize("text", [
    "Five people died in a bus crash near the capital.",
    "Both men died in the 1980s.",
    "Two of the founders died in 1975.",
    "Estimates range from 1,650 to more than 3,000, and the number of civilians killed was higher.",
    "About 300 soldiers died on both sides."])
def test_deaths_of_no_counted_people_or_of_a_disaster_are_no_killing(claims_of, text):
    assert not typed(claims_of(text + "\n", date="1999-12-01"), "Killing"), text


def test_a_toll_in_the_sentence_of_its_event_stays_that_events(claims_of):
    claims = claims_of("At least 40 civilians died in the shelling of the town.\n", date="1999-12-01")
    assert typed(claims, "Attack") and not typed(claims, "Killing")


@pytest.mark.parametrize("text", [
    "Argentine aircraft sank the supply ship Atlantic Conveyor in May 1982.",
    "Within minutes the destroyers had sunk PT-109.",
    "Egypt responded by sinking some forty ships to block the canal.",
    "In 1982 a British submarine sank the cruiser General Belgrano."])
def test_a_vessel_sunk_is_an_attack(claims_of, text):
    assert typed(claims_of(text + "\n", date="1999-12-01"), "Attack"), text


@pytest.mark.parametrize("text", [
    "The ferry sank off the coast in a storm.",
    "The frigate sank the next day.",
    "His hopes sank as the vote came in.",
    "Investors left like rats leaving a sinking ship.",
    "The old freighter had sunk in shallow water."])
def test_a_verb_of_sinking_that_sinks_nothing_is_no_attack(claims_of, text):
    assert not typed(claims_of(text + "\n", date="1999-12-01"), "Attack"), text


@pytest.mark.parametrize("text", [
    "Some 500,000 people died.",
    "Thousands of soldiers died.",
    "The ministry said 255 servicemen had died in the campaign."])
def test_a_toll_that_sums_up_a_war_is_no_killing(claims_of, text):
    assert not typed(claims_of(text + "\n", date="1999-12-01"), "Killing"), text
