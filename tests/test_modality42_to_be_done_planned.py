"""An act whose noun is followed by "to be" and the participle of holding or carrying it out is still to come, told
in the present or in the past (the terms of an accord as its day saw them): "elections were to be held within the
year" (session 42, branch modality42). The words reach the noun past an apposition ("Elections to a new parliament,
the State Duma, are to be held") and the first of two acts joined before them ("a plebiscite and then elections
were to be held"), never past a verb of the past ("The war in Bosnia ended and elections are to be held" plans no
war). Near misses: what is to be lifted or ended (given), a past told ahead of its time ("The war was to be followed
by years of unrest", "The battle was to be fought over three days"), an act undone past a participle after its noun
("A plebiscite promised in 1991 has never been held"), and the plans of sport, business, courts and weather, which
name no act of war.
"""

from __future__ import annotations

import pytest


def _modality_of(extraction_of, text: str, word: str) -> str | None:
    """The modality of the typing claim told by `word`, None if no event is typed by it."""
    typing = next((c for c in extraction_of(text).claims if c.predicate == "type" and c.exact == word), None)
    return typing.modality if typing else None


@pytest.mark.parametrize("text, word", [
    ("A referendum on the new constitution was to be held in March 1995.", "referendum"),
    ("Parliamentary elections, the first since the coup, are to be held in June.", "elections"),
    ("Under the deal, martial law was to be lifted; a referendum on autonomy and then elections were to be held "
     "within the year.", "referendum"),
    ("The peace conference, the third in as many years, is to be convened in Lusaka.", "peace conference"),
    ("The talks between the rebels and the government were to be resumed in Arusha.", "talks"),
    ("The ceasefire was signed in March and elections were to be held in May.", "elections")])
def test_an_act_to_be_held_or_done_is_planned(extraction_of, text, word):
    assert _modality_of(extraction_of, text, word) == "Planned", text


@pytest.mark.parametrize("text, word", [
    ("The war in Bosnia ended and elections are to be held in September.", "war"),
    ("The siege of the port was to be lifted within a week.", "siege"),
    ("The war in Angola was to be followed by decades of unrest.", "war"),
    ("The battle was to be fought over three days in July.", "battle"),
    ("The offensive in the north was to be remembered as the bloodiest of the war.", "offensive"),
    # review s42: a verb's phrase ("signed in March") and a second act joined after it plan no signing
    ("The ceasefire was signed in March and elections were to be held in May.", "signed")])
def test_an_act_ended_a_past_told_ahead_or_one_before_a_verb_is_told(extraction_of, text, word):
    assert _modality_of(extraction_of, text, word) == "Asserted", text


@pytest.mark.parametrize("text, word", [
    ("A plebiscite on independence promised in 1991 has never been held.", "plebiscite"),
    ("Elections on the island announced in May have never been held.", "Elections")])
def test_a_participle_after_the_noun_still_lets_its_undoing_reach_it(extraction_of, text, word):
    assert _modality_of(extraction_of, text, word) == "Denied", text


@pytest.mark.parametrize("text", [
    "The match was to be played on Saturday, but the pitch froze.",
    "The merger of the two banks was to be completed by June, the company said.",
    "The verdict in the fraud trial is to be delivered on Friday.",
    "Heavy rain is to be expected across the north this weekend.",
    "The final, the first in Cardiff since 1999, is to be played on Sunday."])
def test_the_plans_of_sport_business_courts_and_weather_plan_no_act_of_war(extraction_of, text):
    assert not [c for c in extraction_of(text).claims if c.predicate == "type" and c.modality == "Planned"], text
