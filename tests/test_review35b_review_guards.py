"""review35b: guards of session 35's modality35 rules on sentences of other kinds of text (labour, sport, journalism,
history outside war, questions of a known act) and of dates35's month spans. Each failed before its mend in the review
(modality.v65, dates-relative.v62)."""

from __future__ import annotations

import pytest

from .test_extraction import the_one, values
from .test_modality35_asked_called_off_unproven import _modality_of


@pytest.mark.parametrize("text, word", [
    ("The strike, which paralysed the port for a month, was called off.", "strike"),
    ("The strike that paralysed the port for a month was called off.", "strike"),
    ("The offensive, which had cost thousands of lives, was called off.", "offensive"),
])
def test_an_act_whose_course_an_aside_tells_is_not_denied_when_called_off(extraction_of, text, word):
    assert _modality_of(extraction_of, text, word) == "Asserted", text


def test_a_planned_act_called_off_stays_denied(extraction_of):
    """Near-miss: an aside that tells only a plan leaves the act undone."""
    assert _modality_of(extraction_of, "The raid that the army had planned was called off.", "raid") == "Denied"


def test_no_evidence_of_a_feeling_leaves_the_act_after_it_told(extraction_of):
    text = "He gave no evidence of remorse after he attacked the guard."
    assert _modality_of(extraction_of, text, "attacked") == "Asserted"


def test_a_war_a_journalist_reported_is_told(extraction_of):
    assert _modality_of(extraction_of, "She reported the Bosnian war for the BBC.", "Bosnian war") == "Asserted"


def test_a_place_in_a_race_is_no_side_s_account(extraction_of):
    text = "In Third Position, Hamilton attacked Verstappen on the last lap."
    assert _modality_of(extraction_of, text, "attacked") == "Asserted"


@pytest.mark.parametrize("text, place", [
    ("Is the treaty signed in Paris still valid?", "paris"),
    ("Has the ceasefire signed in Minsk in 2015 been broken?", "minsk"),
    ("Was the massacre committed in Srebrenica in July 1995 genocide?", "srebrenica"),
])
def test_a_place_in_the_participle_of_a_presupposed_act_stays_told(extraction_of, text, place):
    assert _modality_of(extraction_of, text, place, "hasPlace") == "Asserted", text


@pytest.mark.parametrize("text", [
    "In 2019 the war spread. The rebels attacked the capital from April until June.",
    "In 2019 the war spread. The rebels attacked the capital from April through June.",
])
def test_a_span_of_months_until_its_end_stays_in_its_year(claims_of, text):
    """dates35's month spans read "to" only: "through" (and "until") were read as a time of their own, "through June"
    a June a year after the story's (2020-06); "until" already held its year and stays so."""
    claims = claims_of(text, "2021-05-10")
    attack = the_one(claims, "Attack")
    assert values(claims, attack, "endDate") == {"2019-06"}, text
