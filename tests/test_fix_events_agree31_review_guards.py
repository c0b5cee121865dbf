"""Review guards (session 31) for events31 and agreements31: sentences of sport, business, science and politics on
which a new rule of theirs made a wrong claim: armed men "fired on all cylinders" or "at the start" of a race attack
nothing; a resolution adopted "by 100 votes to 11" is still named (no screen's "2400 by 1080"); a convention between
two states' fans is no treaty; a resolution's drafter or sponsor after "by" is no party of it; a measure's "100
times" or "4096 wide" names no resolution."""

from __future__ import annotations

import pytest

from .test_extraction import the_one, typed, values

STORY = "Notes on the week\n\n"  # a title line: the paragraph under it is the body


@pytest.mark.parametrize("text", [
    "The army fired on all cylinders in the World Cup final on 3 May 2019.",
    "Security police fired at the start of the race to open the games on 3 May 2019."])
def test_armed_men_firing_on_all_cylinders_or_at_a_moment_attack_nothing(claims_of, text):
    assert not typed(claims_of(text + "\n", date="2020-01-01"), "Attack"), text


def test_a_resolution_adopted_by_a_count_of_votes_is_named(claims_of):
    claims = claims_of(STORY + "The UN General Assembly adopted resolution 68/262 by 100 votes to 11.\n", "2015-01-01")
    assert any(subject.endswith("68-262") for subject in typed(claims, "Resolution"))


@pytest.mark.parametrize("text", [
    "The telescope reached a resolution 100 times finer than Hubble's.",
    "The images have a resolution 4096 wide and 2160 high.",
    "The 8K television's resolution 7680 across is sharp."])
def test_a_measure_s_resolution_is_no_agreement(claims_of, text):
    assert not typed(claims_of(STORY + text + "\n", "2016-01-01"), "Resolution"), text


def test_a_dated_convention_between_two_nations_fans_is_no_treaty(claims_of):
    claims = claims_of(STORY + "A 1995 convention between Japan and Korea fans drew thousands to Tokyo.\n", "2020-01-01")
    assert not typed(claims, "Treaty")


@pytest.mark.parametrize("text", [
    "Resolution 242 was drafted by Britain and adopted by the Security Council in November 1967.",
    "Resolution 1973, sponsored by France, was adopted by the Security Council in March 2011."])
def test_a_resolution_s_drafter_or_sponsor_is_no_party(claims_of, text):
    claims = claims_of(STORY + text + "\n", "2012-01-01")
    parties = values(claims, the_one(claims, "Resolution"), "party")
    assert not {"united-kingdom", "france"} & parties, text
    assert any("security-council" in party for party in parties), text


def test_the_holders_of_a_thing_that_is_no_place_are_no_target(claims_of):
    claims = claims_of("Investors attacked the bid, held by British funds, in a letter on 3 May 2019.\n", "2020-01-01")
    assert "united-kingdom" not in {o for _, p, o, _ in claims if p == "target"}


def test_the_state_of_an_office_whose_fans_acted_takes_no_role(claims_of):
    claims = claims_of("Fans of the Argentine president attacked a journalist in Buenos Aires on 3 May 2019.\n",
                       "2020-01-01")
    assert "argentina" not in {o for _, p, o, _ in claims if p in ("hasActor", "initiatedBy", "target")}


@pytest.mark.parametrize("text", [
    "The army fired at least 200 officers after the failed coup in July 2016.",
    "The navy fired on the spot three officers caught drinking on 3 May 2019."])
def test_armed_men_who_dismissed_officers_attack_nothing(claims_of, text):
    assert not typed(claims_of(text + "\n", date="2020-01-01"), "Attack"), text


def test_a_state_that_occupied_a_stadium_is_no_occupation(claims_of):
    claims = claims_of("Brazil occupied the Maracana Stadium for the final in July 2014.\n", date="2020-01-01")
    assert not typed(claims, "Occupation")


@pytest.mark.parametrize("text", [
    "MY RESOLUTIONS 2025 AND 2026: READ MORE",
    "The camera offers a resolution 1080 at 60 frames per second."])
def test_a_vow_in_capitals_or_a_frame_rate_is_no_resolution(claims_of, text):
    assert not typed(claims_of(STORY + text + "\n", "2020-01-01"), "Resolution"), text


def test_a_dated_convention_between_two_nations_trade_groups_is_no_treaty(claims_of):
    claims = claims_of(STORY + "A 2018 convention between Canada and Mexico trade groups met in Toronto.\n",
                       "2020-01-01")
    assert not typed(claims, "Treaty")
