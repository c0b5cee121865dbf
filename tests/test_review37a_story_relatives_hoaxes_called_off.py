"""Guards of the session-37 review of modality37 (modality.v70): shapes its new rules read wrongly.

A story's relative clause ("the stories that emerged from the siege", "a tale that spans the Second World War") is the
story's own words, no allegation: the act stays told. An act judged "a hoax" or "a fabrication" is what is said, not a
told act whose kind is judged. An act one will call off is given, as one ended is; an act named in the possessive
("the genocide's planners") is no head of the object phrase of the words of the future; "a demanding" campaign
demands nothing.
"""

from __future__ import annotations

import pytest

from .test_modality35_asked_called_off_unproven import _modality_of


@pytest.mark.parametrize("text, word", [
    ("The stories that emerged from the siege of Sarajevo shocked the world.", "siege"),
    ("The film tells a story that begins with the 1994 genocide in Rwanda.", "genocide"),
    ("The story that won the prize described the massacre at Srebrenica.", "massacre"),
    ("Stories that soldiers tell of the battle of Kursk fill the book.", "battle"),
])
def test_a_storys_relative_clause_alleges_nothing(extraction_of, text, word):
    assert _modality_of(extraction_of, text, word) == "Asserted", text


@pytest.mark.parametrize("text, word", [
    ("Moscow said the massacre at Bucha was a hoax staged by Kyiv.", "massacre"),
    ("Russia claimed the Bucha massacre was a fabrication.", "Bucha massacre"),
    ("The ministry said the chemical attack was a staged provocation.", "chemical attack"),
])
def test_an_act_said_to_be_made_up_is_said_not_told(extraction_of, text, word):
    assert _modality_of(extraction_of, text, word) == "Reported", text


@pytest.mark.parametrize("text, word", [
    ("The union will call off the strike next week.", "strike"),
    ("The rebels will call off the offensive if talks resume.", "offensive"),
    ("The tribunal will hold the Rwandan genocide's planners to account.", "genocide"),
    ("After a demanding and bloody military campaign, the troops rested.", "military campaign"),
])
def test_an_act_called_off_possessive_or_after_an_adjective_stays_told(extraction_of, text, word):
    assert _modality_of(extraction_of, text, word) == "Asserted", text


def test_a_demand_still_plans(extraction_of):
    text = "The protesters were demanding complete and immediate withdrawal of the troops."
    assert _modality_of(extraction_of, text, "withdrawal") == "Planned"
