"""Acts a text tells as possible, orders, charges to the one addressed, or asks about (session 31, branch modality31).

A modal of what may have been ("may have been handed over", "could have fired") tells a past act as possible: the act
is kept, alleged (Unconfirmed), not dropped as one that never happened, unless a condition makes it what would have
followed. An order opening a sentence or a quotation ("Withdraw your police from Kidal") asks for its act: Planned.
What a speaker tells the one addressed that they did, in quotation marks ('"You shelled the city," the mayor told the
general'), is the speaker's charge: Unconfirmed; and a sayer told after a quotation with whom it was told to is a
sayer. A question opened by a word of asking and a modal ("Why should the army attack Bunia?") tells no act. The
near-misses each rule must leave alone: a noun before its object, a past or a gerund opening a sentence, a condition,
the act a hedged verb names after it, a question of "did".
"""

from __future__ import annotations

import pytest


def _modality_of(extraction_of, text: str, word: str) -> str | None:
    """The modality of the typing claim told by `word`, None if no event is typed by it."""
    return next((c.modality for c in extraction_of(text).claims if c.predicate == "type" and c.exact == word), None)


@pytest.mark.parametrize("text, word", [
    ("The detainees may have been handed over to the militia in Kisangani.", "handed over"),
    ("Government troops could have fired the shells at the market in Kabul.", "fired"),
    ("The manuscripts may have been looted during the sack of Baghdad in 1258.", "looted"),
])
def test_an_act_told_as_what_may_have_been_is_alleged(extraction_of, text, word):
    assert _modality_of(extraction_of, text, word) == "Unconfirmed"


@pytest.mark.parametrize("text, word", [
    ("Had the brigade moved at dawn, the militia might have attacked Kisangani.", "attacked"),
    ("The militia could have attacked Kisangani if the brigade had left.", "attacked"),
    ("Why should the army attack Kisangani?", "attack"),
    ("How could the rebels invade Mopti?", "invade"),
])
def test_a_condition_or_a_question_of_a_modal_tells_no_act(extraction_of, text, word):
    assert _modality_of(extraction_of, text, word) is None


@pytest.mark.parametrize("text, word", [
    ("Napoleon could have won the battle of Waterloo had Grouchy arrived.", "battle"),  # the battle is told
    ("Why did the army attack Kisangani in May?", "attack"),  # a question of "did" presupposes it
])
def test_an_act_named_after_a_hedged_verb_or_asked_why_it_happened_stays_told(extraction_of, text, word):
    assert _modality_of(extraction_of, text, word) == "Asserted"


@pytest.mark.parametrize("text, word", [
    ('"Withdraw your troops from Kisangani," the envoy told the rebels.', "Withdraw"),
    ("Attack the airport at Kidal before dawn, the colonel ordered.", "Attack"),
])
def test_an_order_asks_for_its_act(extraction_of, text, word):
    assert _modality_of(extraction_of, text, word) == "Planned"


@pytest.mark.parametrize("text, word", [
    ("Attack helicopters flew over Kisangani on Monday.", "Attack"),  # a noun, no object after it
    ("The envoy said the rebels withdrew their troops from Kisangani.", "withdrew"),  # no order: a past
])
def test_a_noun_or_a_past_opening_a_sentence_is_no_order(extraction_of, text, word):
    assert _modality_of(extraction_of, text, word) != "Planned"


@pytest.mark.parametrize("text, word", [
    ('"You shelled the hospital in Kisangani," the governor told the general.', "shelled"),
    ('The bishop told the colonel: "Your soldiers burned the villages around Mopti."', "burned"),
])
def test_a_charge_to_the_one_addressed_in_a_quotation_is_alleged(extraction_of, text, word):
    assert _modality_of(extraction_of, text, word) == "Unconfirmed"


def test_a_sayer_told_after_the_quotation_with_whom_it_was_told_to_is_a_sayer(extraction_of):
    text = "Government forces shelled Kisangani on Monday, a resident told Reuters."
    assert _modality_of(extraction_of, text, "shelled") == "Reported"


def test_what_one_was_told_to_do_makes_no_sayer(extraction_of):
    text = "The militia shelled Kisangani, so the mayor told residents to leave."
    assert _modality_of(extraction_of, text, "shelled") == "Asserted"


@pytest.mark.parametrize("text, word, modality", [
    ("Some historians believe the airliner was shot down over Kariba.", "shot down", "Reported"),
    ("More than 9,000 people reported to have been displaced from Kidal fled south.", "displaced", "Unconfirmed"),
    ("The Council noted the statement of the delegate of Mali that the Republic had been the victim of an invasion.",
     "invasion", "Reported"),
    ("The junta promised elections, a general amnesty and the withdrawal of troops from the north.", "withdrawal",
     "Planned"),
    ("Portugal considered sending troops to Timor but did not do it.", "sending troops", "Planned"),
    ("The massacre of villagers at Kidal in May 1994 has never been proved.", "massacre", "Unconfirmed"),
])
def test_a_belief_a_reduced_hearsay_a_statement_a_promise_and_a_doubt_hold_their_acts(extraction_of, text, word,
                                                                                      modality):
    assert _modality_of(extraction_of, text, word) == modality


@pytest.mark.parametrize("text, word", [
    ("The statement that followed the attack on Goma was brief.", "attack"),  # a relative clause, no content
    ("As promised, the army withdrew its troops from Goma in May.", "withdrew"),
    ("Long after the last units crossed back over the border, the war in the Ogaden is still told in two ways.",
     "war"),  # a passive of telling names no sayer
])
def test_a_relative_after_a_noun_of_saying_as_promised_or_a_told_story_stay_told(extraction_of, text, word):
    assert _modality_of(extraction_of, text, word) == "Asserted"


def test_what_a_charge_to_the_one_addressed_bore_on_stays_told(extraction_of):
    text = '"You won the election in Kidal fairly," the judge told the candidate.'
    assert _modality_of(extraction_of, text, "election") == "Asserted"


def test_an_act_one_is_on_ones_way_to_is_planned(extraction_of):
    text = "The envoy was killed when his plane crashed near Gulu on his way to meet Kony."
    assert _modality_of(extraction_of, text, "meet") == "Planned"


def test_a_place_one_is_on_the_way_to_plans_nothing(extraction_of):
    text = "On the way to the summit in Arusha, the president met rebels."
    assert _modality_of(extraction_of, text, "summit") == "Asserted"
