"""Acts of war that the fresh texts of the reading half (session 24, events24) tell in words the triggers did not
know: ammunition fired ("fired about 170 rounds at"), fire returned. Each on a real sentence of the texts, on one of
another shape, and on sentences of sport, business and politics where the same words name no act of war.
"""

from __future__ import annotations

import pytest

from .test_extraction import typed


def test_ammunition_fired_at_a_place_or_a_target_is_an_attack(claims_of):
    for text in ("At 2:34 p.m. yesterday, North Korean coastal artillery fired about 170 rounds at Yeonpyeong Island "
                 "and the waters around it.",
                 "1 September 1970 - Shots are fired at King Hussein's motorcade in Amman; the king is unhurt.",
                 # another shape: armed men fire bullets, no place named
                 "Soldiers fired hundreds of bullets into the crowd on Sunday."):
        assert typed(claims_of(text + "\n", date="2010-11-24"), "Attack"), text


@pytest.mark.parametrize("sentence", [
    "Woods fired rounds of 68 and 70 to lead the tournament by two shots.",
    "The striker fired three shots at the keeper in the first half.",
    "Twelve shots were fired at goal before half-time.",
    "The board fired two rounds of layoffs at its Berlin office."])
def test_rounds_and_shots_fired_in_sport_or_business_are_no_attack(claims_of, sentence):
    assert not typed(claims_of(sentence + "\n"), "Attack"), sentence


def test_fire_returned_by_armed_men_is_an_attack_of_its_own(claims_of):
    claims = claims_of("On 10 June Eritrean troops opened fire on Djiboutian positions, and the Djiboutian Armed "
                       "Forces returned fire.\n", date="2008-06-12")
    assert len(typed(claims, "Attack")) == 2  # the opening of fire and the reply
    # another shape: the subject alone, a weapon after
    assert typed(claims_of("Our marines returned fire with K-9 self-propelled howitzers at 2:47 p.m.\n"), "Attack")


@pytest.mark.parametrize("sentence", [
    "The senator returned fire at his critics on Tuesday.",
    "Apple returned fire in the patent dispute with a suit of its own.",
    "The coach returned fire after the referee's comments."])
def test_fire_returned_in_words_is_no_attack(claims_of, sentence):
    assert not typed(claims_of(sentence + "\n"), "Attack"), sentence


def test_armed_men_advancing_are_an_offensive(claims_of):
    for text in ("18-19 September - Syrian armoured units, bearing the markings of the Palestine Liberation Army, "
                 "cross into northern Jordan and advance towards Irbid.",
                 # another shape: the subject right before the verb; the noun owned by the troops told before it
                 "In July the Salvadoran army advanced along the main road towards the capital.",
                 "By early 1935 Paraguayan troops had reached the Andean foothills, but their advance stalled before "
                 "Villamontes."):
        assert typed(claims_of(text + "\n", date="1970-09-30"), "Offensive"), text


@pytest.mark.parametrize("sentence", [
    "Shares advanced 2% on Monday as oil prices fell.",
    "The army band advanced along the parade route.",
    "The party's advance in the polls worried the government.",
    "The company advanced into new markets last year.",
    "The troops were paid in advance."])
def test_shares_teams_parties_and_payments_advancing_are_no_offensive(claims_of, sentence):
    assert not typed(claims_of(sentence + "\n"), "Offensive"), sentence


def test_armed_men_who_fought_clashed(claims_of):
    for text in ("It is usually dated from April 1966, when a small group of ZANU guerrillas fought the Rhodesian "
                 "police near Sinoia.",
                 # another shape: a passive-free clause with a time after
                 "Government troops fought rebels for two days outside the town."):
        assert typed(claims_of(text + "\n", date="1979-12-21"), "Clash"), text
    # a fight its own noun names is that one event
    claims = claims_of("Soviet and Chinese troops fought a battle lasting several hours on Saturday for Damansky "
                       "Island.\n", date="1969-03-16")
    assert typed(claims, "Battle") and not typed(claims, "Clash")


