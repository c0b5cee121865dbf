"""Ceasefires of war reporting, events told after a list asked for, two sides that agree: review 29's findings.

Review 29 ran leftovers22's rules on ordinary war reporting: a truce was read as civilian whenever no word of war
stood beside it ("The group declared a unilateral ceasefire in March" lost its ceasefire); a definite first item of
what is asked for swallowed what the sentence told after it ("called for the resignation of the defence minister
after the bombing of the market and the killing of 20 civilians" lost the killing); any "and" or "two" before "agreed"
made one side's decision an agreement ("Two days later, Russia agreed to withdraw its troops"), and a word of war in
the act was its own evidence of sides at war. Each test has the reviewer's sentences.
"""

from __future__ import annotations

import pytest

from .test_extraction import typed

HALTS = ("Ceasefire", "EntryIntoForce")


@pytest.mark.parametrize("sentence", [
    "The group declared a unilateral ceasefire in March.",
    "The organisation declared a permanent ceasefire in 2011.",
    "The movement declared a ceasefire on Friday.",
    "The coalition declared a unilateral ceasefire in Yemen.",
    "The defence ministry declared a ceasefire in the region.",
    "The transitional council declared a ceasefire in Khartoum.",
    "The breakaway republic declared a ceasefire on Monday.",
    "Israel declared a truce with the militant group in Gaza.",
    "Pakistan agreed a ceasefire with the militant group.",
    "Colombia declared a ceasefire with the jihadist groups.",
    "The government signed a ceasefire with the breakaway region.",
    "The ceasefire with the mutineers collapsed on Tuesday.",
    "The ceasefire with the insurgency held until May.",
    "The army declared a ceasefire with the approach of winter.",
    "The rebels declared a truce with the help of mediators.",
    "Israel declared a truce with the gangs in Gaza.",
])
def test_a_ceasefire_of_parties_not_known_civilian_stays_a_ceasefire(claims_of, sentence):
    """Only a civilian party (its head noun) makes a truce a figure of speech; a side of war or a name that declares
    it makes its "with" party tell nothing."""
    claims = claims_of(sentence + "\n", date="2023-05-01")
    assert any(typed(claims, cls) for cls in HALTS)


@pytest.mark.parametrize("sentence", [
    "The ceasefire with the unions collapsed on Tuesday.",
    "The club declared a truce with its fans.",
])
def test_a_truce_whose_party_is_civilian_is_no_ceasefire(claims_of, sentence):
    claims = claims_of(sentence + "\n", date="2023-05-01")
    assert not any(typed(claims, cls) for cls in HALTS)


@pytest.mark.parametrize("sentence, cls", [
    ("The opposition called for the resignation of the defence minister after the bombing of the market and the "
     "killing of 20 civilians.", "Killing"),
    ("Protesters demanded the return of the land seized during the invasion and the occupation of Crimea.",
     "Occupation"),
])
def test_what_a_sentence_tells_after_a_definite_item_asked_for_happened(claims_of, sentence, cls):
    """A definite first item asked for ends before a preposition of time or cause and a past participle."""
    assert typed(claims_of(sentence + "\n", date="2022-03-10"), cls)


@pytest.mark.parametrize("sentence", [
    "The UN called for calm and the withdrawal of Iraqi troops from Kuwait.",
    "The UN called for restraint and the withdrawal of Iraqi troops from Kuwait.",
])
def test_a_later_item_asked_for_after_a_bare_first_one_has_not_happened(claims_of, sentence):
    assert not typed(claims_of(sentence + "\n", date="1990-09-01"), "Withdrawal")


def test_an_event_after_a_time_preposition_in_an_item_asked_for_is_told(extraction_of):
    text = "The UN called for the protection of civilians after the invasion and the bombing of Kharkiv.\n"
    words = {c.exact for c in extraction_of(text, "2022-03-10").claims if c.predicate == "type" and c.obj == "Attack"}
    assert "bombing" in words


@pytest.mark.parametrize("sentence", [
    "After weeks of fighting and heavy losses, Russia agreed to withdraw its troops from the plant.",
    "Two days later, Russia agreed to withdraw its troops from the plant.",
    "Democrats and Republicans agreed to a pause in hostilities over the budget.",
])
def test_one_side_or_sides_named_by_the_act_alone_conclude_no_agreement(claims_of, sentence):
    """Two sides are named in the verb's subject, right before it; the act agreed on is no evidence of them."""
    assert not typed(claims_of(sentence + "\n", date="2023-12-20"), "Agreement")


@pytest.mark.parametrize("sentence", [
    "The warring parties agreed to exchange prisoners.",
    "The government and the rebels agreed to a humanitarian pause.",
    "The two sides agreed to withdraw their troops from the border.",
])
def test_sides_named_in_the_subject_that_agree_to_pause_the_fighting_conclude_an_agreement(claims_of, sentence):
    assert typed(claims_of(sentence + "\n", date="2023-12-20"), "Agreement")
