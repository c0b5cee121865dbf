"""Review of events39 (session 39): armed men who crossed a border or a line for an occasion, "for" or "on" one
("crossed the border on leave", "for the funeral", "on a goodwill visit"), go on a trip, no move of war; nor do
armed men who arrive somewhere on a visit. A crossing on a date with no occasion still moves in."""

from __future__ import annotations

import pytest

from .test_extraction import typed


@pytest.mark.parametrize("text", [
    "The soldiers crossed the border on leave on 20 December.",
    "On 3 May the soldiers crossed the border for the funeral.",
    "On 3 May soldiers crossed the border on a goodwill visit.",
    "On 3 May the peacekeepers crossed the ceasefire line for a ceremony.",
    "On 3 May the peacekeepers arrived in Goma on a visit."])
def test_armed_men_who_cross_or_arrive_for_an_occasion_move_in_none(claims_of, text):
    assert not typed(claims_of(text + "\n", date="2000-01-01"), "Event"), text


@pytest.mark.parametrize("text", [
    "On 20 December the soldiers crossed the border on foot.",
    "On the night of 3 May the troops crossed the river on rafts.",
    "The first peacekeepers arrived in Goma on Friday."])
def test_a_crossing_or_an_arrival_on_a_date_or_by_a_means_still_moves_in(claims_of, text):
    assert typed(claims_of(text + "\n", date="2000-01-01"), "Event"), text


@pytest.mark.parametrize("text", [
    "On 24 April British troops landed at Dublin on the bank holiday.",
    "The troops crossed the border on the anniversary of the coup, 3 May."])
def test_an_occasion_after_on_that_dates_the_move_keeps_it(claims_of, text):
    assert typed(claims_of(text + "\n", date="2000-01-01"), "Event"), text