@pytest.mark.parametrize("sentence", [
    "The union fought the reform in court for a year.",
    "Nadal fought back from a set down to win the final.",
    "Soldiers fought the blaze for hours before it was put out."])
def test_reforms_matches_and_fires_fought_are_no_clash(claims_of, sentence):
    assert not typed(claims_of(sentence + "\n"), "Clash"), sentence


def test_a_barrage_of_fire_is_an_attack(claims_of):
    for text in ("A second North Korean barrage began at 3:10 p.m., and the exchange ended at about 3:41 p.m.",
                 # another shape: what the barrage is of told
                 "Rebels launched a barrage of rockets on the airport on Friday."):
        assert typed(claims_of(text + "\n", date="2010-11-24"), "Attack"), text


@pytest.mark.parametrize("sentence", [
    "The minister faced a barrage of criticism over the budget.",
    "Reporters fired a barrage of questions at the coach after the match."])
def test_a_barrage_of_words_is_no_attack(claims_of, sentence):
    assert not typed(claims_of(sentence + "\n"), "Attack"), sentence


def test_a_drill_or_exercise_of_armed_forces_is_a_military_exercise(claims_of):
    for text in ("Our marines were carrying out a routine firing drill as part of the Hoguk exercise, and all rounds "
                 "were fired to the southwest, away from the North.",
                 "The Republic of Korea and the United States will hold a combined exercise in the West Sea from "
                 "November 28 to December 1.",
                 # another shape: a plural, qualified, with a place and a date
                 "Russia and Belarus began joint military exercises near the Ukrainian border on 10 February."):
        assert typed(claims_of(text + "\n", date="2010-11-24"), "Exercise"), text


@pytest.mark.parametrize("sentence", [
    "The African Union called on both parties to exercise restraint.",
    "The school held a fire drill on Monday morning.",
    "Yoga is a good exercise for the back.",
    "The exercise of power in the company is shared by the board.",
    "The team ran passing drills before the match."])
def test_restraint_a_fire_drill_and_gym_exercise_are_no_military_exercise(claims_of, sentence):
    assert not typed(claims_of(sentence + "\n"), "Exercise"), sentence


def test_prisoners_taken_by_armed_men_are_a_capture(claims_of):
    for text in ("Djibouti also said that its forces had killed dozens of Eritrean soldiers and taken others prisoner.",
                 # another shape: a count of prisoners after the verb
                 "Indian troops took 300 prisoners in the fighting near the pass."):
        assert typed(claims_of(text + "\n", date="2008-06-12"), "Capture"), text


@pytest.mark.parametrize("sentence", [
    "The Bruins took no prisoners in the third period.",
    "The guard took prisoners' letters home to post them.",
    # a toll's item: the prisoners counted are the losses of the battle told, no capture of their own
    "Chad said that 1,269 Libyan soldiers had died there and 438 had been taken prisoner.",
    "Eighteen British servicemen were killed there, and about 960 Argentine soldiers were taken prisoner."])
def test_no_prisoners_taken_or_a_count_of_prisoners_is_no_capture(claims_of, sentence):
    assert not typed(claims_of(sentence + "\n"), "Capture"), sentence


def test_a_craft_or_building_blown_up_is_an_attack(claims_of):
    for text in ("6 September - Two airliners are hijacked to Dawson's Field; a Pan Am jet is blown up in Cairo.",
                 # another shape: a building, a perfect passive
                 "The bridge over the river had been blown up by the time the column arrived."):
        assert typed(claims_of(text + "\n", date="1970-09-30"), "Attack"), text


@pytest.mark.parametrize("sentence", [
    "The photo was blown up to poster size for the exhibition.",
    "The story was blown up by the tabloid press.",
    "The balloons were blown up for the party."])
def test_a_photo_a_story_or_a_balloon_blown_up_is_no_attack(claims_of, sentence):
    assert not typed(claims_of(sentence + "\n"), "Attack"), sentence
