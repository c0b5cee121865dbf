"""dates25's rule on a date before an agreement that a passive verb of signing follows: the date right after its
preposition ("On 14 April 1991 the accords were signed") or opening a chronology's entry ("14 April - The accords are
signed") is the time of the act, no modifier of the agreement's noun; it dates the signing, and the agreement too when
it is the subject of the passive signing verb."""

from __future__ import annotations

import pytest

from .test_extraction import the_one, values


@pytest.mark.parametrize("text, value", [
    ("On 14 April 1991 the Accra Accords were signed in Accra by Togo and Senegal.", "1991-04-14"),
    ("In March 1994 a ceasefire agreement was signed in Moscow.", "1994-03"),
    ("3 March 1991 - Rebels seize Kolda.\n14 April - The Lomé Accords are signed in Lomé.", "1991-04-14")])
def test_a_date_before_an_agreement_signed_in_the_passive_dates_the_signing_and_the_agreement(claims_of, text, value):
    claims = claims_of(text, "2000-01-01")
    assert values(claims, the_one(claims, "Signing"), "startDate") == {value}
    assert values(claims, the_one(claims, "Agreement"), "date") == {value}


@pytest.mark.parametrize("text", [
    "On 14 April 1991 the Accra Accords were violated by rebel shelling.",
    "In 2005 the ceasefire agreement was breached repeatedly."])
def test_a_date_before_an_agreement_broken_in_the_passive_is_not_its_date(claims_of, text):
    """The breach's time, not the signing's."""
    claims = claims_of(text, "2010-01-01")
    assert values(claims, the_one(claims, "Agreement"), "date") == set()


def test_a_date_after_a_determiner_still_names_the_agreement(claims_of):
    """"the 1994 Lusaka Protocol": the year says which protocol (a modifier after its determiner)."""
    claims = claims_of("In March 1998 the rebels rejected the 1994 Lusaka Protocol.", "2010-01-01")
    assert values(claims, the_one(claims, "Agreement"), "date") == {"1994"}
