"""Review guards of session 30's events30 and agreements30 (fix-events-agree30): sentences of other kinds of text
(science, business, sport, weather, daily life, other bodies' acts) on which a rule of those branches made a claim the
sentence does not tell; each failed before its mend."""

from __future__ import annotations

import pytest

from .test_extraction import labels_of, typed, values

STORY = "Notes on the week\n\n"  # a title line: the paragraph under it is the body


@pytest.mark.parametrize("text", [
    "She burned the midnight oil at the office before the exam in May.",
    "A kitchen fire burned the school to the ground on Tuesday, officials said.",
    "Lightning burned the church roof in Lincoln last summer.",
    "The startup burned through its cash at its new headquarters in 2019.",
    "He burned his old letters at home after the divorce.",
    "The candle burned down the house in 1998, the insurer said.",
    "The sun burned the paint off the cars in the parking lot."])
def test_a_fire_or_what_burned_elsewhere_is_no_arson(claims_of, text):
    """"burned" is arson only with a building as its object and no fire as its subject."""
    assert not typed(claims_of(text + "\n", "2000-01-01"), "Attack"), text


@pytest.mark.parametrize("text", [
    "As demonstrated in Figure 3, the curve flattens after June.",
    "The results demonstrated in Table 2 show a clear trend.",
    "The drug demonstrated against placebo a significant benefit in the trial.",
    "The company demonstrated in Berlin its new electric car on Monday.",
    "She demonstrated at Wimbledon why she is the champion.",
    "The vaccine demonstrated against the Delta variant an efficacy of 90 per cent.",
    "The scientists demonstrated through Monte Carlo simulations that the model holds."])
def test_demonstrated_that_shows_something_is_no_protest(claims_of, text):
    assert not typed(claims_of(text + "\n", "2000-01-01"), "Protest"), text


@pytest.mark.parametrize("text", [
    "The number of residents rose against the 2010 census figure.",
    "Officers' pay rose against inflation last year.",
    "The share of citizens who vote rose against 2015 levels.",
    "The army's budget rose against last year's figure."])
def test_an_amount_that_rose_against_a_figure_is_no_revolt(claims_of, text):
    assert not typed(claims_of(text + "\n", "2000-01-01"), "War"), text


@pytest.mark.parametrize("text", [
    "Phone calls to the helpline rose by 20% in January.",
    "He ignored phone calls from reporters all week.",
    "Telephone calls cost ten cents a minute in 1990."])
def test_calls_counted_by_a_plural_are_no_meeting(claims_of, text):
    assert not typed(claims_of(text + "\n", "2000-01-01"), "Meeting"), text


@pytest.mark.parametrize("text", [
    "Mediation is cheaper than litigation for most small firms.",
    "She studied conflict mediation at Harvard in 2005."])
def test_mediation_in_general_is_no_negotiation(claims_of, text):
    assert not typed(claims_of(text + "\n", "2000-01-01"), "Negotiation"), text


def test_armies_of_shoppers_are_no_armed_men(claims_of):
    assert not typed(claims_of("Armies of shoppers stormed the stores on Black Friday.\n", "2000-01-01"), "Attack")


def test_near_misses_of_the_guards_still_hold(claims_of):
    """The acts the guarded rules exist for still stand beside them."""
    assert typed(claims_of("Students demonstrated against the treaty outside the embassy.\n", "2000-01-01"), "Protest")
    assert typed(claims_of("A group of young officers rose against the government in 1958.\n", "2000-01-01"), "War")
    assert typed(claims_of("The Kurds rose against Baghdad in 1991.\n", "2000-01-01"), "War")
    assert typed(claims_of("Phone calls between the two presidents in March eased the crisis.\n", "2000-01-01"),
                 "Meeting")
    assert typed(claims_of("Soldiers burned the village school in May.\n", "2000-01-01"), "Attack")
    assert typed(claims_of("The customs house was burned, the shops looted.\n", "2000-01-01"), "Attack")


@pytest.mark.parametrize("text", [
    "NATO, under Resolution 1973, enforced a no-fly zone over Libya in March 2011.",
    "The African Union, under resolution 2036, deployed troops to Somalia in 2012.",
    "The European Union, in resolution 1244, was asked to help Kosovo."])
def test_a_body_acting_under_or_asked_by_a_resolution_is_no_party_to_it(claims_of, text):
    claims = claims_of(STORY + text + "\n", "2013-01-01")
    assert not any(p == "party" and s.startswith("resolution-") for s, p, _, _ in claims), text


def test_the_security_council_in_its_resolution_is_still_its_party(claims_of):
    claims = claims_of(STORY + "The Security Council, in resolution 1244, demanded a withdrawal.\n", "2000-01-01")
    assert "security-council" in values(claims, "un-security-council-resolution-1244", "party")


@pytest.mark.parametrize("text, label", [
    ("The Spanish Constitutional Court annulled the law in Decision 31/2010 in June 2010.", "Decision 31/2010"),
    ("Ministerial Decision 45/2017 of the Greek government set the new fees.", "Decision 45/2017"),
    ("The fraction 3/4 and Regulation No 12/34 of the club were discussed.", "Regulation No 12/34"),
    ("Regulation 2019/12 of the Spanish tax agency set new fees.", "Regulation 2019/12")])
def test_an_act_without_the_union_s_mark_is_no_act_of_the_union(extraction_of, text, label):
    assert label not in labels_of(extraction_of, STORY + text + "\n", "2020-01-01"), text


def test_many_short_lived_agreements_name_no_accord(claims_of):
    claims = claims_of("Many short-lived agreements on prices failed in the 1970s.\n", "2000-01-01")
    assert not typed(claims, "Agreement")


@pytest.mark.parametrize("text", [
    "Several officers rose up the ranks quickly in 2010.",
    "The officers rose up from their seats when the judge entered."])
def test_officers_rising_up_are_no_revolt(claims_of, text):
    """Officers revolt only rising "against" someone (`RISING_RANKS`); they are no people that "rose up" alone."""
    assert not typed(claims_of(text + "\n", "2000-01-01"), "War"), text
