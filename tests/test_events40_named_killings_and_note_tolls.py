"""Killings the graph never found in the developed texts of session 40 (events40), told in shapes that recur across
conflicts, with invented sentences: armed men or killers who "killed" one person named or by office ("agents killed
Ahmed Bouchiki", "the mutineers killed their commandant"), and a note's toll of the armed or the displaced ("26
attackers killed", "dozens of IDPs dead"); and the sentences of other kinds each rule must leave alone (a bill, a
game, a story, a plan, time killed; a storm's, a game's or a market's count).
"""

from __future__ import annotations

import pytest

from .test_extraction import typed


@pytest.mark.parametrize("text", [
    "In Beirut on 3 March 1984 agents killed Hassan Daoud Karim, a shopkeeper taken for a courier.",
    "Government troops killed Commander Ali Musa near Kismayo.",
    "On 5 March gunmen killed Father Michael Kelly outside his church.",
    "Maoist guerrillas killed the village headman, the police said.",
    "Within hours the mutineers killed their commandant."])
def test_armed_men_who_killed_one_person_by_name_or_office_kill(claims_of, text):
    assert typed(claims_of(text + "\n", date="2000-01-01"), "Killing"), text


@pytest.mark.parametrize("text", [
    "The committee killed the mayor's plan on Tuesday.",
    "The Senate killed Governor Reed's health bill.",
    "The soldiers killed time in the trenches playing cards.",
    "The virus killed John Smith, a retired teacher, in March.",
    "The board killed Project Phoenix last year.",
    "The editor killed the story about the general.",
    "In the final round, the champion killed Jones with a left hook.",
    "Our gang of friends killed the afternoon at the beach.",
    "Rebels killed the engine and waited for dawn."])
def test_a_bill_a_plan_a_story_or_time_killed_is_no_killing(claims_of, text):
    assert not typed(claims_of(text + "\n", date="2000-01-01"), "Killing"), text


@pytest.mark.parametrize("text", [
    "Rebels overran the police post at dawn. 26 attackers killed, 3 police wounded.",
    "Log, 14 May: a mob forced its way into the camp at Kalma; dozens of IDPs dead.",
    "Notes from the border: 2 Danish journalists killed near the crossing at Tal Abyad."])
def test_a_notes_toll_of_killed_is_a_killing(claims_of, text):
    assert typed(claims_of(text + "\n", date="2000-01-01"), "Killing"), text


@pytest.mark.parametrize("text", [
    "The frost killed 30 of the 200 seedlings. 25 killed outright, the rest wilted.",
    "The storm hit the coast overnight. 12 killed in Texas tornado.",
    "Game recap: the team won 3-1. Smith had 25 killed, 10 assists.",
    "The market crashed on Monday. 40 stocks killed, analysts say.",
    "The rivals attacked the proposal in parliament. 25 amendments killed, 3 passed.",
    "The board attacked the merger plan. Twelve journalists dead set against it walked out."])
def test_a_count_killed_of_a_storm_a_game_a_market_or_a_bill_is_no_killing(claims_of, text):
    assert not typed(claims_of(text + "\n", date="2000-01-01"), "Killing"), text
