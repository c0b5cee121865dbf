"""Session 40 review of events40's `killings.named_killings`: "killed" of a run of capitals is a killing only where
the run names a person. A plan, a project, a programme or a team ("rebels killed Project Titan", "the Army killed
Future Combat Systems", "the Raiders killed Green Bay", "Army killed Air Force") is killed by no one; a name of a
person or an office still is.
"""

from __future__ import annotations

import pytest

from .test_extraction import typed


@pytest.mark.parametrize("text", [
    "Conservative rebels killed Project Titan in committee.",
    "Police killed Operation Midland last year after the inquiry.",
    "The Army killed Future Combat Systems in 2009.",
    "The Air Force killed Project Blue Book in 1969.",
    "The Raiders killed Green Bay on Sunday.",
    "The Pirates killed San Diego in the opener.",
    "UNLV Rebels killed Boise State on Saturday.",
    "Army killed Air Force on Saturday."])
def test_a_plan_a_project_or_a_team_killed_is_no_killing(claims_of, text):
    assert not typed(claims_of(text + "\n", date="2000-01-01"), "Killing"), text


@pytest.mark.parametrize("text", [
    "Unknown gunmen killed Ahmed Ali and his son.",
    "Gunmen have killed Mayor Juan Perez.",
    "Rebels killed State Senator Juan Perez near the border."])
def test_armed_men_who_killed_a_person_by_name_still_kill(claims_of, text):
    assert typed(claims_of(text + "\n", date="2000-01-01"), "Killing"), text
