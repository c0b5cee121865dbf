"""Guards of session 34's second reading (review34b) of events34 and dates34: sentences of other kinds of text
(politics, sport, business, science, nature, a game, a programme) on which a new rule over-matched. Each names no
killing, attack or date it was read to tell; with the sentences of war the mends must keep."""

from __future__ import annotations

import pytest

from claimgraph.recognise.dates import RelativeDates
from claimgraph.recognise.nlp import pipeline

from .test_extraction import the_one, typed, values


@pytest.mark.parametrize("text", [
    "In Congress, Republicans beat the bill to death in committee.",
    "Dr Lee said scientists have beaten the hypothesis to death.",
    "Residents said the stray dog was beaten to death.",
    "In Texas, a rattlesnake was beaten to death with a shovel.",
    "Fishermen clubbed the seals to death on the ice.",
    "Pundits Have Beaten The Transfer Saga To Death",
    "By midnight two of us were dead asleep on the sofa.",
    "After the marathon two of us were dead beat.",
    "Two of us nearly died of fright when the bill came.",
    "At paintball they killed two of us in the first minute."])
def test_a_thing_or_an_animal_beaten_a_figure_or_a_game_is_no_killing(claims_of, text):
    assert not typed(claims_of(text + "\n", date="2001-01-01"), "Killing"), text


@pytest.mark.parametrize("text", [
    "The announcement came at a news conference with gun control advocates.",
    "The winner came at the death with a rocket from 25 yards.",
    "His breakthrough came at 30 with the bar exam."])
def test_coming_at_a_time_or_a_place_with_a_weapon_s_word_is_no_attack(claims_of, text):
    assert not typed(claims_of(text + "\n", date="2001-01-01"), "Attack"), text


@pytest.mark.parametrize("text", [
    "Two guards were shot and hacked to death.",
    "Police said he was brutally beaten to death."])
def test_the_passive_subject_beaten_to_death_is_still_a_killing(claims_of, text):
    assert typed(claims_of(text + "\n", date="2001-01-01"), "Killing"), text


def test_a_stated_day_is_not_given_up_for_a_derived_day_in_an_aside(claims_of):
    claims = claims_of("On 5 May 2012 the army, beaten back on 2 March, attacked the garrison.", "2013-01-01")
    assert values(claims, the_one(claims, "Attack"), "startDate") == {"2012-05-05"}


@pytest.mark.parametrize("text", ["3.4 09:30 Panel Discussion: the rebels attacked the base",
                                  "12.5 10:45 Welcome Address: the army shelled the port"])
def test_a_programme_s_label_of_two_words_is_no_speaker(text):
    assert [c.value for c in RelativeDates()(pipeline()(text))] == []
