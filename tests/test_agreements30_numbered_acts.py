"""agreements30: agreements named by their number. The acts of the European Union ("Council Regulation (EU) No
1284/2009", "Decision 2009/788/CFSP") are agreements of the body that adopts them, named as written; "UNSCR 1973" is a
Security Council resolution; the body of states named with a numbered resolution ("UN Security Council Resolution
487", "the Security Council, in Resolution 428, condemned") adopted it and is its party; and a plural agreement word
after a vague quantifier ("Several ceasefires were announced") names no accord the text tells."""

from __future__ import annotations

import pytest

from .test_extraction import labels_of, the_one, typed, values

STORY = "Notes on the crisis\n\n"  # a title line: the paragraph under it is the body


@pytest.mark.parametrize("text, label", [
    ("In December 2009 the Council adopted Council Regulation (EU) No 1284/2009 imposing restrictive measures against "
     "the junta in Conakry.", "Council Regulation (EU) No 1284/2009"),
    ("The ministers adopted Decision 2011/137/CFSP on 28 February 2011, imposing an arms embargo on Libya.",
     "Decision 2011/137/CFSP"),
    ("The embargo on Burma was renewed by Council Common Position 2004/423/CFSP in April 2004.",
     "Council Common Position 2004/423/CFSP"),
])
def test_an_act_of_the_european_union_is_an_agreement_named_by_its_number(extraction_of, claims_of, text, label):
    assert label in labels_of(extraction_of, STORY + text + "\n", "2012-01-01")
    claims = claims_of(STORY + text + "\n", "2012-01-01")
    assert the_one(claims, "Resolution")


def test_a_decision_without_its_number_is_no_act_s_name(extraction_of):
    """Near-miss: "the decision of 2009" and a fraction are no act of the Union named by number."""
    labels = labels_of(extraction_of, STORY + "The Regulation was amended in 2009, and the decision of 2009 kept "
                       "the fee at 3/4 of the old rate.\n", "2012-01-01")
    assert not {label for label in labels if "/" in label}


def test_unscr_is_a_security_council_resolution(extraction_of):
    labels = labels_of(extraction_of, STORY + "UNSCR 1701 called for a full cessation of hostilities between "
                       "Israel and Hezbollah.\n", "2007-01-01")
    assert "UN Security Council Resolution 1701" in labels


@pytest.mark.parametrize("text", [
    "UN Security Council Resolution 502, adopted on 3 April 1982, demanded the withdrawal of Argentine forces.",
    "The inquiry recalled that on 20 July 1987 the Security Council, in Resolution 598, demanded a ceasefire between "
    "Iran and Iraq.",
    "On 30 April 1993 the Security Council, by Resolution 822, called for the withdrawal of forces from Kelbajar.",
])
def test_the_body_named_with_a_numbered_resolution_is_its_party(claims_of, text):
    claims = claims_of(STORY + text + "\n", "1995-01-01")
    assert any("security-council" in party for party in values(claims, the_one(claims, "Resolution"), "party"))


def test_a_body_that_only_recalls_a_resolution_in_passing_is_no_party_by_name(claims_of):
    """Near-miss: a body named apart from the resolution's words ("Russia vetoed resolution 2334") is not its maker
    by this rule."""
    claims = claims_of(STORY + "Russia, a member of the Security Council, later vetoed a draft, citing resolution "
                       "2254.\n", "2017-01-01")
    assert not values(claims, the_one(claims, "Resolution"), "party")


@pytest.mark.parametrize("text", [
    "Fighting resumed in May. Several ceasefires were announced and collapsed within hours.",
    "Fighting resumed in May. Various peace deals were signed and broken.",
])
def test_agreements_counted_vaguely_name_none(claims_of, text):
    assert not typed(claims_of(STORY + text + "\n", "1995-01-01"), "Agreement")


def test_agreements_counted_exactly_are_told(claims_of):
    """Near-miss: "two ceasefires" were told; the vague count is what names none."""
    claims = claims_of(STORY + "Fighting resumed in May. The sides signed two ceasefires in June 1994.\n", "1995-01-01")
    assert typed(claims, "Agreement")
