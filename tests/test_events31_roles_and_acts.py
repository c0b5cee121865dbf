"""Events and their roles (events31), with invented sentences of other conflicts: a state that only qualifies the office
of a leader whose followers an act names takes no role; the holders of a place an act of force struck are its target;
armed men or police who "fired on" a target attack it with no weapon named; a state or armed men that occupied a named
land occupy it; "the offensive that follows" is an act of its own, not the conflict told before; and the near-misses of
sport, business, politics and weather each rule must not fire on.
"""

from __future__ import annotations

import pytest

from .test_extraction import the_one, typed, values


def roles(claims) -> set[str]:
    """Every actor, target and place any event of the claims takes."""
    return {o for _, p, o, _ in claims if p in ("hasActor", "initiatedBy", "target", "hasPlace")}


@pytest.mark.parametrize("text", [
    "Police arrested supporters of the Egyptian president in Cairo on 3 May 2004.",
    "Soldiers detained relatives of Libya's ruler near Tripoli in March 2011.",
    "Gunmen attacked the Iraqi leader's bodyguards in Baghdad on 2 June 2004."])
def test_a_state_qualifying_a_leaders_office_whose_followers_an_act_names_takes_no_role(claims_of, text):
    claims = claims_of(text + "\n", date="2012-01-01")
    assert typed(claims, "Event"), text
    assert not {"egypt", "libya", "iraq"} & roles(claims), text


def test_the_label_of_such_an_act_names_no_state_of_an_office(claims_of):
    claims = claims_of("Police arrested supporters of the Egyptian president in Cairo on 3 May 2004.\n")
    assert "egypt" not in the_one(claims, "Arrest")


def test_the_holder_of_an_office_acted_on_keeps_his_state_as_before(claims_of):
    claims = claims_of("Mexican soldiers arrested American sailors in Veracruz in April 1914.\n")
    assert "united-states" in values(claims, the_one(claims, "Arrest"), "target")


@pytest.mark.parametrize("text, holder", [
    ("Ethiopian troops besieged the town of Kassala, held by Eritrean forces, in June 1998.", "eritrean-armed-forces"),
    ("At dawn on 3 May 1972 some 250 guerrillas attacked the town of Sadah, held by nine soldiers under Captain John "
     "Smith, with Omani gendarmes.", "omani-armed-forces")])
def test_the_holders_of_a_place_an_act_of_force_struck_are_its_target(claims_of, text, holder):
    claims = claims_of(text + "\n", date="2000-01-01")
    event = next(iter(typed(claims, "Siege") | typed(claims, "Attack")))
    assert holder in values(claims, event, "target"), text
    assert holder not in values(claims, event, "hasActor"), text


@pytest.mark.parametrize("text", [
    "Indian troops fired on Pakistani posts on 3 May 1999.",
    "The statue was pulled down and security police fired on the crowd at the radio building on 23 October 1956."])
def test_armed_men_or_police_who_fired_on_a_target_attack_it(claims_of, text):
    assert typed(claims_of(text + "\n", date="2000-01-01"), "Attack"), text


@pytest.mark.parametrize("text", [
    "The coach fired at the referee in a press conference on 3 May 2019.",
    "Critics fired on the budget plan in parliament on 3 May 2019.",
    "Troops fired at dawn to salute the king on 3 May 1999.",
    "The guards fired at the basket late in the game on 3 May 2019.",
    "The senator's aides fired at the reporters' questions on 3 May 2019."])
def test_a_coach_a_critic_a_salute_or_a_game_fires_on_no_target(claims_of, text):
    assert not typed(claims_of(text + "\n", date="2020-01-01"), "Attack"), text


@pytest.mark.parametrize("text, place", [
    ("Libya had occupied the Aouzou Strip, a band of territory along the border, since 1973.", "aouzou-strip"),
    ("Israel occupied the Golan Heights in June 1967.", "golan-heights")])
def test_a_state_that_occupied_a_named_land_occupies_it(claims_of, text, place):
    claims = claims_of(text + "\n", date="2000-01-01")
    assert place in values(claims, the_one(claims, "Occupation"), "hasPlace"), text


@pytest.mark.parametrize("text", [
    "Apple occupied the top spot in the rankings in 2019.",
    "China occupied the Security Council chair in March 2022.",
    "Students occupied the Sorbonne Square in Paris in May 1968.",
    "Tourists occupied the Golden Sands Beach in August 2019.",
    "The Wildcats took the Carson Valley title in 2019, and fans occupied the Carson Valley Stadium."])
def test_a_rank_a_chair_or_a_square_occupied_by_no_armed_name_is_no_occupation(claims_of, text):
    assert not typed(claims_of(text + "\n", date="2020-01-01"), "Occupation"), text


def test_the_offensive_that_follows_what_was_told_is_an_act_of_its_own(claims_of):
    claims = claims_of("Rebels of the Free Aceh Movement fought the army for years in the war in Aceh. In May 2003 "
                       "the government placed Aceh under martial law. The offensive that follows is the largest in "
                       "years.\n", date="2005-01-01")
    assert typed(claims, "Offensive") - typed(claims, "War")


@pytest.mark.parametrize("text", [
    "The merger that followed created a giant in 2019.",
    "THE STORM THAT FOLLOWED FLOODED THE VALLEY ON 3 MAY 2019.",
    "The recession that followed lasted two years."])
def test_what_followed_in_business_or_weather_is_no_event(claims_of, text):
    assert not typed(claims_of(text + "\n", date="2020-01-01"), "Event"), text
