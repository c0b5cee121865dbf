"""Guards from the review of dates25: a year-less range across a new year ends in the next year; a past act's
year-less day after a dated source is of the past, a coming one only when the clause looks ahead; "the same month"
compared with another year is no month of the story; a postponement "from D1 to D2" is no span; an aside that tells
the beginning itself dates it; a beginning told "again" is no first beginning."""

from __future__ import annotations

import pytest

from .test_extraction import the_one, values


def test_a_year_less_range_across_a_new_year_ends_in_the_next(claims_of):
    claims = claims_of("Russian forces will hold naval drills in the Baltic from 28 December to 3 January.", "2016-12-05")
    subject = the_one(claims, "Exercise")
    assert (values(claims, subject, "startDate"), values(claims, subject, "endDate")) == ({"2016-12-28"},
                                                                                          {"2017-01-03"})


@pytest.mark.parametrize("text, date, value", [
    ("Rebels attacked the town of Goma on November 28.", "2012-11-24", "2011-11-28"),
    ("Rebels shelled Goma on December 25, killing 12 civilians, a report published this week said.", "2012-12-20",
     "2011-12-25"),
    ("Rebels shelled the town of Bunia on 2 March.", "2003-02-25", "2002-03-02")])
def test_a_past_act_days_after_the_source_is_of_the_past(claims_of, text, date, value):
    """A past tense tells no coming day, however near after the source's day the year-less day falls."""
    claims = claims_of(text, date)
    assert values(claims, the_one(claims, "Attack"), "startDate") == {value}


@pytest.mark.parametrize("text", [
    "On 3 May 2015 rebels seized Kidal. Attacks in the north doubled compared with the same month last year.",
    "On 3 May 2015 rebels seized Kidal. In the same month a year earlier, the army had shelled Gao."])
def test_the_same_month_of_another_year_is_not_the_story_s_month(claims_of, text):
    claims = claims_of(text, "2020-01-01")
    assert "2015-05" not in values(claims, the_one(claims, "Attack"), "startDate")


def test_a_postponement_from_one_day_to_another_is_no_span(claims_of):
    claims = claims_of("The peace talks in Geneva were postponed from August 5 to August 25.", "2016-08-20")
    assert values(claims, the_one(claims, "Negotiation"), "endDate") == set()


def test_an_aside_that_tells_the_beginning_dates_it(claims_of):
    claims = claims_of("The Kosovo air campaign, which began on 24 March 1999, ended on 10 June 1999.", "2010-01-01")
    subject = the_one(claims, "Offensive")
    assert (values(claims, subject, "startDate"), values(claims, subject, "endDate")) == ({"1999-03-24"},
                                                                                          {"1999-06-10"})


def test_a_beginning_told_again_is_no_first_beginning(claims_of):
    claims = claims_of("The rebellion, crushed by the army in 1972, broke out again in March 1993.", "2010-01-01")
    assert "1993-03" not in values(claims, the_one(claims, "War"), "startDate")
