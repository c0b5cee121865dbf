"""Review of dates29: sentences its rules misread, each mended narrowly.

A resolution cited later by someone ("On 5 June 1982 the envoy recalled that Resolution 242 calls for withdrawal") is
no day of its adoption; a year after a preposition of time, "the" and a noun ("After the elections of 1992 the war
resumed") is a time the story goes to, and so is an earlier year that opens its sentence ("In 1993 the army burned the
villages. On 12 June ..."); "the 26th of July Movement" is a name, no date."""

from __future__ import annotations

import pytest

from claimgraph.recognise.dates import RelativeDates
from claimgraph.recognise.nlp import pipeline

from .test_extraction import the_one, typed, values


@pytest.mark.parametrize("text", [
    "On 5 June 1982 the envoy recalled that Resolution 242 calls for withdrawal.",
    "On 3 May 1994 Azerbaijan, under Resolution 822, demanded the withdrawal of Armenian forces.",
])
def test_a_resolution_cited_later_is_no_day_of_it(claims_of, text):
    claims = claims_of(text, "2005-01-01")
    assert values(claims, the_one(claims, "Resolution"), "date") == set()


def test_a_resolution_that_speaks_by_its_body_s_name_keeps_its_day(claims_of):
    """The rule's gain, kept: the body by name and the means ("the Security Council, in") between the date and it."""
    claims = claims_of("On 2 April 1991 the Security Council, in Resolution 687, decided that Iraq must destroy its "
                       "weapons.", "2000-01-01")
    assert values(claims, the_one(claims, "Resolution"), "date") == {"1991-04-02"}


@pytest.mark.parametrize("text, source, value", [
    ("The ceasefire held from May 1991. After the elections of 1992 the war resumed. On 31 October government troops "
     "attacked Huambo.", "2000-01-01", "1992-10-31"),
    ("The rebels crossed into the province in May 1996. In 1993 the army burned the villages of the valley. On 12 June "
     "soldiers attacked the market at Uvira.", "2005-01-01", "1993-06-12"),
    ("Refugees crossed the border in March 1970. In the monsoon of 1971 the camps flooded. On 3 December the air force "
     "attacked the airfield at Agartala.", "1980-01-01", "1971-12-03"),
])
def test_a_year_that_opens_its_sentence_or_a_time_s_noun_moves_the_story(claims_of, text, source, value):
    """The last attack is dated in the year the story moved to (the army's burning of villages is an attack too)."""
    claims = claims_of(text, source)
    days = {day for attack in typed(claims, "Attack") for day in values(claims, attack, "startDate") if len(day) == 10}
    assert days == {value}


def test_an_ordinal_day_of_a_month_in_a_name_is_no_date():
    text = "Fighters of the 26th of July Movement attacked the barracks at Bayamo."
    assert [c.value for c in RelativeDates()(pipeline()(text))] == []
