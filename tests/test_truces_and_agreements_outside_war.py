"""A truce and an agreement told outside war: sides of no war conclude no ceasefire, two sides of one do.

Reviewers ran session 21's rules on sentences outside war reporting (reviews 25 and 27): "The company declared a truce
with the unions" was the entry into force of a ceasefire, and "Israel and Hamas agreed to a four-day pause in
fighting" told no agreement (no meeting told before the verb). Each test has the reviewer's sentence and one of
another shape.
"""

from __future__ import annotations

import pytest

from .test_extraction import the_one, typed, values

HALTS = ("Ceasefire", "EntryIntoForce")


@pytest.mark.parametrize("sentence", [
    "The company declared a truce with the unions.",
    "The two rival gangs declared a truce in the city's east.",
    "The management agreed a truce with the workers after the strike.",
])
def test_a_truce_between_parties_of_no_war_is_no_ceasefire(claims_of, sentence):
    claims = claims_of(sentence + "\n", date="2023-05-01")
    assert not any(typed(claims, cls) for cls in HALTS)


@pytest.mark.parametrize("sentence", [
    "The army declared a truce with the rebels in Darfur.",
    "The Sudanese government agreed a truce with the rebels in Darfur.",
    "The government declared a ceasefire with immediate effect in Darfur.",
    "The two warring parties declared a truce in the north of the country.",
])
def test_a_truce_with_or_by_a_side_of_war_stays_a_ceasefire(claims_of, sentence):
    claims = claims_of(sentence + "\n", date="2023-05-01")
    assert any(typed(claims, cls) for cls in HALTS)


@pytest.mark.parametrize("sentence, parties", [
    ("Israel and Hamas agreed to a four-day pause in fighting.", {"israel", "hamas"}),
    ("Armenia and Azerbaijan agreed on a prisoner swap in December.", {"armenia", "azerbaijan"}),
    ("Russia and Ukraine agreed to withdraw their troops from the plant.", {"russia", "ukraine"}),
])
def test_two_sides_that_agree_to_pause_the_fighting_conclude_an_agreement(claims_of, sentence, parties):
    claims = claims_of(sentence + "\n", date="2023-12-20")
    assert values(claims, the_one(claims, "Agreement"), "party") == parties


@pytest.mark.parametrize("sentence", [
    "The board met on Monday and agreed to raise the dividend.",
    "Russia agreed to withdraw its troops from the plant.",
    "Apple and Google agreed to end their patent dispute.",
    "France and Germany agreed to withdraw the proposal.",
])
def test_one_side_or_sides_of_no_war_agreeing_conclude_no_agreement(claims_of, sentence):
    assert not typed(claims_of(sentence + "\n", date="2023-12-20"), "Agreement")
