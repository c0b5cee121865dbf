"""Guards of the review of modality36 (session 36, branch review36d): sentences its new rules read wrongly.

A siege, blockade or curfew called off is lifted, so it was: not undone, unless told planned before its noun or
called off at the last minute. "No" after a preposition or a copula is an object's ("With no warning the army was
mobilised", "It was no surprise"), no denial of the verb after it. A past schedule the sentence joins to its
beginning ("were due to begin on Monday but began on Wednesday") was kept, no plan; a beginning of another act after
it keeps nothing. A sentence that names a charge or a verdict is not alleged by the next one denying "the charges"
(the arrest, the conviction are told), and one that only "rejected this" opposes an act, not its truth ("Russia
annexed Crimea ... The General Assembly rejected this."); an arrest alone is still alleged by a denial of it. Nor is
a sentence alleged by a next one that tells no denial: negated, withheld or taken back later ("did not deny this",
"Nobody disputed this", "initially denied this"). A charge set off as an aside runs past the commas of its list.
"""

from __future__ import annotations

import pytest

from .test_modality35_asked_called_off_unproven import _modality_of


@pytest.mark.parametrize("text, word", [
    ("The Berlin blockade was called off in May 1949.", "blockade"),
    ("The siege was called off in 1683 when the relief army arrived.", "siege"),
])
def test_a_lasting_state_called_off_is_lifted_not_undone(extraction_of, text, word):
    assert _modality_of(extraction_of, text, word) == "Asserted", text


def test_a_blockade_called_off_at_the_last_minute_stays_undone(extraction_of):  # holds on main too
    text = "A blockade of the port was called off at the last minute."
    assert _modality_of(extraction_of, text, "blockade") == "Denied"


@pytest.mark.parametrize("text, word", [
    ("With no warning the army was mobilised.", "mobilised"),
    ("In no time the troops were deployed.", "deployed"),
    ("There was no sign the militia had attacked the village.", "attacked"),
])
def test_no_after_a_preposition_or_a_copula_denies_nothing(extraction_of, text, word):
    assert _modality_of(extraction_of, text, word) == "Asserted", text


def test_a_past_schedule_joined_to_its_beginning_is_no_plan(extraction_of):
    text = "The talks were due to begin on Monday but began on Wednesday."
    assert _modality_of(extraction_of, text, "talks") == "Asserted"


@pytest.mark.parametrize("text, word", [  # hold on main too: another act's beginning keeps no schedule
    ("The talks were due to begin after the ceasefire began.", "talks"),
    ("The summit was postponed until the assembly opened.", "summit"),
])
def test_another_acts_beginning_after_a_schedule_keeps_it_planned(extraction_of, text, word):
    assert _modality_of(extraction_of, text, word) == "Planned", text


@pytest.mark.parametrize("text, word", [
    ("Police arrested the mayor on corruption charges. The mayor denied the charges.", "arrested"),
    ("The court convicted Taylor of war crimes in 2012. His lawyers rejected the charges.", "convicted"),
    ("Russia annexed Crimea in March 2014. The United Nations General Assembly rejected this.", "annexed"),
])
def test_a_denial_of_the_charge_named_or_a_rejection_of_the_act_leaves_it_told(extraction_of, text, word):
    assert _modality_of(extraction_of, text, word) == "Asserted", text


@pytest.mark.parametrize("text, word", [  # hold on main too: no charge named, only an arrest or a post
    ("Troops detained 40 protesters in Minsk on Sunday. The interior ministry denied this.", "detained"),
    ("Soldiers in charge of the checkpoint shot two civilians near Agdam. The army denied this.", "shot"),
])
def test_an_arrest_or_an_act_of_those_in_charge_the_next_sentence_denies_is_alleged(extraction_of, text, word):
    assert _modality_of(extraction_of, text, word) == "Unconfirmed", text


@pytest.mark.parametrize("denial", [
    "Armenia initially denied this.",
    "The Armenian government did not deny this.",
    "Nobody disputed this.",
    "No one in Yerevan denied this.",
    "Armenian officials never denied the reports.",
    "Yerevan has yet to deny the reports.",
])
def test_a_next_sentence_that_tells_no_denial_leaves_the_sentence_before_told(extraction_of, denial):
    text = "Azerbaijani forces captured Shusha on 8 November. " + denial
    assert _modality_of(extraction_of, text, "captured") == "Asserted", text


def test_a_charge_aside_runs_past_the_commas_of_its_list(extraction_of):
    text = "Mladic, accused of shelling Sarajevo, Gorazde and Srebrenica, was arrested in 2011."
    shelled = {getattr(c.obj, "value", c.obj): c.modality for c in extraction_of(text).claims
               if c.predicate == "hasPlace" and c.subject.startswith("attack")}
    assert shelled == {"sarajevo": "Unconfirmed", "gorazde": "Unconfirmed"}
    assert _modality_of(extraction_of, text, "arrested") == "Asserted"
