"""Events the setA texts of session 30 told or mistold (events30), with invented sentences of other conflicts: troops
marching are no protest, a building burned is an attack, a third party's mediation and a telephone call told by their
nouns, two calls of other holders on one day are two, and a named person's death dated alone is no killing; and the
near-misses each rule must not fire on.
"""

from __future__ import annotations

import pytest

from .test_extraction import typed


@pytest.mark.parametrize("text", [
    "The war began in April. The garrison marched out of the fort with its arms on 4 May.",
    "The invasion began in August. Soviet troops marched into the capital the next morning.",
    "Two battalions of paratroopers marched on the provincial capital in June."])
def test_armed_men_marching_hold_no_protest(claims_of, text):
    assert not typed(claims_of(text + "\n", date="2000-01-01"), "Protest"), text


@pytest.mark.parametrize("text", [
    "Thousands of students marched through the capital on 4 May.",
    "Farmers marched on parliament to demand land."])
def test_people_marching_protest(claims_of, text):
    assert typed(claims_of(text + "\n", date="2000-01-01"), "Protest"), text


@pytest.mark.parametrize("text", [
    "The riots spread in March. Mobs burned the French consulate two days later.",
    "In June the militia burned the library of the university.",
    "Rioters burnt down the police station in Kisumu."])
def test_a_building_burned_is_an_attack(claims_of, text):
    assert typed(claims_of(text + "\n", date="2000-01-01"), "Attack"), text


@pytest.mark.parametrize("text", [
    "The farmers burned their fields in May to clear them.",
    "Critics burned the budget plan in the press.",
    "The cook burned the sauce."])
def test_fields_plans_or_food_burned_are_no_attack(claims_of, text):
    assert not typed(claims_of(text + "\n", date="2000-01-01"), "Attack"), text


@pytest.mark.parametrize("text", [
    "The crisis deepened in January. Mediation began on 22 January, when the envoy arrived in Lusaka.",
    "The Vatican's mediation lasted six years."])
def test_mediation_told_by_its_noun_is_a_negotiation(claims_of, text):
    assert typed(claims_of(text + "\n", date="2000-01-01"), "Negotiation"), text


@pytest.mark.parametrize("text", [
    "The two chiefs of staff met in Minsk and agreed, with Swiss mediation, to halt the shelling.",
    "The fighting broke out in 1974 and was halted in 1975 through mediation by the regional body."])
def test_mediation_as_the_means_of_an_agreement_or_a_halt_is_no_talks_of_its_own(claims_of, text):
    assert not typed(claims_of(text + "\n", date="2000-01-01"), "Negotiation"), text


def test_a_telephone_call_told_by_its_noun_is_a_meeting(claims_of):
    text = "After a telephone call between the two foreign ministers on 5 July, both sides pulled back.\n"
    assert typed(claims_of(text, date="2000-01-01"), "Meeting")


def test_two_calls_of_other_holders_on_one_day_are_two_meetings(claims_of):
    text = ("On 3 May President Ortega phoned President Arias. On 3 May Chancellor Kohl telephoned President "
            "Mitterrand.\n")
    assert len(typed(claims_of(text, date="2000-01-01"), "Meeting")) == 2


@pytest.mark.parametrize("text", [
    "Pope Pius XII died in 1958.",
    "Marshal Tito died on 4 May 1980.",
    "General Franco died in November 1975, and the transition began."])
def test_a_named_death_dated_alone_is_no_killing(claims_of, text):
    assert not typed(claims_of(text + "\n", date="2005-01-01"), "Killing"), text


def test_a_named_death_told_with_where_it_happened_is_still_a_killing(claims_of):
    assert typed(claims_of("Sergeant Amadou Diallo died at the gun pit on 3 May.\n", date="2005-01-01"), "Killing")


def test_two_armies_that_clashed_clash(claims_of):
    text = "The war began in August. In the spring of 1965 the two armies clashed in the salt marshes.\n"
    assert typed(claims_of(text, date="2000-01-01"), "Clash")


@pytest.mark.parametrize("text", [
    "On Saturday, 24 April, a group of young officers rose against the government.",
    "In March the villagers rose against the occupiers."])
def test_officers_or_a_people_rising_against_a_government_revolt(claims_of, text):
    assert typed(claims_of(text + "\n", date="2000-01-01"), "War"), text


@pytest.mark.parametrize("text", [
    "Shares rose against the dollar on Monday.",
    "The pound rose against the euro in May."])
def test_a_price_rising_against_another_is_no_revolt(claims_of, text):
    assert not typed(claims_of(text + "\n", date="2000-01-01"), "War"), text


@pytest.mark.parametrize("text", [
    "After the massacre some 300,000 people demonstrated in Haifa.",
    "Students demonstrated against the treaty on 3 May."])
def test_people_who_demonstrated_in_a_place_or_against_something_protest(claims_of, text):
    assert typed(claims_of(text + "\n", date="2000-01-01"), "Protest"), text


@pytest.mark.parametrize("text", [
    "The army demonstrated its resolve in May.",
    "The trial demonstrated in March that the missile worked."])
def test_what_was_shown_is_no_protest(claims_of, text):
    assert not typed(claims_of(text + "\n", date="2000-01-01"), "Protest"), text


def test_commandos_that_landed_unseen_land(claims_of):
    text = "The standoff went on. Then Greek commandos landed unseen on the eastern islet on Tuesday night.\n"
    assert typed(claims_of(text, date="2000-01-01"), "Deployment")
