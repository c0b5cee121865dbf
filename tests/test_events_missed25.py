"""Acts the setA texts of session 25 told in shapes the pipeline missed (events25a), with invented sentences of
other conflicts: relations broken off without "diplomatic" (also in a relative clause and a question that
presupposes them), a place "which fell", defences that collapsed, a timeline's "is killed", and two undated acts
of one class by different subjects; and the near-misses each rule must not fire on.
"""

from __future__ import annotations

import pytest

from .test_extraction import typed


@pytest.mark.parametrize("text, cls", [
    ("Argentina broke relations with Britain in April 1982.", "Rupture"),
    ("Senegal severed relations with Mauritania in 1989.", "Rupture"),
    ("Lima restored relations with Quito on 3 March 1999.", "Restoration"),
    # a relative clause on the relations, and a question that presupposes the act
    ("Eritrea recalled its envoy; relations, which Djibouti broke off on 12 June 2008, stayed frozen.", "Rupture"),
    ("Why did Senegal break off relations with Mauritania in August 1989?", "Rupture")])
def test_relations_broken_off_or_restored_without_diplomatic_are_events(claims_of, text, cls):
    assert typed(claims_of(text + "\n", date="2010-01-01"), cls), text


@pytest.mark.parametrize("text", ["The singer broke relations with her label in 2019.",
                                  "The company restored relations with its suppliers in May.",
                                  "The brand cut ties with the sponsor in 2020."])
def test_relations_of_a_singer_or_a_company_are_no_event(claims_of, text):
    claims = claims_of(text + "\n", date="2024-03-04")
    assert not (typed(claims, "Rupture") or typed(claims, "Restoration")), text


def test_undated_ruptures_by_different_states_are_different_acts(claims_of):
    claims = claims_of("Argentina broke relations with Britain. Chile broke relations too. Peru broke relations a "
                       "week later.\n", date="1983-01-01")
    assert len(typed(claims, "Rupture")) == 3


@pytest.mark.parametrize("text", [
    "They attacked the fort of Boquerón, which fell on 31 July 1932.",
    "Goma, which the M23 had besieged for a week, fell on 20 November 2012.",
    "Entebbe, the airport base south of the capital, fell on Saturday."])
def test_a_place_that_fell_told_past_a_relative_word_or_an_aside_is_a_capture(claims_of, text):
    assert typed(claims_of(text + "\n", date="2013-01-01"), "Capture"), text


@pytest.mark.parametrize("text", ["Paris, which fell silent at night, slept.",
                                  "Madrid, the capital, fell 3% in May.",
                                  "Manchester, which fell to Liverpool 2-1, is out."])
def test_a_place_that_fell_silent_or_a_price_or_a_team_is_no_capture(claims_of, text):
    assert not typed(claims_of(text + "\n", date="2013-01-01"), "Capture"), text


@pytest.mark.parametrize("text", ["Within three days the defences at Khe Sanh and Dak To had collapsed.",
                                  "Resistance elsewhere in the north soon collapses.",
                                  "The northern front crumbled in March 1975."])
def test_defences_that_collapsed_are_a_collapse(claims_of, text):
    assert typed(claims_of(text + "\n", date="1976-01-01"), "Collapse"), text


@pytest.mark.parametrize("text", ["The bridge collapsed in the storm.",
                                  "The phone lines collapsed after the quake.",
                                  "The striker collapsed on the pitch in May."])
def test_a_bridge_a_phone_line_or_a_player_that_collapsed_is_no_collapse(claims_of, text):
    assert not typed(claims_of(text + "\n", date="1976-01-01"), "Collapse"), text


def test_a_timeline_s_is_killed_is_a_killing(claims_of):
    claims = claims_of("17 August - Egypt's President is killed when his car explodes near Cairo.\n",
                       date="1990-01-01")
    assert typed(claims, "Killing")
    assert not typed(claims_of("If he is killed, the war will go on.\n", date="1990-01-01"), "Killing")


@pytest.mark.parametrize("text, cls", [("Relations with Ethiopia were not restored until July 2018.", "Restoration"),
                                       ("The army did not withdraw from the valley until March 1989.", "Withdrawal")])
def test_not_until_a_time_tells_when_it_happened_no_denial(extraction_of, text, cls):
    typing = [c for c in extraction_of(text + "\n", "2020-01-01").claims
              if c.predicate == "type" and getattr(c.obj, "value", c.obj) == cls]
    assert typing and all(c.modality == "Asserted" for c in typing), text


def test_not_without_until_still_denies(extraction_of):
    typing = [c for c in extraction_of("The army did not withdraw from the valley.\n", "2020-01-01").claims
              if c.predicate == "type" and getattr(c.obj, "value", c.obj) == "Withdrawal"]
    assert typing and all(c.modality == "Denied" for c in typing)


@pytest.mark.parametrize("text", ["7 July - Northern troops enter Kandahar.",
                                  "7 July - Northern troops, joined by local militias, enter Kandahar."])
def test_a_timeline_s_present_enter_by_armed_men_is_a_move(claims_of, text):
    assert typed(claims_of(text + "\n", date="1994-08-01"), "Deployment"), text


@pytest.mark.parametrize("text", ["Soldiers enter the barracks every morning.", "China enters the WTO in 2001."])
def test_entering_barracks_or_a_trade_body_is_no_move(claims_of, text):
    assert not typed(claims_of(text + "\n", date="2005-01-01"), "Deployment"), text


def test_a_body_of_states_voting_to_extend_a_mission_adopts_a_resolution(claims_of):
    claims = claims_of("The Organization of American States voted to extend the mission in Haiti.\n", date="2005-01-01")
    assert typed(claims, "Resolution")
    assert not typed(claims_of("The board voted to extend the contract of the coach.\n", date="2005-01-01"),
                     "Resolution")


@pytest.mark.parametrize("text", ["On 1 January a crowd set fire to the church at Kiambaa.",
                                  "Rioters set ablaze dozens of houses in the old town.",
                                  "Militiamen torched three villages near Kutum in March."])
def test_arson_of_a_building_or_a_village_is_an_attack(claims_of, text):
    assert typed(claims_of(text + "\n", date="2009-01-01"), "Attack"), text


@pytest.mark.parametrize("text", ["The chef set fire to the brandy in the pan.", "They set up a camp near the river."])
def test_flambe_brandy_or_a_camp_set_up_is_no_attack(claims_of, text):
    assert not typed(claims_of(text + "\n", date="2009-01-01"), "Attack"), text
