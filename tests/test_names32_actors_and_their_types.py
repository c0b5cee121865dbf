"""names32: names and their types.

- a one-word known place that is the surname of a person the source named in full stays the place after a word only a
  place follows ("moved to London" after "Jack London"); elsewhere it is still the person ("Wilson said");
- an office written with its capitals, "of" its remit and a name ("President of Ukraine Leonid Kravchuk") names a
  person, and the place the office is of is no word of that person's name ("government of Kazakhstan Nurlan X");
- a two-word subject whose members or offices the text names ("Golden Dawn members") is a body, no person;
- a list of three names or more after a word of people and a copula or colon ("The prisoners freed were A B, C D and
  E F") names persons; a title and a full name after a body's "of" are its leader ("the Council of General X"); "X Y's
  government" is a person's.
Guards: sentences of other kinds of text on which these rules must claim nothing they do not tell.
"""

from __future__ import annotations

import pytest

from .test_extraction import typed


def test_a_surname_that_is_a_town_stays_the_town_after_a_word_of_place(claims_of):
    claims = claims_of("The writer Jack London sailed from Oakland in 1897. A year later he moved to London for good.",
                       date="1990-01-01")
    assert "jack-london" in typed(claims, "Person")
    assert "london" in typed(claims, "Place")


def test_the_surname_alone_before_a_verb_of_speech_is_still_the_person(claims_of):
    claims = claims_of("Prime Minister Harold Wilson met the envoy. Wilson said the talks in Lagos had failed.",
                       date="1990-01-01")
    assert "harold-wilson" in typed(claims, "Person")
    assert not typed(claims, "Place") - {"lagos"}


@pytest.mark.parametrize("text, person", [
    ("The decree was signed by President of Ukraine Leonid Kravchuk on Friday.", "leonid-kravchuk"),
    ("The talks were chaired by vice-premier of government of Kazakhstan Nurlan Balgimbayev.", "nurlan-balgimbayev"),
    ("The appeal was read by Chairman of Parliament of South Moldavia Ion Ceban in the square.", "ion-ceban"),
])
def test_an_office_of_a_place_before_a_name_names_the_person_alone(claims_of, text, person):
    assert typed(claims_of(text, date="1993-01-01"), "Person") == {person}


def test_a_subject_whose_members_the_text_names_is_a_body(claims_of):
    claims = claims_of("Golden Dawn members marched through the port. In 2020 Golden Dawn was sentenced by the court.",
                       date="2021-01-01")
    assert "golden-dawn" in typed(claims, "Organization")
    assert "golden-dawn" not in typed(claims, "Person")


def test_a_list_of_names_after_a_word_of_people_names_persons(claims_of):
    claims = claims_of("The prisoners freed on Monday were Kofi Mensah, Yaw Boateng and Kwame Asante.",
                       date="2001-01-01")
    assert {"kofi-mensah", "yaw-boateng", "kwame-asante"} <= typed(claims, "Person")


def test_a_titled_name_after_a_body_s_of_is_its_leader(claims_of):
    claims = claims_of("The order came from the Supreme Military Council of General Ibrahim Baba.", date="1990-01-01")
    assert "ibrahim-baba" in typed(claims, "Person")
    assert "supreme-military-council" in typed(claims, "Organization")


def test_a_name_owning_a_government_is_a_person(claims_of):
    claims = claims_of("Ahmed Zogu's government protested to the League in 1928.", date="1990-01-01")
    assert "ahmed-zogu" in typed(claims, "Person")


@pytest.mark.parametrize("text", [
    "The men's champions were Manchester City, Aston Villa and Real Madrid.",  # sport: clubs
    "The villages flooded were Novye Aldi, Staraya Sunzha and Chernorechye.",  # weather: towns
    "The board of Bayern Munich met on Friday; Bayern Munich said the coach would stay.",  # no members named
    "President of the Royal Society Paul Nurse opened the meeting.",  # science: a person, the Society no one
    "The members elected were Green Party, Labour Party and Liberal Democrats.",  # politics: parties
    "Director of Studies Anna Berg wrote to the parents.",  # a school
])
def test_guards_no_person_of_a_body_or_place_and_no_place_of_a_person(claims_of, text):
    claims = claims_of(text, date="2021-05-10")
    people = typed(claims, "Person")
    assert not people & {"manchester-city", "aston-villa", "real-madrid", "novye-aldi", "staraya-sunzha",
                          "green-party", "labour-party", "royal-society-paul-nurse"}
