"""Event words in a sentence that tells no event or in a sense that names none (session 38, spurious38): a war
the sides promised not to go to ("promised not to go to war"), one whose danger, risk or prospect is told ("the
danger of a general war", "the risk of renewed fighting", "fear of arrest"), a signature line's "Signed" ("(Signed)
A. Name" under a letter, "Signed in X, this 27th day of ..." dating a document), a capture of a lecture, of motion or
of carbon; with invented sentences of several conflicts and kinds of text, and the sentences each rule must leave
alone: a war that came, fighting that goes on, a treaty signed, a town taken.
"""

from __future__ import annotations

import pytest

from .test_extraction import typed


@pytest.mark.parametrize("text", [
    "After a week of threats over the river islands, the two presidents promised not to go to war.",
    "The two kingdoms quarrelled over the valley for a century but never went to war over it.",
    "The prime minister said his country would not go to war for a strip of desert.",
    "The agreement of 10 May removed the immediate danger of a general war in the region.",
    "Diplomats warned of the risk of renewed fighting along the Drina before the winter.",
    "The envoys spoke of the spectre of war between the two republics.",
    "Many opposition deputies left the capital for fear of arrest.",
    "Observers saw little prospect of talks before the spring of 1991.",
])
def test_a_war_not_waged_or_only_feared_is_no_event(claims_of, text):
    claims = claims_of(text + "\n", date="2000-01-01")
    assert not typed(claims, "Event"), text


@pytest.mark.parametrize("text", [
    "(Signed) Mohamed Ould Salem\nPermanent Representative of Mauritania to the United Nations",
    "Signed in Kinshasa, this 14th day of March 2004,\nfor the Executive Council of the Movement",
    "(Signed) Lars Eriksen\nChairman of the Monitoring Commission",
])
def test_a_signature_line_signs_nothing(claims_of, text):
    claims = claims_of(text + "\n", date="2004-03-14")
    assert not typed(claims, "Event") and not typed(claims, "Agreement"), text


@pytest.mark.parametrize("text", [
    # wars, fighting and arrests that happened, and a danger told of them after "the"
    "Peru and Ecuador went to war over the Cordillera del Condor in January 1995.",
    "The two states did go to war in 1969, four days after the match.",
    "Despite the danger, the battalion attacked the ridge at dawn on 3 May 1999.",
    "Fighting resumed along the Drina on 3 May 1993, and the risk to civilians grew.",
    "Police arrested the opposition leader on 4 June 1989.",
    "The danger of the fighting in Mostar for civilians was plain when the bridge fell on 9 November 1993.",
    "Talks began in Dayton on 1 November 1995.",
    # what is feared of an event that is: its spread, its collapse
    "The risk of fighting spreading to Kumanovo grew after the rebels attacked on 3 May 2001.",
])
def test_a_war_fought_or_a_danger_of_fighting_that_goes_on_is_still_an_event(claims_of, text):
    claims = claims_of(text + "\n", date="2000-01-01")
    assert typed(claims, "Event") or typed(claims, "Agreement"), text


@pytest.mark.parametrize("text", [
    "The Treaty of Peace was signed in Buenos Aires on 21 July 1938 by Bolivia and Paraguay.",
    "Signed in Lusaka on 10 July 1999, the ceasefire agreement bound six states.",
    "The two presidents signed the peace agreement in Abuja on 1 November 1998.",
])
def test_a_treaty_signed_is_still_a_signing(claims_of, text):
    claims = claims_of(text + "\n", date="2000-01-01")
    assert typed(claims, "Event") or typed(claims, "Agreement"), text


@pytest.mark.parametrize("text", [
    # sport, business, courts, weather: no event either way
    "The club faced the danger of relegation after a fifth defeat.",
    "Investors weighed the risk of a price war among the airlines.",
    "The court saw a risk of flight and refused bail.",
    "Forecasters warned of the danger of floods along the coast.",
    "The contract was signed by the striker on Friday and he joins in July.",
    "The judge signed the order on Monday.",
])
def test_near_misses_of_other_domains_type_no_war(claims_of, text):
    claims = claims_of(text + "\n", date="2000-01-01")
    assert not typed(claims, "War") and not typed(claims, "Attack"), text


@pytest.mark.parametrize("text", [
    "Mediators warned of the risk of a ceasefire collapsing after the ceasefire of 8 June 1994 took hold.",
])
def test_a_ceasefire_whose_collapse_is_feared_is_still_told(claims_of, text):
    claims = claims_of(text + "\n", date="2000-01-01")
    assert typed(claims, "Agreement") or typed(claims, "Event"), text


@pytest.mark.parametrize("text", [
    "[Lecture capture transcript, week 4: the Balkan wars]",
    "The studio used motion capture for the battle scenes of the film.",
    "The plant's carbon capture unit opened in 2019.",
    "Critics said the agency had suffered regulatory capture by the banks.",
])
def test_a_capture_of_a_lecture_of_motion_or_of_carbon_is_no_capture(claims_of, text):
    assert not typed(claims_of(text + "\n", date="2020-01-01"), "Capture"), text


@pytest.mark.parametrize("text", [
    "The capture of Kismayo by Kenyan troops on 28 September 2012 ended the siege.",
    "Rebels captured the town of Goma on 20 November 2012.",
])
def test_a_town_taken_is_still_a_capture(claims_of, text):
    assert typed(claims_of(text + "\n", date="2020-01-01"), "Capture"), text
