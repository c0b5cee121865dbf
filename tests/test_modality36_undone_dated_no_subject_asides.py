"""Acts told as not done, not yet begun, asked for or asked about, in shapes the rules of session 35 missed (session
36, branch modality36), with sentences of other kinds of text as guards.

An act called off, averted or that nearly happened is undone whatever time, place or agent of the calling off follows
("was called off on 3 May"), but not when a span of its course does ("after ten days"). "No" before the subject's
noun denies the verb ("No peace treaty has ever been signed"). An entry that opens with "Reported to have" hedges its
act. A charge set off as an aside on a noun ends at its comma: the sentence's own verb is told. An act due to begin,
one not yet begun, one asked or appealed for and one proposed by a noun are still to come; a request may put an aside
before its "to". A question asks the place of an irregular participle after the act's noun ("Were the talks held in
Geneva?") as it asks that of "signed". A sentence in the writer's words that the next one only denies ("Portugal
denied this.") is a charge, up to the writer's aside on it.
"""

from __future__ import annotations

import pytest

from .test_modality35_asked_called_off_unproven import _modality_of


@pytest.mark.parametrize("text, word", [
    ("The offensive was called off on 3 May.", "offensive"),
    ("A war was narrowly averted in 1962 when the Soviets withdrew the missiles.", "war"),
    ("Fighting nearly erupted at the border on 4 May.", "Fighting"),
    ("Fighting between the clans almost broke out in June.", "Fighting"),
    ("A strike by rail workers was narrowly averted on Monday.", "strike"),
    ("The coup was averted at the last minute by loyal troops.", "coup"),
])
def test_an_act_called_off_or_averted_with_its_time_place_or_agent_after_is_denied(extraction_of, text, word):
    assert _modality_of(extraction_of, text, word) == "Denied", text


def test_the_date_of_the_calling_off_is_no_date_of_the_act(extraction_of):
    assert _modality_of(extraction_of, "The offensive was called off on 3 May.", "2021-05-03", "startDate") == "Denied"


@pytest.mark.parametrize("text, word", [
    ("The strike was called off by the union after ten days.", "strike"),
    ("The strike was called off by Smith after ten days.", "strike"),
    ("The invasion of Normandy was called off on 5 June and launched on 6 June.", "invasion"),
])
def test_an_act_called_off_after_a_span_of_it_or_then_launched_is_told(extraction_of, text, word):
    assert _modality_of(extraction_of, text, word) == "Asserted", text


def test_no_before_the_subjects_noun_denies_the_verb(extraction_of):
    assert _modality_of(extraction_of, "No peace treaty has ever been signed.", "signed") == "Denied"


def test_no_more_than_a_count_denies_nothing(extraction_of):
    assert _modality_of(extraction_of, "No more than 30 people were killed in the attack.", "attack") == "Asserted"


def test_an_entry_opening_with_reported_to_have_alleges_its_act(extraction_of):
    text = "Reasons: Reported to have shot the governor on 3 May; his whereabouts are unknown."
    assert _modality_of(extraction_of, text, "shot") == "Unconfirmed"


@pytest.mark.parametrize("text, word", [
    ("In May 2015 Ali Musa, accused of leading the massacre, was transferred to The Hague.", "was transferred to"),
    ("The chief executive, accused of hiding losses, resigned on Monday.", "resigned"),
])
def test_a_charge_set_off_as_an_aside_leaves_the_sentences_own_verb_told(extraction_of, text, word):
    assert _modality_of(extraction_of, text, word) == "Asserted", text


def test_what_the_aside_charges_stays_alleged(extraction_of):
    text = "In May 2015 Ali Musa, accused of leading the massacre, was transferred to The Hague."
    assert _modality_of(extraction_of, text, "massacre") == "Unconfirmed"


@pytest.mark.parametrize("text, word", [
    ("The talks are due to begin in Cairo in May.", "talks"),
    ("The trial has not yet begun.", "trial"),
    ("Talks have yet to start in Geneva.", "Talks"),
    ("The talks that are supposed to follow in Cairo will decide it.", "talks"),
    ("The Soviet message asked in addition for the withdrawal of US missiles from Turkey.", "withdrawal"),
    ("A proposal for talks in Geneva was rejected.", "talks"),
])
def test_an_act_due_to_begin_not_yet_begun_asked_for_or_proposed_is_planned(extraction_of, text, word):
    assert _modality_of(extraction_of, text, word) == "Planned", text


def test_a_request_with_an_aside_before_its_to_plans_the_act(extraction_of):
    text = "The council called on both sides, in a statement issued on Friday, to hold elections in May."
    assert _modality_of(extraction_of, text, "elections") == "Planned"


@pytest.mark.parametrize("text, place", [
    ("Were the talks held in Geneva?", "geneva"),
    ("Were the elections held in Ohio in November?", "ohio"),
    ("Was the election won in Ohio?", "ohio"),
])
def test_a_place_a_question_asks_of_an_irregular_participle_is_alleged(extraction_of, text, place):
    assert _modality_of(extraction_of, text, place, "hasPlace") == "Unconfirmed", text


def test_the_talks_a_question_asks_the_place_of_stay_told(extraction_of):
    assert _modality_of(extraction_of, "Were the talks held in Geneva?", "talks") == "Asserted"


def test_what_the_next_sentence_only_denies_is_a_charge(extraction_of):
    text = "Border troops had fired on villages near Tarso in May. The government of Chad denied this."
    assert _modality_of(extraction_of, text, "fired") == "Unconfirmed"


def test_the_writers_aside_on_a_charge_denied_after_it_stays_told(extraction_of):
    text = ("The ministry raised the killing of Major Ruiz, captured while on patrol in March, whose body was handed "
            "over on 9 June. The rebels have denied the charge.")
    assert _modality_of(extraction_of, text, "killing of") == "Unconfirmed"
    assert _modality_of(extraction_of, text, "handed over") == "Asserted"


@pytest.mark.parametrize("text, word", [
    ("Police arrested a man in Leeds for the murder. He denied the charge.", "arrested"),  # the charge he faces
    ("Rebels shelled the market in Gao on Monday. The army denied that it had fired on civilians.", "shelled"),
    ("Rebels shelled the market in Gao on Monday.\n\nThe army denied this.", "shelled"),  # another paragraph
])
def test_a_denial_of_a_charge_named_in_it_or_of_another_paragraph_leaves_the_sentence_before_told(
        extraction_of, text, word):
    assert _modality_of(extraction_of, text, word) == "Asserted", text
