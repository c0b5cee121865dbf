"""Events the graph never found in the developed texts of session 36 (events36), told in shapes that recur across
conflicts, with invented sentences: armed men who "fired" with no object named (a patrol that "fired first",
soldiers who "fired when asked to disarm"), and a toll of dead told with no verb (a note's "100 JNA dead", "Of the
44 dead"), not a figure a side gives ("counted 1,383 dead"); and the sentences of other kinds each rule must leave
alone.
"""

from __future__ import annotations

import pytest

from .test_extraction import typed


@pytest.mark.parametrize("text", [
    "The border patrol had crossed the river and fired first.",
    "Government troops fired when the crowd refused to disperse.",
    "The militiamen fired from the roof of the school.",
    "A sniper fired at the convoy near Kadugli; no one was hurt."])
def test_armed_men_who_fired_with_no_object_attack(claims_of, text):
    assert typed(claims_of(text + "\n", date="2000-01-01"), "Attack"), text


@pytest.mark.parametrize("text", [
    "Police fired tear gas at the crowd.",
    "The company fired 200 workers last year.",
    "The board fired first and asked questions later.",  # no armed subject
    "The honour guard of soldiers fired, and the band played the anthem.",  # a salute
    "Troops fired at dawn to salute the king on 3 May 1999.",
    "The army fired its chief of staff, and the navy promoted two admirals.",  # dismissed
    "The engine fired first time on a cold morning.",
    "Our striker fired from 30 yards, and the keeper saved."])
def test_a_dismissal_a_salute_a_shot_at_goal_or_an_engine_that_fired_is_no_attack(claims_of, text):
    assert not typed(claims_of(text + "\n", date="2000-01-01"), "Attack"), text


@pytest.mark.parametrize("text", [
    "Rebels shelled the town at night. Radio says 40 UPDF dead.",
    "The column was ambushed near Gulu. First reports said twelve soldiers dead; now nine.",
    "The rebels attacked the garrison. Of the 35 dead, most were recruits.",
    "Gunmen raided the village at dawn. Five villagers dead, eleven hurt."])
def test_a_toll_told_with_no_verb_is_a_killing(claims_of, text):
    assert typed(claims_of(text + "\n", date="2000-01-01"), "Killing"), text


@pytest.mark.parametrize("text", [
    "Two dead batteries were found in the drawer.",
    "We worked in the dead of night.",
    "Of the 200 trees planted last spring, 30 dead.",  # no act told in its paragraph
    "Three dead, two injured in Texas tornado.",
    "The 1990 dead zone in the gulf grew again.",
    "Final score: Rovers 3, City 2, with ten minutes dead.",
    "The market rallied on Monday. Analysts called 40 stocks dead money.",
    "The battery in the remote is dead.",
    # a figure a side gives of a war told elsewhere, no happening of its own
    "The fighting ended in November. The ministry counted 1,383 dead and 1,696 missing.",
    "The war ended in 1988. Estimates range from about 7,500 dead to twice that."])
def test_a_thing_a_figure_or_a_toll_of_no_act_that_is_dead_is_no_killing(claims_of, text):
    assert not typed(claims_of(text + "\n", date="2000-01-01"), "Killing"), text
