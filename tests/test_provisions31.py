"""Acts a text tells as the terms of an agreement or a plan (a gold event's status `stipulated`) are planned, not
asserted: a clause told "under the agreement", what an accord stipulates, what a plan's
points include, the return of displaced people provided for, and the points of a numbered list of terms; with the
near-misses (acts told as done under an accord, a chronicle's numbered list, other kinds of text) each rule must
leave asserted.
"""

from __future__ import annotations

import pytest


def modalities(extraction_of, text: str, cls: str) -> set[str]:
    """The modalities of the typing claims of `cls` the text's extraction makes."""
    return {c.modality for c in extraction_of(text + "\n").claims if c.predicate == "type" and c.obj == cls}


@pytest.mark.parametrize("text, cls", [
    ("Under the accord, the militia will be dissolved and its heavy guns handed over.", "Transfer"),
    ("Under the agreement, Serbian units withdraw from Pristina by 20 June.", "Withdrawal"),
    ("Under the peace deal signed in Lome, government troops withdraw from the diamond fields.", "Withdrawal"),
    ("The treaty stipulates the withdrawal of all foreign forces within ninety days.", "Withdrawal"),
    ("The twelve-point plan includes the withdrawal of Ethiopian troops and the release of detainees.", "Withdrawal"),
    ("The protocol provides for a ceasefire and the return of displaced persons to their villages.", "Displacement"),
])
def test_an_act_told_as_a_term_of_an_accord_is_planned(extraction_of, text, cls):
    assert modalities(extraction_of, text, cls) == {"Planned"}, text


def test_an_infinitive_or_noun_point_of_a_list_of_terms_is_planned(extraction_of):
    text = ("1. Not to resume the offensive.\n\n2. Evacuation of the wounded from the old town.\n\n"
            "3. Both sides must release their prisoners.\n")
    assert modalities(extraction_of, text, "Evacuation") == {"Planned"}


@pytest.mark.parametrize("text, cls", [
    ("Under the agreement, Serbian units withdrew from Pristina on 20 June.", "Withdrawal"),
    ("Under the accord, the rebels handed over their weapons in March and the militia was dissolved.", "Transfer"),
    ("Under the new coach, the team attacked from the first minute.", "Attack"),
    ("1. The storm hit the coast on Monday.\n\n2. Evacuation of the coastal villages.", "Evacuation"),
    ("The report envisaged a recession after the evacuation of the port.", "Evacuation"),
])
def test_an_act_told_as_done_or_in_a_chronicle_stays_asserted(extraction_of, text, cls):
    assert modalities(extraction_of, text, cls) == {"Asserted"}, text


def test_a_bulleted_item_under_a_line_of_provisions_is_planned(extraction_of):
    text = ("The accord was signed in Arusha.\n\nIts main provisions are:\n"
            "- the evacuation of the wounded from Gitega;\n")
    assert modalities(extraction_of, text, "Evacuation") == {"Planned"}


def test_a_bulleted_item_under_a_line_of_news_stays_asserted(extraction_of):
    text = "Key events of the week:\n- the evacuation of the wounded from Gitega on Monday;\n"
    assert modalities(extraction_of, text, "Evacuation") == {"Asserted"}


def test_a_point_of_a_list_of_terms_makes_no_other_list_one_of_terms(extraction_of):
    """Second reading, session 31: a point that opens with "To" anywhere in the text made every bullet of it a term, a
    chronicle's too; a list is one of terms by its own head and points."""
    text = ("The peace plan:\n1. To cease hostilities.\n2. Evacuation of the wounded from Gitega.\n\n"
            "The week in the north, by day:\n- Evacuation of the coastal villages of Moroni.\n")
    evacuations = [c for c in extraction_of(text + "\n").claims if c.predicate == "type" and c.obj == "Evacuation"]
    chronicle = text.index("The week")
    assert sorted((c.start > chronicle, c.modality) for c in evacuations) == [(False, "Planned"), (True, "Asserted")]
