"""Guards of the review of events27b: sentences its rules misread, each read as the base read it.

A munition the subject bears ("Troops with mortars landed") is no munition coming down; a negative pronoun denies
the verb it is the subject of, never an act of a clause after it; a modal after an act dated to a year, or one that
tells its course ("would last four years"), weighs no foreseen act, nor does one that denies a past its alternative
("could not have come at a worse time"); a question of what could have been prevented or is remembered, or of a
definite act ("Will the ceasefire signed in Minsk hold?"), presupposes its act.
"""

from __future__ import annotations

import pytest

from .test_extraction import typed


def test_troops_bearing_mortars_deploy_and_attack_nothing(claims_of):
    claims = claims_of("Troops with mortars landed at Inchon on 15 September 1950.\n", date="1950-10-01")
    assert typed(claims, "Deployment") and not typed(claims, "Attack")


@pytest.mark.parametrize("text, word", [
    ("Nobody was surprised when the army shelled Kismayo on 2 June 2012.", "Kismayo"),
    ("No one was spared when the militia attacked Bor on 4 May 2014.", "attacked"),
    ("Nothing was left of Grozny after the Russian bombardment in January 1995.", "bombardment")])
def test_a_negative_subject_denies_no_act_of_a_clause_after_it(extraction_of, text, word):
    claims = extraction_of(text + "\n", "2020-01-01").claims
    assert any(c.exact == word or word in c.exact for c in claims), text
    assert all(c.modality != "Denied" for c in claims), text


@pytest.mark.parametrize("text, cls", [
    ("The massacre at Srebrenica in July 1995 would become the worst atrocity in Europe since 1945.", "Killing"),
    ("The invasion of Iraq in 2003 may have been illegal, the report said.", "Attack"),
    ("Could the massacre at Sabra in 1982 have been prevented?", "Killing"),
    ("Can anyone forget the bombing of Guernica in April 1937?", "Attack"),
    ("The attack on the convoy near Bossangoa could not have come at a worse time.", "Attack"),
    ("Will the ceasefire signed in Minsk in February 2015 hold?", "Ceasefire"),
    ("Should the invasion of Iraq in 2003 be called a crime?", "Attack"),
    ("Would NATO have bombed Serbia without the massacre at Racak?", "Killing"),
    ("The siege of Sarajevo by Bosnian Serb forces would last nearly four years.", "Siege"),
    ("The war in the Ogaden would drag on until the Somali retreat.", "War"),
    ("The blockade of the port by the navy would prove decisive.", "Blockade")])
def test_a_dated_or_presupposed_act_stays(claims_of, text, cls):
    assert typed(claims_of(text + "\n", date="2020-01-01"), cls), text
