"""Agreements found, not invented: agreeing only to talk, a truce one side offers, treaties named in the plural.

Seen on session 24's reading half (setA): "Margaret Thatcher ... agreed to call a conference of all the parties"
(lancaster-house-1979) was made an agreement, though it concluded none; "A twenty-day truce offered by Paraguay"
(chaco-war-1935) was made an accord with Paraguay its party, though the gold tells one side's halt (an event); and
"defend the canal treaties" (panama-1989) was found as nothing, since only the singular "treaty" named one. Each test
has a sentence of that material, one of another shape and one outside war. So do two behaviours last round's
reviewers and the lead's reading left: an accord told with a participle phrase before its end ("The ceasefire agreed in
Minsk was broken within days") and a signing labelled after a mediator ("Uruguay signing", chaco-war-1935).
"""

from __future__ import annotations

import pytest

from .test_extraction import the_one, typed, values

AGREEMENTS = ("Agreement", "Ceasefire", "Treaty", "Protocol", "Armistice")


def _accords(claims) -> set[str]:
    return {e for cls in AGREEMENTS for e in typed(claims, cls)}


@pytest.mark.parametrize("sentence", [
    "The breakthrough came at the Commonwealth conference in Lusaka in August 1979, where Margaret Thatcher, the new "
    "British prime minister, agreed to call a conference of all the parties.",
    "At talks in Geneva the two governments agreed to hold a further round of negotiations in March.",
    "The two companies met in May and agreed to hold talks on a merger.",
])
def test_agreeing_only_to_talk_concludes_no_agreement(claims_of, sentence):
    assert not _accords(claims_of(sentence + "\n", date="1979-12-30"))


def test_sides_that_met_and_agreed_to_act_still_concluded_one(claims_of):
    claims = claims_of("In March 1990 the URNG and the National Reconciliation Commission met in Oslo and agreed to "
                       "seek a political settlement.\n", date="1996-12-30")
    assert typed(claims, "Agreement")


@pytest.mark.parametrize("sentence", [
    "A twenty-day truce offered by Paraguay after that victory expired in January 1934 without result.",
    "The three-day truce granted by the king to the rebels ended on Sunday.",
])
def test_a_truce_offered_by_one_side_is_its_halt_not_an_accord(claims_of, sentence):
    claims = claims_of(sentence + "\n", date="1935-07-01")
    assert not _accords(claims)
    assert typed(claims, "EntryIntoForce")


def test_a_truce_offered_by_a_union_is_a_figure_of_speech(claims_of):
    claims = claims_of("The two-week truce offered by the union expired on Friday without a new contract.\n",
                       date="2021-05-10")
    assert not _accords(claims)
    assert not typed(claims, "EntryIntoForce")


@pytest.mark.parametrize("sentence", [
    "Bush said he acted to protect American lives, restore democracy, fight drug trafficking and defend the canal "
    "treaties.",
    "Both states ratified the border treaties in 1999.",
    "The treaties of Westphalia ended the Thirty Years War in 1648.",
])
def test_treaties_named_in_the_plural_are_an_agreement(claims_of, sentence):
    assert typed(claims_of(sentence + "\n", date="1999-12-30"), "Treaty")


@pytest.mark.parametrize(("sentence", "mediator"), [
    ("Talks in Buenos Aires, mediated by Argentina, Brazil, Chile, Peru, the United States and Uruguay, produced a "
     "protocol signed on 12 June 1935 by the foreign ministers of the two countries, Tomás Manuel Elío of Bolivia and "
     "Luis Alberto Riart of Paraguay.", "uruguay"),
    ("After talks brokered by Egypt and Qatar, the accord was signed in Cairo on 12 October.", "qatar"),
])
def test_a_signing_is_not_labelled_after_a_go_between_listed_before_it(claims_of, sentence, mediator):
    """chaco-war-1935: the lead read "Uruguay signing", the last of the six mediators named before the signing."""
    [signing] = typed(claims_of(sentence + "\n", date="1935-07-01"), "Signing")
    assert not signing.startswith(mediator)


@pytest.mark.parametrize("sentence", [
    "The ceasefire agreed by both sides was broken within days.",
    "The truce signed at the border has been violated many times.",
])
def test_an_accord_whose_subject_carries_a_participle_of_concluding_is_still_the_one_broken(claims_of, sentence):
    """Last round's reviewers: "The ceasefire agreed in Minsk was broken within days" told no violation, as the cue
    read only the word right before it. A phrase with a name is left (review43: its place would be the violation's,
    `test_agreements_review43`)."""
    claims = claims_of(sentence + "\n", date="2020-01-01")
    [violation] = typed(claims, "Violation")
    assert values(claims, violation, "ofAgreement") == typed(claims, "Ceasefire")


def test_a_record_set_and_broken_is_no_violation(claims_of):
    assert not typed(claims_of("The record set by the champion in 1999 was broken in 2005.\n"), "Violation")


@pytest.mark.parametrize(("sentence", "body"), [
    ('On Dec. 22 the Organization of American States voted 20-1, with the United States against, to "deeply deplore" '
     "the intervention and call for the withdrawal of U.S. troops.", "organization-of-american-states"),
    ("On 14 January the UN General Assembly voted 104 to 18 to call for the withdrawal of foreign troops.",
     "united-nations-general-assembly"),
])
def test_a_body_of_states_that_voted_to_deplore_adopted_a_resolution_it_is_party_to(claims_of, sentence, body):
    """panama-1989: the OAS resolution was told by its vote alone, and found as nothing."""
    claims = claims_of(sentence + "\n", date="1989-12-30")
    resolution = the_one(claims, "Agreement")
    assert values(claims, resolution, "party") == {body}


def test_a_board_that_voted_to_approve_a_merger_adopted_no_resolution(claims_of):
    assert not _accords(claims_of("The board voted 7-2 to approve the merger on Monday.\n"))


def test_a_vote_adopts_a_resolution_of_its_own_not_the_treaties_named_before(claims_of):
    claims = claims_of("Bush said he acted to defend the canal treaties. On Dec. 22 the Organization of American "
                       "States voted 20-1 to deplore the intervention.\n", date="1989-12-30")
    assert len(_accords(claims)) == 2
