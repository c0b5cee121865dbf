"""Guards from the review of events29a (session 29): near-misses its rules read as events, with invented sentences
of other conflicts. A lone word opening its sentence takes its capital from the sentence, so it names no one who died
("Democracy died", "Soldiers died"); an amount, a mood, a munition or a day's name that fell is no place taken; a
holder "called" with a word that names him after the name ("called President Moi corrupt") was named, not called.
"""

from __future__ import annotations

import pytest

from .test_extraction import typed


@pytest.mark.parametrize("text", [
    "Democracy died in Chile in 1973.",
    "Detente was dead by 1979.",
    "Hope died in the trenches of Flanders.",
    "Soldiers died at the front in 1916.",
    "Civilians died in the crossfire."])
def test_a_lone_word_opening_the_sentence_is_no_named_death(claims_of, text):
    assert not typed(claims_of(text + "\n", date="2010-01-01"), "Killing"), text


@pytest.mark.parametrize("text", [
    "Lieutenant Marco Bianchi died at the checkpoint when the convoy was hit.",
    "Private Juma Odhiambo, a Kenyan, died on the ridge."])
def test_a_name_of_two_words_still_tells_a_named_death(claims_of, text):
    assert typed(claims_of(text + "\n", date="2010-01-01"), "Killing"), text


@pytest.mark.parametrize("text", [
    "The offensive stalled. Morale fell within days.",
    "Troops held the line. Casualties fell two weeks later.",
    "The division attacked. Shell fell on 3 June near the bridge.",
    "The war ended in 1918. Armistice Day fell on a Monday that year."])
def test_a_mood_an_amount_a_munition_or_a_day_that_fell_is_no_capture(claims_of, text):
    assert not typed(claims_of(text + "\n", date="2000-01-01"), "Capture"), text


def test_an_unknown_place_that_fell_in_a_siege_is_still_a_capture(claims_of):
    assert typed(claims_of("During the siege, Kibati fell on 4 June.\n", date="2000-01-01"), "Capture")


@pytest.mark.parametrize("text", [
    "They called Colonel Gaddafi mad dog.",
    "The opposition called President Moi corrupt."])
def test_a_holder_called_something_is_no_call(claims_of, text):
    assert not typed(claims_of(text + "\n", date="2000-01-01"), "Meeting"), text


def test_a_holder_phoned_on_a_day_is_still_a_call(claims_of):
    text = "The talks were held after Prime Minister Barak phoned President Assad on Monday.\n"
    assert typed(claims_of(text, date="2000-01-01"), "Meeting")
