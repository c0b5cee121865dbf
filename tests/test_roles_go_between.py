"""A go-between of an act done together is one of its actors (session 27, roles27).

The gold of the developed texts lists who mediated talks among the talks' actors ("Talks in Buenos Aires,
mediated by Argentina, Brazil, ...": chaco-war-1935) and who brokered an agreement among the actors of its
signing ("Hussein and Arafat sign an agreement brokered by Nasser": black-september-1970): they sat at the
table. They stay no party of the agreement (its cg:mediator), and a witness or an act done apart is no part of
it. The sentences are invented, of other conflicts; each test failed on b699ab9.
"""

from __future__ import annotations

import pytest

from .test_extraction import the_one, typed, values


@pytest.mark.parametrize(("sentence", "mediators"), [
    ("Talks in Nairobi, mediated by Kenya and Uganda, opened on 3 May.", {"kenya", "uganda"}),
    ("Talks in Addis Ababa mediated by Ethiopia between Sudan and South Sudan resumed in June.", {"ethiopia"}),
    ("The negotiations, facilitated by Norway, continued in Oslo through the winter.", {"norway"}),
])
def test_who_mediated_talks_is_an_actor_of_them(claims_of, sentence, mediators):
    claims = claims_of(sentence + "\n", date="2012-12-30")
    assert mediators <= values(claims, the_one(claims, "Negotiation"), "hasActor")


def test_who_brokered_what_a_signing_signs_is_an_actor_of_the_signing_and_the_agreements_mediator(claims_of):
    claims = claims_of("In Algiers, Ethiopia and Eritrea signed an agreement brokered by Algeria.\n", date="2000-12-30")
    signing = the_one(claims, "Signing")
    assert "algeria" in values(claims, signing, "hasActor")
    [agreement] = typed(claims, "Agreement") - typed(claims, "Event")
    assert "algeria" in values(claims, agreement, "mediator")
    assert "algeria" not in values(claims, agreement, "party")


@pytest.mark.parametrize("sentence", [
    "The ceasefire agreement, brokered by Norway, collapsed in January.",  # no act done together
])
def test_a_go_between_takes_no_part_in_what_is_not_done_together(claims_of, sentence):
    claims = claims_of(sentence + "\n", date="2012-12-30")
    acts = typed(claims, "Event")
    assert not {e for e in acts if {"norway", "ethiopia"} & (values(claims, e, "hasActor") | values(claims, e, "initiatedBy"))}
