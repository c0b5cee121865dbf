"""Guards of session 31's review of modality31 and provisions31: sentences of other kinds, lists and shapes on which
a rule of the terms of an accord told a done or a chronicled act as planned.

A provided act that a relative clause after it tells done ("..., which was completed in March") happened; a list
whose head names no terms ("Key points:") or whose numbered points tell no duty of their own ("1. To the north, ...",
"2. The UN said both sides must ...", a heading in capitals "4. WHAT YOU MUST DO") is no list of terms. Hearsay on a noun ("journalists reported to have been arrested") doubts
that act only, and an act of peace told to the one addressed ('"You signed the treaty," ...') is no charge.
"""

from __future__ import annotations

import pytest


def modalities(extraction_of, text: str, cls: str) -> set[str]:
    """The modalities of the typing claims of `cls` the text's extraction makes."""
    return {c.modality for c in extraction_of(text + "\n").claims if c.predicate == "type" and c.obj == cls}


@pytest.mark.parametrize("text, cls", [
    ("The plan included the withdrawal of troops, which was completed in March.", "Withdrawal"),
    ("The treaty stipulated the withdrawal of foreign troops, which ended in June 1989.", "Withdrawal"),
    ("The accord provided for a ceasefire and the withdrawal of the militia, which began in May.", "Withdrawal"),
    ("Key points:\n- Attack on the convoy near Gao.\n- Evacuation of the wounded to Bamako.", "Evacuation"),
    ("The main points of the report:\n- Evacuation of the coastal villages before the storm.", "Evacuation"),
    ("1. To the north, rebels attacked Gao.\n2. Evacuation of the wounded to Bamako.", "Evacuation"),
    ("1. Evacuation of the wounded to Bamako.\n2. The UN said both sides must stop fighting.", "Evacuation"),
    ("1. WHAT YOU MUST DO\n2. Evacuation of the wounded to Bamako.", "Evacuation"),
])
def test_a_done_or_chronicled_act_stays_asserted(extraction_of, text, cls):
    assert modalities(extraction_of, text, cls) == {"Asserted"}, text


@pytest.mark.parametrize("text, cls", [
    ("The plan included the withdrawal of troops, which is to be completed by March.", "Withdrawal"),
    ("The plan's main points:\n- Withdrawal of the troops from Kidal.", "Withdrawal"),
])
def test_a_term_not_told_done_stays_planned(extraction_of, text, cls):
    assert modalities(extraction_of, text, cls) == {"Planned"}, text


@pytest.mark.parametrize("text", [
    "Timeline of the peace plan:\n- 12 August: Russian troops capture Gori.\n- 15 August: evacuation of Gori.",
    "Timeline of the peace plan:\n- Evacuation of the wounded from Gori.",
])
def test_a_chronicle_of_a_plan_is_told(extraction_of, text):
    assert modalities(extraction_of, text, "Evacuation") == {"Asserted"}, text


def test_hearsay_on_a_noun_doubts_its_own_act_only(extraction_of):
    text = "Two journalists reported to have been arrested in Minsk were freed on Tuesday."
    assert modalities(extraction_of, text, "Arrest") == {"Unconfirmed"}
    assert modalities(extraction_of, text, "Release") == {"Asserted"}


def test_an_act_of_peace_told_to_the_one_addressed_is_no_charge(extraction_of):
    text = '"You signed the treaty," the minister told the president.'
    assert modalities(extraction_of, text, "Signing") == {"Reported"}
