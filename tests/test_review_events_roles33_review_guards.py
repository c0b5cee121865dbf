"""Guards of the second reading of session 33's events33 and roles33 (reviewer review-events-roles33): sentences of
other kinds of text on which a new rule made a wrong claim or dropped a right one.

events33: a bomb an act was done with is an attack ("wrecked with a bomb"), only one a person has with him is none;
"signed up to" an accord signs it; "forward-looking" is no player signed; crowds invade in another sense only as the
subject of the verb ("supporters of the invasion" tell an invasion), pests only in lower case ("the Desert Rats");
injuries after a fire kill no one. roles33: a land a preposition governs before a noun of speakers ("in Aleppo
officials said") still places the act; "has been repelled by X" names no initiator, as "was repelled by X" does not.
"""

from __future__ import annotations

import pytest

from .test_extraction import typed


@pytest.mark.parametrize("text", [
    "The shop in Leeds was wrecked with a bomb on 3 May 2009.",
    "The gang targeted the bank with a bomb in Lagos on 3 May 2009."])
def test_a_bomb_an_act_was_done_with_is_an_attack(claims_of, text):
    assert typed(claims_of(text + "\n", date="2010-01-01"), "Attack"), text


def test_a_man_with_a_bomb_in_a_headline_is_no_attack(claims_of):
    assert not typed(claims_of("MAN WITH BOMB ARRESTED AT AIRPORT\n", date="2010-01-01"), "Attack")


@pytest.mark.parametrize("text", [
    "Hamas signed up to the truce brokered by Egypt on 3 May 2001.",
    "Both governments signed up to the Ottawa treaty banning landmines in December 1997.",
    "The two states signed a forward-looking agreement on trade in Hanoi on 3 May 2001."])
def test_an_accord_signed_up_to_or_a_forward_looking_one_is_signed(claims_of, text):
    assert typed(claims_of(text + "\n", date="2001-06-01"), "Signing"), text


@pytest.mark.parametrize("text", [
    "Supporters of the invasion of Iraq argued that Saddam Hussein had weapons.",
    "The invasion stranded thousands of tourists in Kuwait City in August 1990.",
    "The Desert Rats invaded southern Iraq in March 2003."])
def test_an_invasion_near_crowds_or_a_unit_named_for_animals_is_an_attack(claims_of, text):
    assert typed(claims_of(text + "\n", date="2004-01-01"), "Attack"), text


def test_injuries_after_a_fire_are_no_killing(claims_of):
    text = "A man died from his injuries after a house fire in Cork.\n"
    assert not typed(claims_of(text, date="2004-01-01"), "Killing")


@pytest.mark.parametrize("text, land", [
    ("Fighting raged in Aleppo officials said on Monday.", "aleppo"),
    ("A bomb exploded in Kabul representatives of the UN said on Monday.", "kabul")])
def test_a_land_a_preposition_governs_before_speakers_places_the_act(claims_of, text, land):
    assert land in {o for s, p, o, _ in claims_of(text + "\n", date="2001-01-01") if p == "hasPlace"}, text


@pytest.mark.parametrize("text, side", [
    ("The attack has been repelled by Malian troops near Gao on 3 May 2012.", "malian-armed-forces"),
    ("The offensive is repulsed by Ugandan forces near Gulu on 3 May.", "ugandan-armed-forces")])
def test_who_has_repelled_an_act_did_not_begin_it(claims_of, text, side):
    claims = claims_of(text + "\n", date="2013-01-01")
    assert not any(p == "initiatedBy" and o == side for s, p, o, _ in claims), text
    assert not any(s.startswith(side + "-") for s, p, o, _ in claims if p == "type"), "no label names the resister"
