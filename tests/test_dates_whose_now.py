"""dates25's rules on whose "now" a year-less or relative date is read against, and the days the text glosses or
spans: a weekday and a comma gloss a year-less day ("On Tuesday, 14 May,"); "to" after a day ends a year-less range
("from 28 November to 1 December"); a day a few days after a source dated to the day is that coming day; a date
counted from the source's inside a quotation is the speaker's, no time the story moves to, and no date at all in a
story of another time; "later that month" is the month of the last date told."""

from __future__ import annotations

import pytest

from .test_extraction import the_one, values


@pytest.mark.parametrize("text, date, cls, value", [
    ("On Tuesday, 14 May, Malian troops attacked the rebel base at Kidal.", "2013-06", "Attack", "2013-05-14"),
    ("On Friday, March 7, Armenian forces shelled the village of Talish.", "2014-04-02", "Attack", "2014-03-07")])
def test_a_weekday_and_a_comma_gloss_a_year_less_day(claims_of, text, date, cls, value):
    """The day says which Tuesday: the weekday is no date of the source's week, and the day is the act's."""
    claims = claims_of(text, date)
    assert values(claims, the_one(claims, cls), "startDate") == {value}


@pytest.mark.parametrize("text, date, cls, start, end", [
    ("Russia and Belarus will hold a joint military exercise near the Polish border from 28 November to 1 December.",
     "2016-11-20", "Exercise", "2016-11-28", "2016-12-01"),
    ("Peace talks between the government and the rebels will resume in Addis Ababa from 3 June to 7 June.",
     "2015-05-30", "Negotiation", "2015-06-03", "2015-06-07"),
    ("Talks in Geneva between the two delegations ran from January 29 to February 3.", "2019-03-10", "Negotiation",
     "2019-01-29", "2019-02-03")])
def test_a_year_less_range_ends_at_its_second_day_and_a_coming_day_is_ahead(claims_of, text, date, cls, start, end):
    """The second half of "from D1 to D2" is a date; D1 days after a source dated to the day is that coming day, not
    the same day of the year before."""
    claims = claims_of(text, date)
    subject = the_one(claims, cls)
    assert (values(claims, subject, "startDate"), values(claims, subject, "endDate")) == ({start}, {end})


@pytest.mark.parametrize("text, value", [
    ("Rebels attacked the town of Kidal on June 30.", "2014-06-30"),
    ("Rebels attacked the town of Kidal on May 3.", "2015-05-03")])
def test_a_day_weeks_after_the_source_or_before_it_is_of_the_past(claims_of, text, value):
    """Only a day within three weeks after the source's day is read as coming."""
    claims = claims_of(text, "2015-05-30")
    assert values(claims, the_one(claims, "Attack"), "startDate") == {value}


def test_a_quoted_today_in_a_story_of_another_time_moves_no_story_time(claims_of):
    """"Today the war begins," quoted in a retrospective of 2014 on 1994: the day after it is of 1994, and the
    quotation's "today" dates nothing."""
    claims = claims_of('On 4 April 1994 rebels seized the airport at Kigali. "Today the war begins," their leader '
                       'said. On 12 April, government troops shelled the airport.', "2014-04-10")
    assert values(claims, the_one(claims, "Attack"), "startDate") == {"1994-04-12"}
    assert values(claims, the_one(claims, "War"), "startDate") == set()


def test_a_quoted_today_in_news_is_the_source_s_day(claims_of):
    """Told near the source's date, the speaker's day is the source's."""
    claims = claims_of('Rebels seized the airport at Kigali on 4 April. "Today the war begins," their leader said.',
                       "2014-04-10")
    assert values(claims, the_one(claims, "War"), "startDate") == {"2014-04-10"}


@pytest.mark.parametrize("text, date, value", [
    ("On 3 May 2015 rebels seized the town of Kidal. Later that month the army shelled the town.", "2020-01-01",
     "2015-05"),
    ("5 May - The president declares a state of emergency. Later in the month the army attacks Kidal.", "2020-01",
     "2019-05")])
def test_later_that_month_is_the_month_of_the_last_date_told(claims_of, text, date, value):
    """"Later in the month" in a chronology's entry is that month, not the entry's day."""
    claims = claims_of(text, date)
    assert values(claims, the_one(claims, "Attack"), "startDate") == {value}


def test_later_that_month_after_a_bare_year_is_no_date(claims_of):
    """A year has no month to be in."""
    claims = claims_of("Rebels seized Kidal in 2012. Later that month the army shelled the town.", "2020-01-01")
    assert values(claims, the_one(claims, "Attack"), "startDate") == set()
