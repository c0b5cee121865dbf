"""Session 35's review of events35 and roles35: sentences of other kinds of text on which their rules claimed what the
sentence does not tell, and the real attacks their figures hid.

"shot" said of people (`recognise.melee.shot_people`) is no attack when the people get a second object ("shot the
president a question"), when "her" is whose the thing shot is ("shot her gun into the air"), in "shot of" (rid of), a
film's sequence or a jab; "shot them one by one" still is one. A figure's noun (`FIGURE_HEADS`) hides an attack only as
the lower-case head of what is attacked: "attacked the budget office", "shot Bill Ryan" are attacks. A state a state's
own force comes "from" is no place of an act that is no move ("Russian troops from Belarus attacked Kyiv").
"""

from __future__ import annotations

import pytest

from .test_extraction import typed


def _harm(claims) -> set[str]:
    return typed(claims, "Attack") | typed(claims, "Killing")


@pytest.mark.parametrize("text", [
    "The teacher shot the students a warning glance.",
    "The reporter shot the president a question about taxes.",
    "She shot her gun into the air to scare the dogs.",
    "The student shot her hand up.",
    "He was shot of the whole business by June.",
    "Kubrick shot the soldiers in slow motion for the final sequence.",
    "Cameramen shot the president arriving at the palace.",
    "The nurse shot the boy with a tetanus vaccine."])
def test_shot_of_a_second_object_her_things_or_another_sense_is_no_attack(claims_of, text):
    assert not _harm(claims_of(text + "\n", date="2000-01-01")), text


@pytest.mark.parametrize("text", [
    "They shot them one by one against the wall.",
    "The soldier shot her twice in the chest."])
def test_shot_once_more_or_her_herself_is_an_attack(claims_of, text):
    assert _harm(claims_of(text + "\n", date="2000-01-01")), text


@pytest.mark.parametrize("text", [
    "Rebels attacked the budget office in Kabul on 3 May.",
    "Gunmen attacked the reform party's headquarters in Lagos.",
    "Insurgents attacked the claims office in Basra.",
    "Gunmen shot Bill Ryan outside his house in Belfast.",
    "Guerrillas attacked the bid committee's convoy near Nairobi."])
def test_a_figures_noun_qualifying_what_is_attacked_hides_no_attack(claims_of, text):
    assert _harm(claims_of(text + "\n", date="2000-01-01")), text


def test_rumours_shot_down_before_that_are_no_attack(claims_of):
    assert not _harm(claims_of("The governor shot down rumours that he would resign.\n", date="2000-01-01"))


def test_a_state_a_force_comes_from_is_no_place_of_its_attack(claims_of):
    claims = claims_of("Russian troops from Belarus attacked Kyiv.\n", date="2023-01-01")
    roles = {(p, o) for s, p, o, _ in claims if p in ("hasPlace", "hasActor", "initiatedBy")}
    assert ("hasPlace", "kyiv") in roles and not {r for r in roles if r[1] == "belarus"}
