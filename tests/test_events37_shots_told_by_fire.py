"""Shooting told by a noun of fire (events37), with invented sentences of several conflicts and kinds of text: a party
fired at that "came under fire" or "had taken fire", a weapon's fire ("Mortar fire hit the market"), firing that
"broke out", a building or a vessel "set on fire", people "fired upon"; and the sentences of other kinds each rule
must leave alone (blame from critics, a fuel tank's fire, a manager's firing, a song that set the league on fire, a
dismissal "upon arrival").
"""

from __future__ import annotations

import pytest

from .test_extraction import typed


@pytest.mark.parametrize("text", [
    "A Red Cross convoy came under fire near Kismayo on 3 May.",
    "Government troops came under heavy fire as they approached Goma.",
    "The patrol had taken fire from a ridge above the village.",
    "Our column drew fire from the treeline and halted.",
    "The peacekeepers' positions came under fire overnight.",
    "The monitors' helicopter came under fire near Zugdidi."])
def test_a_party_fired_at_is_attacked(claims_of, text):
    assert typed(claims_of(text + "\n", date="2000-01-01"), "Attack"), text


@pytest.mark.parametrize("text", [
    "Mortar fire rained on the camp at Dadaab overnight.",
    "Artillery fire was heard across the valley all night.",
    "Small-arms fire near the stadium. Two policemen hurt.",
    "Firing broke out at the checkpoint shortly after dawn.",
    "The shooting erupted outside the barracks at noon.",
    "Militiamen looted the shops and set the mosque on fire.",
    "Pirates boarded the tanker and set the ship on fire off Eyl.",
    "Villagers say they were fired upon from the hills.",
    "Tank fire on the hotel killed two cameramen, the agency said.",
    "The ambulance was fired upon near the border crossing."])
def test_weapon_fire_firing_that_broke_out_arson_and_people_fired_upon_attack(claims_of, text):
    assert typed(claims_of(text + "\n", date="2000-01-01"), "Attack"), text


@pytest.mark.parametrize("text", [
    "The minister came under fire from critics over the budget.",
    "The bank came under fire for its lending to coal mines.",
    "The army came under fire from opposition lawmakers over the purge.",
    "The new policy came under heavy fire in the press.",
    "The senator drew fire from both parties for his remarks.",
    "The plan has come under fire from all sides.",
    "The coach came under fire after the cup defeat.",
    "A fuel tank fire closed the motorway for six hours.",
    "The tank fire at the refinery burned for two days.",
    "The artillery fire museum opened a new wing.",
    "The rocket fire hazard was rated low by the inspectors.",
    "The firing of the manager took place on Monday.",
    "The firing of the pots took place in the old kiln.",
    "Shooting broke out on the film set when the camera crew arrived.",
    "His late goal set the stadium on fire.",
    "The band set the charts on fire with their new album.",
    "She was fired upon arrival at the office.",
    "He was fired upon his return from leave.",
    "The barn took fire after lightning struck it.",
    "Storms and a kitchen fire closed the school for a week."])
def test_blame_a_fuel_fire_a_dismissal_or_a_figure_is_no_attack(claims_of, text):
    assert not typed(claims_of(text + "\n", date="2000-01-01"), "Attack"), text
