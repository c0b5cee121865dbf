"""Guards of session 38's review (branch review38d) on the planned acts of modality38: points counted in a line that
opens a list are a plan's terms only when they are its own ("The thirteen points include:", "China's twelve points:"),
not points of something else ("The company's ten points of growth include:", "The coach's five points for the new
season:") nor points someone makes ("The report makes ten points:"); and a proposal or recommendation made after, since
or from an act ("The inquiry's recommendations following the massacre were ignored") does not plan that act.
"""

from __future__ import annotations

import pytest

from .test_modality35_asked_called_off_unproven import _modality_of


@pytest.mark.parametrize("text", [
    "The company's ten points of growth include:\n- withdrawal from the Russian market;\n- release of a new phone.\n",
    "The coach's five points for the new season:\n- withdrawal of the veteran striker;\n- return of the captain.\n",
    "The report makes ten points:\n- withdrawal of troops too slow;\n- elections postponed.\n",
])
def test_points_counted_of_something_else_or_made_open_no_terms(extraction_of, text):
    assert _modality_of(extraction_of, text, "withdrawal") == "Asserted", text


@pytest.mark.parametrize("text", [
    "The thirteen points include:\n- withdrawal of heavy weapons from the line of contact;\n- local elections.\n",
    "China's twelve points:\n- withdrawal of heavy weapons from the line of contact;\n- local elections.\n",
])
def test_points_a_plan_counts_still_open_terms(extraction_of, text):
    assert _modality_of(extraction_of, text, "withdrawal") == "Planned", text


@pytest.mark.parametrize("text, word", [
    ("The inquiry's recommendations following the massacre were ignored.", "massacre"),
    ("The inquiry's proposals after the massacre were ignored.", "massacre"),
    ("Recommendations from the bombing inquiry were published in May.", "bombing"),
])
def test_a_proposal_after_or_from_an_act_plans_it_not(extraction_of, text, word):
    assert _modality_of(extraction_of, text, word) == "Asserted", text


@pytest.mark.parametrize("text, word", [
    ("The commission recommended the withdrawal of all foreign forces from Katanga.", "withdrawal"),
    ("Its final recommendations include the deployment of observers along the Line of Control.", "deployment"),
])
def test_an_act_recommended_is_still_planned(extraction_of, text, word):
    assert _modality_of(extraction_of, text, word) == "Planned", text
