"""names31: which names are persons and which capitals are towns.

- a word in capitals is a known town only where its line writes names so: a headline in capitals, a dateline, after a
  word of place; in lower-case prose it is a code word or a call sign ("call sign DELTA");
- two known towns written as one name ("Nelson Mandela") are a person's given name and surname, not two towns; a list
  of towns with no comma stays towns;
- a surname the source writes alone before it gives the full name (a live blog, newest first) is that person, and so
  is the first word of a two-word name written surname first ("Chen Yi" ... "Chen said"), but after a word of place;
- a person named after a date's month ("On 11 July Moise Tshombe, the leader of"), after a cleric's title ("Father
  Hilario Madeira"), and a person who speaks, is arrested or is born with no title before them are persons; a storm, a
  film, an operation or Father Christmas is none.
"""

from __future__ import annotations

import pytest

from .test_extraction import typed


def test_a_call_sign_in_capitals_in_lower_case_prose_is_no_town(claims_of):
    claims = claims_of("The patrol reported on the radio, call sign DELTA, that the ridge was taken.",
                       date="1990-01-01")
    assert not typed(claims, "Place")


@pytest.mark.parametrize("text, place", [
    ("ARMY SHELLS STEPANAKERT AS TALKS STALL\n\nThe talks went on.", "stepanakert"),
    ("The report was compiled by our staff in NEW DELHI on Monday.", "new-delhi")])
def test_a_town_in_capitals_in_a_headline_or_after_a_word_of_place_stays_the_town(claims_of, text, place):
    """Near-miss: a line in capitals, or a word of place before the name, tells a town in capitals."""
    assert place in typed(claims_of(text, date="1990-01-01"), "Place")


def test_two_towns_written_as_one_name_are_a_person(claims_of):
    claims = claims_of("Nelson Mandela was released from prison in 1990. Mandela spoke to the crowd.",
                       date="1990-03-01")
    assert "nelson-mandela" in typed(claims, "Person")
    assert not typed(claims, "Place")


@pytest.mark.parametrize("text, towns", [
    ("Troops moved through Mosul Kirkuk and Erbil.", {"mosul", "kirkuk", "erbil"}),
    ("Heavy rain hit Chester Wrexham and Shrewsbury overnight, the forecasters said.", {"chester", "wrexham"})])
def test_a_list_of_towns_with_no_comma_stays_towns(claims_of, text, towns):
    """Near-miss: "Mosul Kirkuk and Erbil" is a list of three towns, no person."""
    claims = claims_of(text, date="2017-01-01")
    assert towns <= typed(claims, "Place")
    assert not typed(claims, "Person")


def test_a_surname_written_alone_before_the_full_name_is_the_person(claims_of):
    claims = claims_of("11:20 - Barrow's team says he will return home soon.\n\n"
                       "09:30 - Adama Barrow was sworn in at the embassy in Dakar.\n", date="2017-01-20")
    assert "adama-barrow" in typed(claims, "Person")
    assert "barrow-in-furness" not in typed(claims, "Place")


def test_the_first_word_of_a_name_written_surname_first_is_the_person(claims_of):
    claims = claims_of("Foreign Minister Chen Yi arrived in Delhi on Monday. Chen said the talks were useful.",
                       date="1962-01-01")
    assert "chen-yi" in typed(claims, "Person")
    assert "chenzhou" not in typed(claims, "Place")


def test_the_first_word_of_a_name_after_a_word_of_place_stays_the_town(claims_of):
    """Near-miss: "in Aden" is the port, though a person the text names is called Aden Abdullah."""
    claims = claims_of("President Aden Abdullah met the envoys. Fighting went on in Aden for a week.",
                       date="1965-01-01")
    assert "aden" in typed(claims, "Place")


def test_a_person_named_after_a_dates_month_is_a_person(claims_of):
    claims = claims_of("On 11 July Moise Tshombe, the leader of the mining province, declared independence.",
                       date="1960-08-01")
    assert "moise-tshombe" in typed(claims, "Person")


@pytest.mark.parametrize("text, person", [
    ("Yahya Jammeh has just spoken on state television.", "yahya-jammeh"),
    ("Ana Ruiz was arrested at the border on Monday.", "ana-ruiz"),
    ("Ahmed Wali was born in 1950 in a village near the coast.", "ahmed-wali")])
def test_who_speaks_is_arrested_or_is_born_is_a_person(claims_of, text, person):
    assert person in typed(claims_of(text, date="2017-01-01"), "Person")


@pytest.mark.parametrize("text", [
    "Hurricane Katrina was born off the coast of Africa.",
    "Windows Vista was released in 2007.",
    "Operation Sunrise was executed in May."])
def test_a_storm_a_product_or_an_operation_is_no_person(claims_of, text):
    assert not typed(claims_of(text, date="2010-01-01"), "Person")


def test_a_priest_named_after_his_title_is_a_person(claims_of):
    claims = claims_of("Our priests stayed with us. Father Hilario Madeira, our parish priest, wrote letters.",
                       date="1999-01-01")
    assert "hilario-madeira" in typed(claims, "Person")


def test_father_christmas_is_no_person(claims_of):
    """Near-miss: "Father" before one name only is no cleric's title."""
    assert not typed(claims_of("Father Christmas came early to the camp.", date="1999-01-01"), "Person")
