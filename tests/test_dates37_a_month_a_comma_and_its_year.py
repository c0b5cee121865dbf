"""dates37: a month, a comma and its year ("since June, 1948", "by August, 1957") is that month, not a bare year.
A bare year after "since June, " was no year a span counts from (`SINCE_YEAR` wants "since" right before it), so it
set the story's year, and a year-less month told after it took that year ("since March, 1952? Did not the talks at
Nakuru in December break down?", asked in February 1954: December 1953, not 1952). The guards: a count after a month and a comma ("In June, 2000 people marched", "2000+
fans"), a range's first year ("the Long March, 1934-35"); a month told as the story's time still gives its year, and
so does a day after "since"."""

from __future__ import annotations

import pytest

from claimgraph.recognise.dates import Dates
from claimgraph.recognise.nlp import pipeline

from .test_extraction import the_one, values


@pytest.mark.parametrize("text, value", [
    ("The emergency has lasted since June, 1948.", ["1948-06"]),
    ("Independence is to be proclaimed by August, 1957, if possible.", ["1957-08"]),
    ("In January, 1919, the conference opened in Paris.", ["1919-01"]),
])
def test_a_month_a_comma_and_its_year_is_that_month(text, value):
    assert [c.value for c in Dates()(pipeline()(text))] == value


@pytest.mark.parametrize("text", [
    "In June, 2000 people marched on the palace.",  # a count after the comma
    "By March, 1500 workers had joined the strike.",
    "By July, 2000+ fans had bought tickets.",
])
def test_a_count_after_a_month_and_a_comma_is_no_date(text):
    assert [c.value for c in Dates()(pipeline()(text))] == [], text


def test_a_range_of_years_after_a_month_s_name_keeps_its_years():
    """Guard: "the Long March, 1934-35" names a march; the years are a range, no month of 1934."""
    assert [c.value for c in Dates()(pipeline()("The Long March, 1934-35, is a founding myth."))] == ["1934", "1935"]


def test_a_year_less_month_after_a_month_since_is_in_the_story_s_year(claims_of):
    """A parliamentary question of February 1954: the December of the talks is 1953's, not 1952's."""
    claims = claims_of("Mr. Brown: What is the position of the emergency, which has lasted since March, 1952? Did not "
                       "the talks at Nakuru in December break down?\n\nThe Minister: Yes, Sir. On 18th and 19th "
                       "December the delegates met the rebel leaders.\n", "1954-02-10")
    assert values(claims, the_one(claims, "Negotiation"), "startDate") == {"1953-12"}


@pytest.mark.parametrize("text, date, value", [
    # a month told as the story's time still gives its year
    ("In March 2011 the protests began in Deraa. In April rebels attacked the airbase.", "2013-06-01", "2011-04"),
    # a day after "since" is still the story's time
    ("Since 4 May 2012 the rebels have held the town. On 6 May they attacked the barracks.", "2013-06-01",
     "2012-05-06"),
])
def test_a_month_or_a_day_of_the_story_still_gives_its_year(claims_of, text, date, value):
    claims = claims_of(text, date)
    assert values(claims, the_one(claims, "Attack"), "startDate") == {value}, text
