"""Guards from the review of agree27's rules (session 27): each sentence was read worse after the branch than
before it, and is read as before again. The sentences are invented, of other conflicts.

- A denial or rumour of what befell an agreement ("denied reports of ceasefire violations") tells one that stands;
  agree27 read the agreement word as what was denied and dropped it.
- A ceasefire offered by one side is turned down only by a verb of refusing that governs it; agree27 dropped it for
  any refusal in its sentence ("... came into force on 5 May, after the rebels rejected an earlier plan"), and for
  one taken up later ("but signed it a week later").
- A movement's charter ("the Palestine Liberation Organization's charter", "the Muslim League's charter") is no
  treaty between states; agree27 read "Organization" or "League" anywhere in the owner's name as a body of states.
- Two sides agreeing to withdraw something else, then a clause on troops ("withdraw their ambassadors, and troops
  massed"), concluded no pullback; agree27's list commas let the words run on past ", and".
"""

from __future__ import annotations

import pytest

from .test_extraction import typed

AGREEMENTS = ("Agreement", "Ceasefire", "Treaty", "Protocol", "Armistice")


def _accords(claims) -> set[str]:
    return {e for cls in AGREEMENTS for e in typed(claims, cls)}


@pytest.mark.parametrize(("sentence", "cls"), [
    ("The army denied reports of ceasefire violations by its troops near the border.", "Ceasefire"),
    ("Moscow dismissed claims of treaty breaches as propaganda.", "Treaty"),
    ("Both sides denied reports of a ceasefire breakdown.", "Ceasefire"),
])
def test_a_denial_of_what_befell_an_agreement_keeps_the_agreement(claims_of, sentence, cls):
    assert typed(claims_of(sentence + "\n", date="2020-06-01"), cls)


@pytest.mark.parametrize("sentence", [
    "The ceasefire offered by the mediators came into force on 5 May, after the rebels rejected an earlier plan.",
    "The ceasefire offered by Hanoi held for a week, though Saigon refused to withdraw its troops.",
    "The rebels at first rejected the truce offered by the army but signed it a week later.",
])
def test_an_offered_ceasefire_no_refusal_governs_or_that_was_taken_up_stays(claims_of, sentence):
    assert typed(claims_of(sentence + "\n", date="2020-06-01"), "Ceasefire")


@pytest.mark.parametrize("sentence", [
    "The truce offered by Hamas was rejected by Israel.",
    "The army, which had refused the ceasefire offered by the rebels in May, signed a new accord in June.",
])
def test_an_offered_ceasefire_refused_in_the_passive_or_before_another_accord_is_none(claims_of, sentence):
    assert not typed(claims_of(sentence + "\n", date="2020-06-01"), "Ceasefire")


@pytest.mark.parametrize("sentence", [
    "The Palestine Liberation Organization's charter called for the destruction of Israel.",
    "The Muslim League's charter demanded a separate state.",
    "The National League for Democracy, whose charter calls for federalism, won the vote.",
])
def test_a_movements_charter_is_no_treaty(claims_of, sentence):
    assert not _accords(claims_of(sentence + "\n", date="1990-06-01"))


def test_a_charter_of_a_body_named_organization_of_is_a_treaty(claims_of):
    sentence = "The Organization of American States, whose charter bars intervention, condemned the landing.\n"
    assert typed(claims_of(sentence, date="1965-05-01"), "Treaty")


@pytest.mark.parametrize("sentence", [
    "Both sides agreed to withdraw their ambassadors, and troops massed on the border.",
    "Both sides agreed to withdraw complaints, lawsuits, and troops remained on alert.",
])
def test_a_pullback_list_ends_at_a_comma_before_a_conjunction(claims_of, sentence):
    """agree27 let the pullback's words run across a list's commas, also across ", and" into the next clause."""
    assert not typed(claims_of(sentence + "\n", date="2020-06-01"), "Agreement")
