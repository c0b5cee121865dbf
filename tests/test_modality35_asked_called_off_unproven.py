"""What a question asks of a known act, acts called off, a headline's hearsay, reports and claims not shown (session 35,
branch modality35).

A question of yes or no presupposes a definite act it names by a noun, but not a place or a date it asks of it after a
verb ("Was the ceasefire signed in Doha?": whether in Doha); a noun phrase alone as a question ("A capitulation?")
asks whether there was one. An act called off or averted, or one that only nearly happened, did not happen. A
headline's hearsay without "to be" ("ALVAREZ BELIEVED CAPTURED") alleges the act after it, not the clash its phrase
names. An act's noun reported ("State radio reported two arrests") is reported; a claim someone never showed
("never provided evidence that ...") is alleged; a side's position set off by a colon is its word.
"""

from __future__ import annotations

import pytest


def _modality_of(extraction_of, text: str, word: str, predicate: str = "type") -> str | None:
    """The modality of the first claim of `predicate` told by `word` (its exact words for a typing, the object's value
    for a relation), None if there is none."""
    for claim in extraction_of(text).claims:
        if claim.predicate != predicate:
            continue
        value = claim.exact if predicate == "type" else str(getattr(claim.obj, "value", claim.obj))
        if (value == word) if predicate == "type" else word in value:
            return claim.modality
    return None


@pytest.mark.parametrize("text, place", [
    ("Q: Was the truce signed in Doha?", "doha"),
    ("Was the accord signed in Geneva?", "geneva"),
])
def test_a_place_a_question_asks_of_a_known_act_is_alleged(extraction_of, text, place):
    assert _modality_of(extraction_of, text, place, "hasPlace") == "Unconfirmed", text


def test_a_place_inside_the_presupposed_noun_phrase_stays_told(extraction_of):
    text = "Was the siege of Sarajevo ordered by Karadzic?"
    assert _modality_of(extraction_of, text, "sarajevo", "hasPlace") == "Asserted"


def test_a_noun_phrase_alone_as_a_question_of_a_capitulation_is_alleged(extraction_of):
    assert _modality_of(extraction_of, "A capitulation?", "capitulation") == "Unconfirmed"


@pytest.mark.parametrize("text, word", [
    ("The strike on the port was called off.", "strike"),
    ("The war that was called off", "war"),
    ("In the end a war was averted.", "war"),
])
def test_an_act_called_off_or_averted_is_denied(extraction_of, text, word):
    assert _modality_of(extraction_of, text, word) == "Denied", text


def test_an_act_called_off_after_days_of_it_is_told(extraction_of):
    assert _modality_of(extraction_of, "The offensive was called off after ten days.", "offensive") == "Asserted"


def test_a_headlines_hearsay_alleges_the_act_after_it(extraction_of):
    assert _modality_of(extraction_of, "LTJG ALVAREZ BELIEVED CAPTURED.", "CAPTURED") == "Unconfirmed"


def test_a_headlines_hearsay_leaves_the_clash_its_phrase_names_told(extraction_of):
    assert _modality_of(extraction_of, "Two soldiers feared killed in border clash.", "clash") == "Asserted"


def test_an_acts_noun_reported_is_reported(extraction_of):
    text = "State radio in Luanda reported two arrests near the border."
    assert _modality_of(extraction_of, text, "arrests") == "Reported"


def test_a_claim_never_shown_is_alleged(extraction_of):
    text = "The rebels never provided evidence that the army shelled the town."
    assert _modality_of(extraction_of, text, "shelled") == "Unconfirmed"


def test_evidence_destroyed_leaves_the_act_told(extraction_of):
    text = "The militia did not destroy evidence of the massacre at Kibeho."
    assert _modality_of(extraction_of, text, "massacre") == "Asserted"


def test_a_sides_position_set_off_by_a_colon_is_its_word(extraction_of):
    text = "The government's position: troops fired on the crowd in Kisumu in self-defence."
    assert _modality_of(extraction_of, text, "fired") == "Reported"


@pytest.mark.parametrize("text", [
    "The court found no evidence that the election in Georgia was rigged.",
    "There is no evidence of fraud in the election in Ohio.",
])
def test_a_definite_act_a_claim_not_shown_names_is_told(extraction_of, text):
    assert _modality_of(extraction_of, text, "election") == "Asserted", text
