"""Review of spurious38 (session 38): its guards against events that did not happen must not drop ones that did,
and must catch the same near misses told slightly differently. A capture by a force whose name ends in a word the
capture compounds list ("the Islamic State capture of Mosul") is a capture; a war "not ... until" a date came; a
fear its sentence says "came true" or "became reality" came. A war not waged with "didn't", "had not gone",
"never to go to" is none; a signature mark in square brackets or in lower case signs nothing.
"""

from __future__ import annotations

import pytest

from .test_extraction import typed


@pytest.mark.parametrize("text", [
    "The Islamic State capture of Mosul in June 2014 shocked the region.",
    "The Free State capture of Limerick in July 1922 opened the south to the army.",
])
def test_a_capture_by_a_force_named_with_state_is_a_capture(claims_of, text):
    assert typed(claims_of(text + "\n", date="2020-01-01"), "Capture"), text


@pytest.mark.parametrize("text", [
    "The United States did not go to war until April 1917.",
    "Fears of a massacre in Srebrenica came true in July 1995.",
    "The risk of war became reality when Iraqi troops crossed the border on 2 August 1990.",
])
def test_a_war_delayed_or_a_fear_come_true_is_still_an_event(claims_of, text):
    assert typed(claims_of(text + "\n", date="2000-01-01"), "Event"), text


@pytest.mark.parametrize("text", [
    "The two countries didn't go to war over the islands.",
    "The two countries had not gone to war over the islands.",
    "Both governments said they wouldn't go to war for a strip of desert.",
])
def test_a_war_not_waged_told_with_a_contraction_or_a_perfect_is_no_event(claims_of, text):
    assert not typed(claims_of(text + "\n", date="2000-01-01"), "Event"), text


@pytest.mark.parametrize("text", [
    "[Signed] Mohamed Ould Salem\nPermanent Representative of Mauritania to the United Nations",
    "(signed) Lars Eriksen\nChairman of the Monitoring Commission",
])
def test_a_signature_mark_in_square_brackets_or_lower_case_signs_nothing(claims_of, text):
    claims = claims_of(text + "\n", date="2004-03-14")
    assert not typed(claims, "Event") and not typed(claims, "Agreement"), text
