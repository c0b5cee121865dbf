"""Shootings told by "shot" said of people, whoever shot (events35): a first-hand account or a report tells them with no
armed word before the verb (the lexicon's "shot" is read only after armed men); the near-misses in other kinds of
text (film, sport, pictures, prices, a look) that must name no event; and a bill killed, a proposal shot down, a
budget attacked: figures of words, law or markets, no killing nor attack.
"""

from __future__ import annotations

import pytest

from .test_extraction import typed


@pytest.mark.parametrize("text", [
    "The paratroopers landed at noon. They shot everyone who ran.",
    "Then the men came back and shot them behind the school.",
    "The ambassador was shot on 4 March 1990 outside his house.",
    "Gunmen stopped the bus, and the driver was reportedly shot.",
    "That night they shot Major Okafor at the checkpoint."])
def test_shot_said_of_people_is_an_attack(claims_of, text):
    assert typed(claims_of(text + "\n", date="2000-01-01"), "Attack"), text


def test_shot_dead_is_a_killing(claims_of):
    claims = claims_of("Border guards crossed the river and shot dead three fishermen.\n", date="2000-01-01")
    assert typed(claims, "Killing")


@pytest.mark.parametrize("text", [
    "Coppola shot The Godfather in New York in 1971.",
    "The photographer shot the models on the beach at dawn.",
    "She shot him a look across the table.",
    "I shot you a message last night.",
    "Prices shot up after the harvest failed.",
    "The striker shot past the keeper in the 89th minute.",
    "He shot to fame after the 1998 World Cup.",
    "The hunters shot two deer and a boar in the forest.",
    "Annie Leibovitz shot the Queen for the magazine cover.",
    "The episode was shot in Belfast over three weeks.",
    "Messi was shot by the club photographer before the match.",
    "His hopes were shot after the injury.",
    "The boys shot hoops until dark.",
    "Farmers shot crows that raided the fields."])
def test_shot_of_a_film_a_ball_a_look_or_game_is_no_event(claims_of, text):
    claims = claims_of(text + "\n", date="2000-01-01")
    assert not typed(claims, "Attack") and not typed(claims, "Killing"), text


@pytest.mark.parametrize("text", [
    "The bill was killed in committee on Tuesday.",
    "The minister shot down the proposal at the cabinet.",
    "Shares were shot down by the news from Frankfurt.",
    "The senate attacked the budget on Monday.",
    "The company shot down rumours of a merger."])
def test_a_bill_killed_a_proposal_shot_down_or_a_budget_attacked_is_no_event(claims_of, text):
    claims = claims_of(text + "\n", date="2000-01-01")
    assert not typed(claims, "Attack") and not typed(claims, "Killing"), text


@pytest.mark.parametrize("text", [
    "Rebels shot down a helicopter near Goma on 3 May.",
    "Two guards were killed at the gate on 3 May.",
    "Militiamen attacked the police post at dawn."])
def test_a_craft_shot_down_guards_killed_or_a_post_attacked_are_events(claims_of, text):
    assert typed(claims_of(text + "\n", date="2000-01-01"), "Event"), text
