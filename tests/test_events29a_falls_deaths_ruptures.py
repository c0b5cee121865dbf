"""Acts the setA texts of session 29 told in shapes the pipeline missed (events29a), with invented sentences of
other conflicts: a place the gazetteer does not know that fell on a time in a text of war, a named person's death,
relations broken off told by a noun, and a holder's call to another (a meeting at a distance); and the
near-misses each rule must not fire on.
"""

from __future__ import annotations

import pytest

from .test_extraction import typed


@pytest.mark.parametrize("text", [
    "Serb forces shelled the valley for a month. Zepa, a small enclave, fell on 25 July.",
    "Rebel units pushed south in the offensive. Kalu Tepe fell the next day.",
    "The assault opened on 13 March, and Hill Nine fell two days later.",
    "Government troops advanced on the coast. Ras Moyo fell within days."])
def test_a_place_the_gazetteer_does_not_know_that_fell_on_a_time_is_a_capture(claims_of, text):
    assert typed(claims_of(text + "\n", date="2000-01-01"), "Capture"), text


@pytest.mark.parametrize("text", [
    "Sterling fell on Monday as traders sold.",  # no war told
    "Troops stayed in the barracks. The Dow fell on Monday.",  # "the": no place by name
    "The war went on. Night fell on 3 May over the city.",
    "The war ended in 1975. Easter fell on 30 March that year.",
    "The war ended. General Smith fell in April 1945 from favour.",  # a title: a man
    "The war went on. He fell on 3 May 1916 at Verdun.",  # a man fell in battle
    "The war went on. Zepa fell silent in the night."])  # no time right after the verb
def test_a_price_a_night_a_feast_or_a_man_that_fell_is_no_capture(claims_of, text):
    assert not typed(claims_of(text + "\n", date="2000-01-01"), "Capture"), text


@pytest.mark.parametrize("text", [
    "Sergeant Amadou Diallo, a Malian, died at the gun pit.",
    "Colonel Henri Lacaze killed himself on the night of 2 May.",
    "Within weeks Antonio Dembo had died as well.",
    "By evening we knew that Ahmed Wali, the rebels' second in command, was dead.",
    "Captain Ivo Horvat later died of his wounds."])
def test_a_named_persons_death_is_a_killing(claims_of, text):
    assert typed(claims_of(text + "\n", date="2005-01-01"), "Killing"), text


@pytest.mark.parametrize("text", [
    "Franco died of heart failure in November 1975.",  # no arms: sickness
    "Dr Ana Ruiz died in the attack on the clinic.",  # the attack's dead: the attack is the event
    "Yugoslavia died in 1991.",  # a state known to the gazetteer
    "The Herald died in 1995.",  # "the": a paper
    "Hundreds died in the streets.",  # a count, no name
    "He died in 1975 in Madrid.",  # a pronoun
    "Mr Smith, who died last year, wrote the history."])  # a relative's subject
def test_a_death_of_sickness_an_attacks_dead_a_state_or_a_count_is_no_named_death(claims_of, text):
    assert not typed(claims_of(text + "\n", date="2005-01-01"), "Killing"), text


@pytest.mark.parametrize("text", [
    "The rupture of diplomatic relations between Quito and Lima, announced on Monday, closed the border.",
    "After the severance of diplomatic relations in 1965, trade stopped."])
def test_relations_broken_off_told_by_a_noun_are_a_rupture(claims_of, text):
    assert typed(claims_of(text + "\n", date="2000-01-01"), "Rupture"), text


def test_a_rupture_of_a_pipe_is_none(claims_of):
    assert not typed(claims_of("The rupture of the pipeline flooded the valley.\n", date="2000-01-01"), "Rupture")


@pytest.mark.parametrize("text", [
    "Early that morning President Kagame telephoned President Museveni.",
    "Secretary Albright spoke with President Milosevic yesterday.",
    "Mbeki called both leaders and urged restraint.",
    "Obasanjo called both Kiir and Bashir.",
    "The envoy was on the phone to Asmara and Addis Ababa all night."])
def test_a_call_to_a_holder_is_a_meeting(claims_of, text):
    assert typed(claims_of(text + "\n", date="2000-01-01"), "Meeting"), text


@pytest.mark.parametrize("text", [
    "The minister called President Smith a liar.",
    "The crowd called on President Smith to resign.",
    "The rebels called President Museveni's offer a trick.",
    "Cassinga was the headquarters of PLAN, which they called Moscow.",
    "The general spoke to reporters in Kabul.",
    "He phoned the radio station."])
def test_naming_appealing_or_talking_to_the_press_is_no_call(claims_of, text):
    assert not typed(claims_of(text + "\n", date="2000-01-01"), "Meeting"), text
