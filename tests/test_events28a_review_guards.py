"""Guards of the review of events28a (session 28): tolls of dead and vessels sunk that name no act of war.

A death of hunger, sickness or mishap is no killing, nor is a year a count of dead (`recognise.deaths`); the sea
sinks ships, a day after "sank" names no vessel, and "the sinking of the ferry" with no warship nor weapon in its
sentence, nor a hulk sunk in a drill, is no attack (`recognise.sinkings`). Each sentence was read as an event on the merged branch.
"""

from __future__ import annotations

import pytest

from .test_extraction import typed


@pytest.mark.parametrize("text", [
    "Seven prisoners died of starvation in the camp.",
    "Four conscripts died of heat stroke during training.",
    "Twelve villagers died when the bridge collapsed.",
    "In 1945 many soldiers died."])
def test_deaths_of_no_arms_or_counted_by_a_year_are_no_killing(claims_of, text):
    assert not typed(claims_of(text + "\n", date="1999-12-01"), "Killing"), text


@pytest.mark.parametrize("text", [
    "Three soldiers died of their wounds.",
    "In 1994, 40 soldiers died."])
def test_a_toll_of_wounds_or_after_a_year_stays_a_killing(claims_of, text):
    assert typed(claims_of(text + "\n", date="1999-12-01"), "Killing"), text


@pytest.mark.parametrize("text", [
    "The submarine sank Tuesday after a fire broke out in its engine room.",
    "The damaged destroyer sank Saturday morning.",
    "A typhoon sank three fishing boats near the harbour.",
    "Heavy seas sank the old trawler within an hour.",
    "The sinking of the ferry Sewol in 2014 drowned 304 passengers.",
    "The navy sank the old ship as a target during an exercise."])
def test_a_vessel_lost_at_sea_is_no_attack(claims_of, text):
    assert not typed(claims_of(text + "\n", date="1999-12-01"), "Attack"), text


@pytest.mark.parametrize("text", [
    "The sinking of the transport by a German submarine cost 900 lives.",
    "Pirates sank a fishing boat and seized its crew.",
    "Near the reef, the frigates sank two transports."])
def test_a_vessel_sunk_by_arms_stays_an_attack(claims_of, text):
    assert typed(claims_of(text + "\n", date="1999-12-01"), "Attack"), text
