"""Session 35's second reading: sentences of other kinds of text that the round's rules misread. "shot" after a
determiner or a possessive is the noun, and a pronoun shot somewhere is a figure of sport or talk
(`recognise.melee.shot_people`); "Hills" is a surname as often as a place's name, so it makes no place of a name."""

from __future__ import annotations

import pytest

from .test_extraction import typed
from .test_review35c_review_guards import _harm


@pytest.mark.parametrize("text", [
    "Her late goal shot them to the top of the table.",
    "She shot him down when he asked her out.",
    "His shot hit the teacher standing behind the goal.",
    "Kane's header shot them into the lead before half-time."])
def test_a_shot_noun_or_a_pronoun_shot_somewhere_is_no_attack(claims_of, text):
    assert not _harm(claims_of(text + "\n", date="2000-01-01")), text


@pytest.mark.parametrize("text", [
    "The soldiers shot them in the village square.",
    "Gunmen shot him to death outside the mosque."])
def test_people_shot_where_they_stood_or_to_death_are_still_harmed(claims_of, text):
    assert _harm(claims_of(text + "\n", date="2000-01-01")), text


@pytest.mark.parametrize("text", [
    "Carla Hills, the trade representative, met the minister in Tokyo.",
    "Senator Tom Hills voted against the bill."])
def test_a_surname_hills_is_no_place(claims_of, text):
    claims = claims_of(text + "\n", date="1990-01-01")
    assert not typed(claims, "Region") & {"carla-hills", "tom-hills"}, text
