"""Agreements that the text tells were none: a ceasefire one side offered and the other turned down, and a deal whose
existence someone denies or only rumour tells.

Seen on session 27's reading half (setA): "the Prime Minister of Malaysia has rejected the ceasefire offered by the
Sulu group on 7 March" (lahad-datu-2013, a travel advisory) was made a ceasefire accord, though the gold tells one
side's offer, rejected: "an offer, not an agreement". And a denied "side deal" outside a question ("The ministry
denied reports of a secret deal with the rebels") was typed an agreement the source asserts; the gold of such texts
(haiti-1994) tells a reported, denied event, no agreement. The sentences are of other conflicts; each test has a
near-miss the rule must leave alone.
"""

from __future__ import annotations

import pytest

from .test_extraction import typed, values

AGREEMENTS = ("Agreement", "Ceasefire", "Treaty", "Protocol", "Armistice")


def _accords(claims) -> set[str]:
    return {e for cls in AGREEMENTS for e in typed(claims, cls)}


@pytest.mark.parametrize("sentence", [
    "The rebels have rejected the ceasefire offered by the army on 3 May; fighting continues.",
    "Kyiv refused the truce offered by Moscow over Easter.",
    "The junta spurned a ceasefire offered by the guerrillas in June.",
])
def test_a_ceasefire_offered_and_turned_down_is_no_accord(claims_of, sentence):
    claims = claims_of(sentence + "\n", date="2020-06-01")
    assert not _accords(claims)
    assert not typed(claims, "EntryIntoForce")


def test_a_ceasefire_offered_and_taken_up_stays_the_accord(claims_of):
    claims = claims_of("The government accepted a ceasefire offered by the rebels in June.\n", date="2020-06-01")
    assert typed(claims, "Ceasefire")


@pytest.mark.parametrize("sentence", [
    "The Defence Ministry denied reports of a secret deal with the rebels.",
    "Officials dismissed rumours of a side deal with Moscow as baseless.",
    "Rumours of a secret deal between the army and the rebels circulated in Juba.",
    "Kampala denies any side deal with the militia.",
    "The ministry denied the existence of a deal with the rebels.",
])
def test_a_denied_or_rumoured_deal_is_no_agreement(claims_of, sentence):
    assert not _accords(claims_of(sentence + "\n", date="2020-06-01"))


@pytest.mark.parametrize("sentence", [
    "The army signed a deal with the rebels in May.",
    "The ministry denied that the deal with the rebels had collapsed.",
])
def test_a_deal_told_or_whose_course_is_denied_stays_an_agreement(claims_of, sentence):
    assert typed(claims_of(sentence + "\n", date="2020-06-01"), "Agreement")


@pytest.mark.parametrize(("text", "year"), [
    ("The border was fixed by the 1921 Treaty of Kars; the 1878 Russian-Ottoman protocol had drawn it further west.",
     "1878"),
    ("The island passed to Japan in the 1905 Treaty of Portsmouth. The 1875 Russo-Japanese treaty had given it to "
     "Russia.", "1875"),
    ("Delhi invoked the 1954 Sino-Indian agreement on trade.", "1954"),
])
def test_a_year_before_an_agreement_past_its_sides_names_dates_it_apart(claims_of, text, year):
    """"the 1932 Italian-Turkish protocol" (imia-1996) was merged into the Treaty of Paris named before it in its
    sentence, its year unread past the sides' names; read, it tells another agreement, of its own year."""
    claims = claims_of(text + "\n", date="2020-06-01")
    dated = {e for e in _accords(claims) if year in values(claims, e, "date")}
    assert len(dated) == 1 and all(values(claims, e, "date") == {year} for e in dated)


def test_a_year_before_an_event_between_is_not_the_agreements(claims_of):
    claims = claims_of("After the 1994 offensive, the ceasefire signed in May 1995 held.\n", date="2020-06-01")
    assert all("1994" not in values(claims, e, "date") for e in _accords(claims))


@pytest.mark.parametrize("sentence", [
    "Around six in the morning both sides agreed to pull back ships, troops and flags.",
    "Greece and Turkey agreed to pull back their warships.",
    "Both sides agreed to pull back tanks, artillery and troops from the line.",
])
def test_two_sides_agreeing_to_pull_back_a_list_or_their_ships_concluded_an_agreement(claims_of, sentence):
    """"both sides agreed to pull back ships, troops and flags" (imia-1996, a Usenet thread) was found as nothing: the
    list's commas, and ships, ended the pullback the rule looked for."""
    assert typed(claims_of(sentence + "\n", date="1996-01-31"), "Agreement")


@pytest.mark.parametrize("sentence", [
    "The two companies agreed to withdraw ships from the route.",
    "Both sides agreed to pull back, and the talks ended.",
])
def test_agreeing_to_pull_back_no_armed_men_or_by_no_sides_is_none(claims_of, sentence):
    assert not typed(claims_of(sentence + "\n", date="1996-01-31"), "Agreement")


@pytest.mark.parametrize("sentence", [
    "The Organization of African Unity, whose charter forbids interference in members' internal affairs, has not "
    "condemned either side.",
    "Cairo cited the Arab League's charter.",
    "The United Nations, whose charter bans the use of force, was silent.",
])
def test_a_charter_a_body_of_states_owns_is_a_treaty(claims_of, sentence):
    """"whose charter forbids interference" (uganda-tanzania-1979, a news report) was found as nothing."""
    assert typed(claims_of(sentence + "\n", date="1979-03-01"), "Treaty")


@pytest.mark.parametrize("sentence", [
    "The party's charter bars it.",
    "The union, whose charter bars strikes, met on Monday.",
    "A charter flight left Entebbe for Nairobi.",
])
def test_a_charter_of_no_body_of_states_is_none(claims_of, sentence):
    assert not _accords(claims_of(sentence + "\n", date="1979-03-01"))
