"""places32: whom a signer signed for, a strait named "Channel", and a resolution's number in a header.

A person said to sign or act for a state or body ("signed by Foreign Minister X for Y", "X, on behalf of the
Government of Y", "X signed the accord for Y") represents it (cg:represents), and what a signer signed for is a party
of the agreement the sentence of signing names; a bill signed "for Congress", autographs signed for fans or a speech
for a state name no one. A resolution word in capitals names a body's act only where its line names a body, an act of
one or the year in brackets ("COUNCIL PASSES RESOLUTION 2401"): a header's field ("MONITORING SERVICE  RESOLUTION
3840", a message's or a file's number) names none. A strait named with "Channel" ("the Beagle Channel", "the Corfu
Channel") is a place; a broadcaster's channel, told with its airing, is none."""

from __future__ import annotations

import pytest

from .conftest import place_mentions
from .test_extraction import the_one, typed, values

STORY = "Notes on the talks\n\n"  # a title line: the paragraph under it is the body
PLACES = ("Place", "Settlement", "Region", "District")


@pytest.mark.parametrize("text, person, state", [
    ("The Treaty of Vala was signed on 3 June 1921 by Foreign Minister Arvo Lind for Estonia and by General Peder "
     "Holm for Norway.", "peder-holm", "norway"),
    ("Foreign Minister Ali Alatas signed the accord for Indonesia, and Deputy Prime Minister Paulo Ramos signed it for "
     "Portugal, on 5 May 1999.", "ali-alatas", "indonesia"),
    ("The truce was signed in Lusaka on 2 March 1999 by President Jonas Mbeki, on behalf of the Government of Zambia.",
     "jonas-mbeki", "government-of-zambia"),
])
def test_a_signer_represents_whom_the_sentence_says_they_signed_for(claims_of, text, person, state):
    claims = claims_of(STORY + text + "\n", "2000-01-01")
    assert state in values(claims, person, "represents")
    assert state in values(claims, the_one(claims, "Agreement"), "party")


def test_a_signature_block_s_line_names_whom_its_signer_signed_for(claims_of):
    claims = claims_of(STORY + "Signed at Tashkent on 10 January 1966.\nFor India, Prime Minister Lal Bahadur Shastri."
                       "\nFor Pakistan, President Ayub Khan.\n", "1966-02-01")
    assert "pakistan" in values(claims, "ayub-khan", "represents")


@pytest.mark.parametrize("text", [
    "President Joe Biden signed the bill for Congress on Friday.",  # a bill: no agreement signed for anyone
    "Captain Amy Lowe signed autographs for France fans after the match.",
    "Senator Mark Wells spoke for Ohio in the debate on the budget.",  # no signing: a bare "for" is no capacity
])
def test_a_bill_autographs_or_a_speech_for_someone_make_no_signer(claims_of, text):
    claims = claims_of(STORY + text + "\n", "2021-01-01")
    assert not {row for row in claims if row[1] == "represents"}


def test_one_who_acts_for_a_body_but_signs_nothing_makes_it_no_party(claims_of):
    claims = claims_of(STORY + "The Treaty of Vala was signed on 3 June 1921, and General Peder Holm, on behalf of the "
                       "United Nations, welcomed it.\n", "2000-01-01")
    assert "united-nations" not in values(claims, the_one(claims, "Agreement"), "party")


@pytest.mark.parametrize("text", [
    "BBC MONITORING SERVICE  RESOLUTION 3840  12 MAY 1992\n\nGunfire was heard in Sukhumi overnight.",
    "OPERATIONS LOG - RESOLUTION 3840 - 4 JUNE 1984\n\nTroops entered the temple at dawn.",
    "THE WEEKLY REVIEW   RESOLUTION 1080   MAY 2001\n\nRain fell over Scotland all week.",
])
def test_a_resolution_number_in_a_header_s_field_is_no_resolution(claims_of, text):
    assert not typed(claims_of(text + "\n", "2001-01-01"), "Resolution")


@pytest.mark.parametrize("text, number", [
    ("UN COUNCIL PASSES RESOLUTION 2401 ON SYRIA\n\nThe vote was unanimous.", "2401"),
    ("ASSEMBLY VOTES ON RESOLUTION 377\n\nThe debate lasted a day.", "377"),
])
def test_a_resolution_in_capitals_with_its_body_or_act_is_still_named(claims_of, text, number):
    assert any(subject.endswith(number) for subject in typed(claims_of(text + "\n", "2018-01-01"), "Resolution"))


@pytest.mark.parametrize("text, strait", [
    ("The patrol boats met at the western mouth of the Kara Channel in 1978.", "Kara Channel"),
    ("Two destroyers struck mines in the Lusk Channel that autumn.", "Lusk Channel"),
])
def test_a_strait_named_channel_is_a_place(tmp_path, text, strait):
    assert strait in [words for words, _ in place_mentions(STORY + text + "\n", tmp_path, PLACES)]


@pytest.mark.parametrize("text", [
    "The History Channel aired a documentary on the siege last night.",
    "She starred in a sitcom on the Comedy Channel for years.",
])
def test_a_broadcaster_s_channel_is_no_place(tmp_path, text):
    assert not [words for words, _ in place_mentions(STORY + text + "\n", tmp_path, PLACES) if "Channel" in words]
