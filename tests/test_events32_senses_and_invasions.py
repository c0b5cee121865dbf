"""Event words in other senses and acts told beside their war (session 32, branch events32), with invented
sentences of other conflicts and of other kinds of text: a sign that is a noun ("call sign", "sign language", "no
sign of"), a strike that stops work (a protest, no attack; an air strike stays one), an invasion told with the war
it starts (two happenings), and a person executed or murdered (a killing; a plan executed is none).
"""

from __future__ import annotations

import pytest

from .test_extraction import typed


@pytest.mark.parametrize("text", [
    "The pilot's call sign was Falcon Two when the war began.",
    "Deaf villagers used sign language to warn the guerrillas of the patrol.",
    "There was no sign of the rebel leader after troops stormed the camp.",
    "The first sign of trouble came when the ceasefire talks stalled.",
    "A road sign marked the border post at Kalu."])
def test_a_sign_that_is_a_noun_is_no_signing(claims_of, text):
    assert not typed(claims_of(text + "\n", date="2001-01-01"), "Signing"), text


@pytest.mark.parametrize("text", [
    "The two presidents will sign the accord in Lusaka on Friday.",
    "Both factions sign peace deal in Arusha",
    "The ministers sign the treaty in Kinshasa on Monday."])
def test_sign_as_a_verb_stays_a_signing(claims_of, text):
    assert typed(claims_of(text + "\n", date="2001-01-01"), "Signing"), text


@pytest.mark.parametrize("text", [
    "Copper miners went on strike on 4 May 1971 over pay.",
    "The unions called a general strike against the junta in March 1973.",
    "The strike that followed closed every factory in the capital for a week.",
    "Teachers will strike on Monday over unpaid salaries.",
    "The dockers' strike paralysed the port for ten days."])
def test_a_strike_that_stops_work_is_a_protest_no_attack(claims_of, text):
    claims = claims_of(text + "\n", date="1975-01-01")
    assert typed(claims, "Protest") and not typed(claims, "Attack"), text


@pytest.mark.parametrize("text", [
    "An air strike on the depot killed eleven workers on 3 May 1999.",
    "The strike destroyed the factory and killed four workers.",
    "A missile strike hit the power station, the union said.",
    "Government aircraft carried out strikes on the rebels' positions near the factory.",
    # the second reading's: a strike where a port stands before it that kills, and "on" after no verb of going
    "The Odesa port strike killed four people on Monday.",
    "The army carried on strikes in Lebanon on 3 May 2021."])
def test_a_strike_from_the_air_or_that_harms_stays_an_attack(claims_of, text):
    claims = claims_of(text + "\n", date="2000-01-01")
    assert typed(claims, "Attack") and not typed(claims, "Protest"), text


@pytest.mark.parametrize("text", [
    "The Soviet invasion of Afghanistan in December 1979 began a war that lasted ten years.",
    "The war began with the Vietnamese invasion of Cambodia in December 1978.",
    "The Iraqi invasion of Kuwait on 2 August 1990 started the Gulf War."])
def test_an_invasion_is_its_own_event_beside_the_war_it_starts(claims_of, text):
    claims = claims_of(text + "\n", date="2005-01-01")
    attacks, wars = typed(claims, "Attack"), typed(claims, "War")
    assert attacks and wars and not attacks & wars, text


@pytest.mark.parametrize("text", [
    "The junta executed Ken Dabo and eight other men in Kano on 10 November 1995.",
    "Human rights groups condemned the execution of Omar Diallo in the capital.",
    # the second reading's: people told by a common noun
    "The militia executed a man accused of spying in Ghazni on 3 May 2021.",
    "The rebels executed 20 deserters near Raqqa on 3 May 2021.",
    "The four elders were charged with the murder of two chiefs at Bori in May 1994.",
    "Gunmen murdered the village headman and his sons on Sunday."])
def test_a_person_executed_or_murdered_is_a_killing(claims_of, text):
    assert typed(claims_of(text + "\n", date="2000-01-01"), "Killing"), text


@pytest.mark.parametrize("text", [
    "The execution of the merger plan took three years.",
    "The board executed the contract on Monday.",
    "The trade was executed at the closing price.",
    "The coach said the players executed the game plan perfectly."])
def test_a_plan_or_a_contract_executed_is_no_killing(claims_of, text):
    assert not typed(claims_of(text + "\n", date="2000-01-01"), "Killing"), text


@pytest.mark.parametrize("text", [
    "Lightning strikes killed two hikers in the Alps on Sunday.",
    "The striker's late strike won the cup final for Ajax.",
    "Bowling strikes and spares are counted in the final frame.",
    "A strike by airport staff cancelled 300 flights at Heathrow."])
def test_a_strike_of_weather_of_sport_or_of_staff_is_no_attack(claims_of, text):
    assert not typed(claims_of(text + "\n", date="2010-01-01"), "Attack"), text


@pytest.mark.parametrize("text", [
    "The senator showed no sign of backing down on the budget vote.",
    "Weather: a sign of spring as temperatures rise to 18C.",
    "Scientists executed the experiment over six weeks.",
    "The execution of the will took two years."])
def test_other_kinds_of_text_tell_no_signing_and_no_killing(claims_of, text):
    claims = claims_of(text + "\n", date="2010-01-01")
    assert not typed(claims, "Signing") and not typed(claims, "Killing"), text


@pytest.mark.parametrize("text", [
    "The airliner was stationed at Anchorage before its flight to Seoul.",
    "The crew deployed the landing gear over the bay.",
    "The bank deployed new software across its branches in March.",
    "The parachute deployed at 3,000 feet."])
def test_a_craft_a_device_or_a_tool_deployed_is_no_deployment(claims_of, text):
    assert not typed(claims_of(text + "\n", date="2010-01-01"), "Deployment"), text


@pytest.mark.parametrize("text", [
    "Israel deployed planes over Gaza on Monday.",
    "The navy deployed two frigates to the Gulf.",
    "Troops were stationed along the border near Kalu."])
def test_armed_men_or_a_state_deploying_is_a_deployment(claims_of, text):
    assert typed(claims_of(text + "\n", date="2010-01-01"), "Deployment"), text
