"""Acts told as still to come, and event words in other senses (session 33, branch events33), with invented
sentences of other conflicts and of other kinds of text: a threat ("will be executed") and the killings told later
are two happenings; a podcast's present ("they open fire") is an act, not the war the show is named after; a sign
on a shop, volunteers who sign up, a signature line and a club that signs a player sign no accord; people marched
off are led away, no protest; a bomb someone has with him is no attack; animals and plants invade in another sense;
a man who died of his wounds was killed; a strait near "records show" or "a series of" is no broadcaster's channel.
"""

from __future__ import annotations

import pytest

from .conftest import place_mentions
from .test_extraction import typed


@pytest.mark.parametrize("text", [
    "Tuesday\n\nThe kidnappers read out their demands: twenty prisoners held in Lagos and Accra to be freed by Friday, "
    "or the hostages will be executed.\n\nSunday\n\nSoldiers stormed the farm at night. Their commander was killed.",
    "The rebels warned that the captives shall be executed at dawn. Two weeks later, in a raid on the camp, eight "
    "guards were killed."])
def test_a_threatened_killing_and_the_killing_told_later_are_two_happenings(claims_of, text):
    assert len(typed(claims_of(text + "\n", date="1990-01-01"), "Killing")) == 2, text


def test_two_killings_told_as_done_stay_one_happening(claims_of):
    text = "Their commander was killed in the raid. The commander was killed by a sniper, witnesses said.\n"
    assert len(typed(claims_of(text, date="1990-01-01"), "Killing")) == 1


def test_a_podcasts_present_act_is_not_the_war_the_show_is_named_after(claims_of):
    text = ("COLD WAR STORIES - Episode 12\n\nHOST: Welcome back to the Cold War show.\n\n"
            "GUEST: Patrol boats come out, jets overhead, they open fire, and a sailor dies.\n")
    claims = claims_of(text, date="2020-01-01")
    assert typed(claims, "Attack") - typed(claims, "War"), "the attack is an entity of its own"


@pytest.mark.parametrize("text", [
    "The old shop sign on Market Street was repainted last spring.",
    "More than three hundred volunteers signed up for the city marathon in Leeds.",
    "Hundreds of nurses signed up as reservists when the epidemic began.",
    "Members signed up to the pension scheme in large numbers.",
    "Statement of Mary Byrne\n\nI was at the square that day.\n\nSigned: ....................",
    "Arsenal signed the striker from Porto in January for a record fee.",
    "The club signed a new goalkeeper on Friday."])
def test_a_shop_sign_a_sign_up_a_signature_line_or_a_player_signed_is_no_signing(claims_of, text):
    assert not typed(claims_of(text + "\n", date="2001-01-01"), "Signing"), text


@pytest.mark.parametrize("text", [
    "The two leaders signed the accord in Geneva on 3 May 1991.",
    "The club signed the agreement with the players' union on Friday.",
    "The ministers signed the treaty on 18 March 1962 at Evian."])
def test_an_accord_signed_stays_a_signing(claims_of, text):
    assert typed(claims_of(text + "\n", date="2001-01-01"), "Signing"), text


@pytest.mark.parametrize("text", [
    "The guards marched the prisoners to the camp at Tarin on 4 May.",
    "Soldiers met the plane at dawn and marched us into the old hangar."])
def test_people_marched_off_are_no_protest(claims_of, text):
    assert not typed(claims_of(text + "\n", date="1980-01-01"), "Protest"), text


@pytest.mark.parametrize("text", [
    "Thousands of students marched through the capital on Monday.",
    "The miners marched with their wives and children to the governor's palace in May."])
def test_a_march_of_protesters_stays_a_protest(claims_of, text):
    assert typed(claims_of(text + "\n", date="1980-01-01"), "Protest"), text


@pytest.mark.parametrize("text", [
    "I did not see any youth with a rifle or a petrol bomb in Newry.",
    "A man carrying a bomb was arrested at the station in Leeds.",
    "Army sappers defused the bomb outside the bank in Belfast."])
def test_a_bomb_someone_has_with_him_is_no_attack(claims_of, text):
    assert not typed(claims_of(text + "\n", date="1980-01-01"), "Attack"), text


@pytest.mark.parametrize("text", [
    "A car bomb exploded in Kabul on 2 May, killing twelve people.",
    "The bomb tore through the market in Jaffna on 4 June."])
def test_a_bomb_that_went_off_stays_an_attack(claims_of, text):
    assert typed(claims_of(text + "\n", date="2010-01-01"), "Attack"), text


@pytest.mark.parametrize("text", [
    "The invasion of the cane toad has devastated native wildlife in Queensland since the 1930s.",
    "Locusts invaded the farms of western Kenya in 2020, destroying the maize.",
    "An invasion of jellyfish closed the beaches of Tel Aviv in July.",
    "Shoppers invaded the store when the doors opened on Black Friday.",
    "Hundreds of fans invaded the pitch at Hampden Park after the final whistle."])
def test_animals_that_invade_a_land_or_crowds_a_pitch_make_no_attack(claims_of, text):
    assert not typed(claims_of(text + "\n", date="2021-01-01"), "Attack"), text


def test_an_army_that_invades_stays_an_attack(claims_of):
    assert typed(claims_of("Iraq invaded Kuwait in August 1990.\n", date="2021-01-01"), "Attack")


@pytest.mark.parametrize("text", [
    "Another man died of his wounds some months later.",
    "A wounded soldier died from his injuries in the night."])
def test_a_death_of_wounds_is_a_killing(claims_of, text):
    assert typed(claims_of("Soldiers fired on the crowd in Lurgan.\n\n" + text + "\n", date="1980-01-01"),
                 "Killing"), text


@pytest.mark.parametrize("text", [
    "The old farmer died of a fever in 1920.",
    "The driver died of his injuries after the car crash.",
    "Researchers found that mice carrying the gene died of their injuries less often."])
def test_a_death_of_sickness_or_a_crash_is_no_killing(claims_of, text):
    assert not typed(claims_of(text + "\n", date="1980-01-01"), "Killing"), text


@pytest.mark.parametrize("text, strait", [
    ("Records show the destroyers struck mines in the Lusk Channel that autumn.", "Lusk Channel"),
    ("A series of clashes broke out near the Kara Channel in 1978.", "Kara Channel")])
def test_a_strait_near_records_that_show_or_a_series_of_clashes_is_a_place(tmp_path, text, strait):
    found = place_mentions("Notes on the talks\n\n" + text + "\n", tmp_path, ("Place", "Settlement", "Region"))
    assert strait in [words for words, _ in found]
