"""Review guards for names31 and dates31: sentences of other kinds of text (sport, business, music, science, politics)
on which a rule of theirs made a claim the sentence does not tell.

names31: a call sign in capitals after an acronym that opens the line is no town; two towns before a score or a kind of
place ("Chelsea Barcelona 2-1", "Hamburg Altona station") are no person; a firm after a cleric's title ("Cardinal
Health Inc") and "Father Christmas" are none; "X was born" of a style or a coin, and a ship after its kind that is
detained, are no person; a given name written alone is its bearer only before a person's verb ("Paris hosted").
dates31: "on the 8th Stage", "on the ninth Day of Rage" are no day of the month; an ordinal before "and" leaves no noun
out ("on the 14th and ... on the 15th"); a quantity before its unit ("1.2.2000 units") is no day.
"""

from __future__ import annotations

import pytest

from .test_extraction import the_one, typed, values


@pytest.mark.parametrize("text", [
    "UN staff used the call sign VICTOR during the exercise near the coast.",  # an acronym opens the line, no dateline
    "The match finished Chelsea Barcelona 2-1 after extra time.",  # two clubs and a score
    "Hamburg Altona station was evacuated during the storm.",  # a town's station
    "Cardinal Health Inc reported higher profits for the quarter.",  # a firm
    "Father Christmas Parade was cancelled because of the rain.",
    "Hip Hop was born in the Bronx in the 1970s.",  # a style of music is born in no place of a person's birth
    "Bitcoin Cash was born from a split in 2017.",
    "The tanker Stena Impero was detained by Iran in the Strait of Hormuz.",  # a ship
    "Rabbi Street Market reopened after the flood.",  # a market after a cleric's title
    "Lehman Brothers was wounded by the housing crash.",  # a firm, a team, a street, an operation
    "Team Sky was detained at the border for hours.",
    "Operation Barkhane was wounded by a lack of funds.",
    "Formula One spoke with the teams about the budget cap.",
])
def test_no_person_and_no_town_of_a_name_that_is_neither(claims_of, text):
    claims = claims_of(text, date="2021-05-10")
    assert not typed(claims, "Person")
    assert "victorville" not in typed(claims, "Place")


def test_a_given_name_alone_is_its_bearer_only_before_a_person_s_verb(claims_of):
    claims = claims_of("Paris Jackson spoke at the festival. Paris hosted the Olympic Games in 2024.",
                       date="2021-05-10")
    assert "paris" in typed(claims, "Place")


@pytest.mark.parametrize("text", [
    "The Tour began on 26 June 2021. Pogacar attacked on the 8th Stage in the Alps.",  # a stage of a race
    "Protesters were killed on 2 May 2021. On the ninth Day of Rage, police attacked the square.",
])
def test_an_ordinal_before_a_contest_s_stage_is_no_day_of_the_month(claims_of, text):
    claims = claims_of(text, date="2021-08-01")
    assert not {d for s in typed(claims, "Attack") for d in values(claims, s, "startDate")} & {"2021-07-08",
                                                                                              "2021-05-09"}


def test_an_ordinal_before_and_leaves_no_noun_out(claims_of):
    claims = claims_of("Rain fell on 2 May 2021. Flooding hit Leeds on the 14th and rebels attacked the town on the "
                       "15th.", date="2021-06-01")
    assert values(claims, the_one(claims, "Attack"), "startDate") == {"2021-05-15"}


def test_a_quantity_before_its_unit_is_no_day(claims_of):
    claims = claims_of("The ratio of the three doses was 1.2.2000 units in the trial.", date="2021-05-10")
    assert not {o for s, p, o, _ in claims if p == "startDate"}
