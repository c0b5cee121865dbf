"""A state named after a person as the country of the office named before them ("President Paul Biya of Cameroon")
is the person's title, as "Cameroonian President Paul Biya" is: no role of the clause's act, and the person
represents it (`claimgraph.extract.structure.titled`)."""

from __future__ import annotations

import pytest

from .test_extraction import typed, values


@pytest.mark.parametrize("text, act, states", [
    ("The Greentree Agreement was signed at the Greentree Estate in Manhasset, New York, by President Paul Biya of "
     "Cameroon and President Olusegun Obasanjo of Nigeria, in the presence of the Secretary-General.", "Signing",
     {"paul-biya": "cameroon", "olusegun-obasanjo": "nigeria"}),
    ("Prime Minister John Major of the United Kingdom opened the summit in Brussels.", "Meeting",
     {"john-major": "united-kingdom"})])
def test_the_country_of_an_office_named_after_the_person_takes_no_role(claims_of, text, act, states):
    """"President Paul Biya of Cameroon": Cameroon is the country of Biya's office: the person signed, and represents
    it; the state is no actor of the signing (it stays a party of the agreement)."""
    claims = claims_of(text, "2006-08-14")
    assert all(not set(states.values()) & values(claims, event, "hasActor") for event in typed(claims, act))
    assert all(values(claims, person, "represents") == {state} for person, state in states.items())


def test_the_agreement_signed_by_officers_of_two_states_keeps_them_as_parties(claims_of):
    """The states of the signers' offices are still the agreement's parties."""
    claims = claims_of("The Greentree Agreement was signed at the Greentree Estate in Manhasset, New York, by President "
                       "Paul Biya of Cameroon and President Olusegun Obasanjo of Nigeria.", "2006-08-14")
    [agreement] = typed(claims, "Agreement")
    assert values(claims, agreement, "party") == {"cameroon", "nigeria"}


@pytest.mark.parametrize("text, person, state", [
    ("FIFA president Gianni Infantino of Switzerland opened the World Cup in Doha.", "gianni-infantino", "switzerland"),
    ("Team chief Toto Wolff of Austria criticised the race in Bahrain.", "toto-wolff", "austria"),
    ("Opposition leader Alexei Navalny of Russia was arrested in Moscow.", "alexei-navalny", "russia"),
    ("Rebel leader John Garang of Sudan signed the agreement in Naivasha.", "john-garang", "sudan"),
    ("The UN envoy Lakhdar Brahimi of Algeria met President Bashar al-Assad in Damascus.", "lakhdar-brahimi",
     "algeria")])
def test_the_country_after_an_office_of_another_body_is_no_state_represented(claims_of, text, person, state):
    """"FIFA president Gianni Infantino of Switzerland": the office is FIFA's, the opposition's, the rebels', the UN's:
    the person does not represent the state named after them."""
    claims = claims_of(text, "2022-11-20")
    assert state not in values(claims, person, "represents")
