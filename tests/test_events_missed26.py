"""Acts the setA texts of session 26 told in shapes the pipeline missed (events26a), with invented sentences of
other conflicts: armed men landing ("landed on the beaches", "came ashore", "the amphibious landing at X") or
reaching a place ("reached the outskirts of X"), a mutiny, riots; and the near-misses each rule must not fire on
(planes and economies land, talks and armies reach agreements and targets, riot police).
"""

from __future__ import annotations

import pytest

from .test_extraction import typed


@pytest.mark.parametrize("text", [
    "On 6 June 1944 Allied troops landed on the beaches of Normandy.",
    "British commandos came ashore at San Carlos on 21 May 1982.",
    "The amphibious landing at Inchon began on 15 September 1950.",
    "Marines landed at dawn on 8 March 1965, north of the airbase.",
    "Paratroopers seized the bridges, followed by seaborne landings the next day."])
def test_armed_men_landing_are_deployed(claims_of, text):
    assert typed(claims_of(text + "\n", date="1990-01-01"), "Deployment"), text


@pytest.mark.parametrize("text", [
    "The plane landed at Heathrow on Friday.",
    "The minister's plane made an emergency landing at Entebbe.",
    "The landing craft were repaired in May.",
    "Economists expect a soft landing for the economy in 2024.",
    "Two soldiers landed in hospital after the match on Saturday."])
def test_planes_economies_and_landing_craft_deploy_no_one(claims_of, text):
    assert not typed(claims_of(text + "\n", date="2024-06-01"), "Deployment"), text


@pytest.mark.parametrize("text", [
    "Government troops reached the outskirts of Huambo on 3 May 1993.",
    "Rebel fighters reached the town of Bor on Monday.",
    "In March the insurgents reached the Atbara river."])
def test_armed_men_reaching_a_place_are_deployed(claims_of, text):
    assert typed(claims_of(text + "\n", date="1994-01-01"), "Deployment"), text


@pytest.mark.parametrize("text", [
    "The army reached its recruitment target in the border region in May.",
    "The delegation reached Geneva on Monday.",
    "Negotiators for the militia reached a deal on the frontier town in May."])
def test_targets_deals_and_travellers_reached_deploy_no_one(claims_of, text):
    assert not typed(claims_of(text + "\n", date="2020-01-01"), "Deployment"), text


def test_a_mutiny_is_a_rising_of_soldiers(claims_of):
    assert typed(claims_of("The mutiny at the Kisangani barracks ended on 14 May 2002.\n", date="2003-01-01"), "Coup")


def test_riots_are_an_event_and_riot_police_none(claims_of):
    assert typed(claims_of("After the riots in Lusaka in June 1990, the president lifted the ban.\n",
                           date="1991-01-01"), "Protest")
    assert not typed(claims_of("Riot police stood outside the stadium in Lusaka.\n", date="1991-01-01"), "Protest")


@pytest.mark.parametrize("text", [
    "General Abizaid met General Casey in Baghdad on 4 May 2005.",
    "On 3 June 1999 Ahtisaari met Milosevic in Belgrade.",
    "Early March - the Sudanese envoy meets rebel leader John Garang in Nairobi.",
    "Sharon met Arafat's envoy in Rome on 2 May 2001."])
def test_a_person_met_is_a_meeting(claims_of, text):
    assert typed(claims_of(text + "\n", date="2006-01-01"), "Meeting"), text


@pytest.mark.parametrize("text", [
    "The government met Western demands on 3 May 2005.",
    "He met his wife in Paris in 1990.",
    "The reform met the deadline on 1 June 2005.",
    "The Met Office issued a warning on 4 May 2005."])
def test_demands_deadlines_and_spouses_met_are_no_meeting(claims_of, text):
    assert not typed(claims_of(text + "\n", date="2006-01-01"), "Meeting"), text


def test_armed_men_meeting_resistance_clash_and_a_bill_does_not(claims_of):
    assert typed(claims_of("On 22 September 1998 South African troops met fierce resistance at the barracks.\n",
                           date="1999-01-01"), "Clash")
    for text in ("The bill met resistance in parliament on 3 May 2005.",
                 "On 3 May 2005 the troops met no resistance at the bridge."):
        assert not typed(claims_of(text + "\n", date="2006-01-01"), "Clash"), text


@pytest.mark.parametrize("text", [
    "3 March 1996 - Unknown men blow up the railway bridge over the Save river.",
    "On 21 December 1988 the bombers blew up the airliner over Lockerbie.",
    "14 May - Federal artillery and aircraft pound villages south of the capital.",
    "In the following days government forces fire Grad rockets at the rebel town."])
def test_crafts_blown_up_and_towns_pounded_or_fired_at_are_attacked(claims_of, text):
    assert typed(claims_of(text + "\n", date="1997-01-01"), "Attack"), text


@pytest.mark.parametrize("text", [
    "On 3 May 2005 the minister blew up the budget.",
    "On 3 May 2005 critics blew up the hotel scandal.",
    "On 3 May 2005 a fire destroyed the market.",
    "On 3 May 2005 the soldiers bought a pound of rice.",
    "On 3 May 2005 heavy rain pounded the coast."])
def test_budgets_scandals_fires_and_rain_attack_no_one(claims_of, text):
    assert not typed(claims_of(text + "\n", date="2006-01-01"), "Attack"), text


@pytest.mark.parametrize("text", [
    "The airlift that began on 2 May 1990 brought home some 40,000 Liberians.",
    "An airlift of refugees from Tuzla began on 3 June 1993."])
def test_an_airlift_of_people_home_or_out_is_an_event(claims_of, text):
    assert typed(claims_of(text + "\n", date="1994-01-01"), "Deployment"), text


def test_an_airlift_of_one_hiker_is_no_event(claims_of):
    assert not typed(claims_of("A helicopter airlift of the injured hiker ended on 3 May 2005.\n", date="2006-01-01"),
                     "Deployment")
