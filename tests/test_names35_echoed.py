"""names35: a name in full that no context rule reads is a person where the source writes its last word again alone
(`recognise.echoed`): "voiced by Tomas Ekberg" ... "Ekberg's statement". Guards: a team before a score, a ship or a
thing after "the", a place opened by its kind's word, a sentence opened by an adverb, and sentences of other kinds of
text (sport, business, weather, science, politics) on which the rule must claim no person the text does not name.
"""

from __future__ import annotations

import pytest

from .test_extraction import typed


def persons(claims) -> set[str]:
    return typed(claims, "Person")


@pytest.mark.parametrize("text, person", [
    ("The claim, voiced by Tomas Ekberg, was never proved. Ekberg's statement was withdrawn in May.", "tomas-ekberg"),
    ("In the afternoon Odi Mabuto himself came to the hangar. Mabuto spoke for an hour about the demands.",
     "odi-mabuto"),
    ("The talks were chaired with Lena Varga present. Varga later wrote that the rebels had lied.", "lena-varga"),
    ("Issa Konde, the league president, said the games would go on. Konde left for Accra on Monday.", "issa-konde"),
])
def test_a_name_whose_last_word_the_source_writes_again_alone_is_a_person(claims_of, text, person):
    assert person in persons(claims_of(text + "\n", date="1990-01-01")), text


@pytest.mark.parametrize("text", [
    "Northfield Rovers beat Castle Vale 3-1 on Saturday. Vale had won the cup in May.",  # a team before its score
    "The Ocean Pride was seized off the coast. The Pride sailed on to Aden two days later.",  # a ship after "the"
    "Refugees fled to Mount Kalabo in August. Thousands died in Kalabo that winter.",  # a place opened by its kind
    "Later Moroto signed the decree. Moroto resigned in May.",  # an adverb opens the sentence, no given name
    "Shares in Harbor Capital fell 4 percent. Capital said its profits would recover.",  # a firm's last word
    "Revenue at Apex Dynamics climbed 12 percent. Dynamics analysts had expected less.",  # a noun's qualifier
    "Ingredients: Granny Smith apples, sugar, flour. Smith apples keep their shape when baked.",
    "Storm Freya brought gales to the coast. Freya weakened overnight.",
])
def test_a_team_a_ship_a_place_an_adverb_or_a_thing_echoed_is_no_person(claims_of, text):
    found = persons(claims_of(text + "\n", date="2015-01-01"))
    assert not found, (text, found)


@pytest.mark.parametrize("text, expected", [
    ("Did Winston Churchill really say that? Churchill never used the phrase, historians say.", {"winston-churchill"}),
    ("Professor Helen Marsh led the study of coral bleaching. Marsh said warming was to blame.", {"helen-marsh"}),
])
def test_an_auxiliary_or_a_title_opening_the_sentence_is_no_word_of_the_name(claims_of, text, expected):
    assert persons(claims_of(text + "\n", date="2015-01-01")) == expected, text


def test_a_name_before_its_role_is_a_person_though_its_given_name_is_a_towns(claims_of):
    text = "Issa Mbeki, the league president, said the games would go on.\n"
    assert "issa-mbeki" in persons(claims_of(text, date="2010-01-01"))
