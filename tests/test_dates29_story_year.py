"""dates29: the year a year-less date takes is the story's, not one told in passing. A bare year before the month or
day the story is at tells the background ("the movement had been founded in 1991"), and a year after a common noun
and "of" says which thing ("his report of 1995"): neither moves the story, so "on 12 June" after them is of the
story's year. "The 9th of April" is a date with no time word before it."""

from __future__ import annotations

import pytest

from claimgraph.recognise.dates import RelativeDates
from claimgraph.recognise.nlp import pipeline

from .test_extraction import the_one, values


@pytest.mark.parametrize("text, source, value", [
    ("The rebels entered the province in June 1994. Their leaders had founded the movement in 1991. On 12 June they "
     "attacked the barracks at Gitega.", "2001-01-01", "1994-06-12"),
    ("The guerrillas crossed the border in April 1968. The outpost dated from 1965. On 20 April they attacked the "
     "outpost at Kampot.", "1975-01-01", "1968-04-20"),
])
def test_a_background_year_moves_no_story(claims_of, text, source, value):
    claims = claims_of(text, source)
    assert values(claims, the_one(claims, "Attack"), "startDate") == {value}


def test_a_later_bare_year_still_moves_the_story(claims_of):
    """Near-miss: a bare year after the story's month is where the story went on to."""
    claims = claims_of("The guerrillas crossed the border in April 1968. In 1970 fighting resumed. On 20 April they "
                       "attacked the outpost at Kampot.", "1975-01-01")
    assert values(claims, the_one(claims, "Attack"), "startDate") == {"1970-04-20"}


@pytest.mark.parametrize("text, source, value", [
    ("The commission asked the witness about March 1988. In his report of 1995 he wrote that soldiers attacked the "
     "village of Halabja on 16 March.", "1998-01-01", "1988-03-16"),
    ("The inquiry heard about the events of 8 August 1988. The census of 1991 recorded the village, which soldiers "
     "attacked on 12 August.", "1999-01-01", "1988-08-12"),
])
def test_a_noun_s_year_moves_no_story(claims_of, text, source, value):
    claims = claims_of(text, source)
    assert values(claims, the_one(claims, "Attack"), "startDate") == {value}


def test_a_time_s_year_moves_the_story(claims_of):
    """Near-miss: "the summer of 1995" is a time the story goes to."""
    claims = claims_of("The army withdrew from the valley in March 1988. In the summer of 1995, soldiers returned. On "
                       "16 August they attacked the village of Halabja.", "1998-01-01")
    assert values(claims, the_one(claims, "Attack"), "startDate") == {"1995-08-16"}


@pytest.mark.parametrize("text, values_", [
    ("It was the 4th of May, the day of the parade.", ["no-year:05-04"]),
    ("The shelling began, she said, the 21st of September.", ["no-year:09-21"]),
    ("He was the 4th of six children.", []),  # no month
])
def test_an_ordinal_day_of_a_month_is_a_date(text, values_):
    assert [c.value for c in RelativeDates()(pipeline()(text))] == values_


def test_a_year_before_this_week_s_story_is_its_past(claims_of):
    """Near-miss: in a report of this week (a page's "Friday"), a bare year is where the story goes back to, and the
    year-less night after it is of that year."""
    claims = claims_of("Friday\n\nGeorgia started the 2008 war. The army attacked Tskhinvali during the night of 7/8 "
                       "August, the report says.", "2009-09-30")
    assert "2008-08-07" in values(claims, the_one(claims, "Attack"), "startDate")
