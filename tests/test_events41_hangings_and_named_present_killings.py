"""Killings of named people the graph never found in the developed texts of session 41 (events41), told in shapes
that recur across conflicts, with invented sentences: a person "hanged" (put to death by the rope, as "executed"),
and one or two people named who "is killed" / "are killed" in a list or an account told in the present; and the
sentences of other kinds each rule must leave alone (a picture or a flag hanged, a likeness hanged in effigy, an
oath; a story's, a film's or a game's present, a team, a habit, a headline, a figure of sport or business).
"""

from __future__ import annotations

import pytest

from .test_extraction import typed


@pytest.mark.parametrize("text", [
    "Kimathi was tried at Nyeri and hanged in February 1957.",
    "The military regime hanged Ken Saro-Wiwa and eight others in 1995.",
    "Twelve deserters were hanged in the square at Kabul.",
    "The Taliban hanged two men accused of spying near Kandahar."])
def test_a_person_hanged_is_killed(claims_of, text):
    assert typed(claims_of(text + "\n", date="2000-01-01"), "Killing"), text


@pytest.mark.parametrize("text", [
    "The crowd hanged the dictator in effigy outside the embassy.",
    "Her paintings were hanged at the Royal Academy in 1990.",
    "Flags were hanged from every balcony for the festival.",
    "The star striker hanged his head after the penalty miss.",
    "Well, I'll be hanged if I know.",
    "The company hanged its hopes on the new phone."])
def test_a_picture_a_flag_a_likeness_or_an_oath_hanged_is_no_killing(claims_of, text):
    assert not typed(claims_of(text + "\n", date="2000-01-01"), "Killing"), text


@pytest.mark.parametrize("text", [
    "- Bishop Juan Gerardi and his driver Pedro Mendez are killed; two priests are taken to the barracks.",
    "- Commander Ahmad Shah Massoud is killed at his base in the Panjshir valley.",
    "Then the convoy turns north, the shooting starts, and Sergeant Tom Walsh is killed."])
def test_one_or_two_people_named_killed_in_the_present_are_killed(claims_of, text):
    assert typed(claims_of(text + "\n", date="2000-01-01"), "Killing"), text


@pytest.mark.parametrize("text", [
    "In the film, James Bond is killed by a sniper.",
    "In the final episode, Jon Snow is killed by his own men.",
    "Every year John Smith is killed in the school play.",
    "Real Madrid are killed off by a late goal from Messi.",
    "On the pitch, Manchester United are killed on the counter.",
    "In the remake, John McClane is killed in the last reel.",
    "Two guards are killed in the first minutes.",
    "Two Guards Are Killed In Ambush",
    "Lewis Hamilton is killed by a slow pit stop in Monaco.",  # a figure of sport, business or markets
    "Apple Inc is killed by the new tax rules, analysts say.",
    "- Windows Vista is killed off by Microsoft."])
def test_a_story_a_film_a_team_or_a_habit_in_the_present_is_no_killing(claims_of, text):
    assert not typed(claims_of(text + "\n", date="2000-01-01"), "Killing"), text
