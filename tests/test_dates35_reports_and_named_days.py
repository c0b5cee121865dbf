"""dates35: a source dated by its year alone ("2010") may be of any day of it, so a story of the year before is no
story told "now": an annual report of 2009 published in 2010 puts "On 4 June" in 2009. A date an agreement's name
carries ("the Lusaka Agreement of 22 February 2002") dates it whatever verb governs it, a breach's too; and a day
after "of" is a date before a verb in -s ("Resolution 664 of August 18 demands that ...")."""

from __future__ import annotations

import pytest

from .test_extraction import the_one, values


@pytest.mark.parametrize("text, source, value", [
    ("Annual Report 2009\n\nIn 2009 the clinic worked through the fighting. On 4 June rebels attacked the town of "
     "Kipo.", "2010", "2009-06-04"),
    ("Our year in review\n\nThe league's 1998 season was hard. On 12 March rebels attacked the stadium at Lira.",
     "1999", "1998-03-12"),
])
def test_a_report_dated_by_its_year_tells_the_year_before(claims_of, text, source, value):
    claims = claims_of(text, source)
    assert values(claims, the_one(claims, "Attack"), "startDate") == {value}


@pytest.mark.parametrize("text, source, value", [
    # near-misses: the story in the source's own year, or no year told at all, is still "now"
    ("Annual Report 2010\n\nIn 2010 the clinic worked through the fighting. On 4 June rebels attacked the town of "
     "Kipo.", "2010", "2010-06-04"),
    ("On 4 June rebels attacked the town of Kipo.", "2010", "2010-06-04"),
    # a source dated to the day keeps its "now": a story of last year told in January is near it
    ("In 2009 the clinic worked through the fighting. On 4 June rebels attacked the town of Kipo.", "2010-01-15",
     "2009-06-04"),
])
def test_a_story_of_the_source_s_time_stays_now(claims_of, text, source, value):
    claims = claims_of(text, source)
    assert values(claims, the_one(claims, "Attack"), "startDate") == {value}


@pytest.mark.parametrize("text, value", [
    ("The rebels violated the Lusaka Agreement of 22 February 2002 within a month.", "2002-02-22"),
    ("Both armies flouted the Addis Ababa Accord of 3 May 1994, the monitors said.", "1994-05-03"),
])
def test_an_agreement_s_named_date_survives_a_breach(claims_of, text, value):
    claims = claims_of(text, "2009-06-01")
    assert values(claims, the_one(claims, "Agreement"), "date") == {value}


def test_a_breach_s_own_day_still_dates_no_agreement(claims_of):
    """Near-miss: "on" after a breached ceasefire is the breach's day (s27's rule stands)."""
    claims = claims_of("The militia broke the ceasefire on 16 September 1993 with a raid.", "2009-06-01")
    assert values(claims, the_one(claims, "Agreement"), "date") == set()


@pytest.mark.parametrize("text", [
    "Resolution 664 of August 18 demands that the foreigners be allowed to leave.",
    "The Resolution 664 of 18 August calls the parties to withdraw.",
])
def test_a_named_day_before_a_verb_in_s_is_a_date(claims_of, text):
    claims = claims_of(text, "1990-09-01")
    assert values(claims, the_one(claims, "Agreement"), "date") == {"1990-08-18"}


def test_a_count_before_a_plural_noun_and_that_is_still_no_date(claims_of):
    """Guard (composed outside war): "of 14 December attacks that ..." stays fourteen attacks, no day."""
    claims = claims_of("One of 14 December attacks that the police blamed on gangs hit a bank.", "2020-06-01")
    assert values(claims, the_one(claims, "Attack"), "startDate") == set()


@pytest.mark.parametrize("text", [
    "In 2003 the war raged. Between June and August the rebels launched three assaults on the capital.",
    "In 2003 the war raged. From June to August the rebels launched three assaults on the capital.",
])
def test_a_span_of_year_less_months_bounds_both_ends(claims_of, text):
    claims = claims_of(text, "2004-05-01")
    attack = the_one(claims, "Attack")
    assert (values(claims, attack, "startDate"), values(claims, attack, "endDate")) == ({"2003-06"}, {"2003-08"})


def test_a_span_s_year_after_its_second_month_still_holds(claims_of):
    """Near-miss: "between June and August 2003" is read whole, as before."""
    claims = claims_of("Between June and August 1997 the rebels launched three assaults on the capital.", "2004-05-01")
    attack = the_one(claims, "Attack")
    assert (values(claims, attack, "startDate"), values(claims, attack, "endDate")) == ({"1997-06"}, {"1997-08"})


def test_a_span_from_may_dates_nothing_ahead(claims_of):
    """Guard (composed outside war): "May" after "between" is no month read, so "June" alone must not look a year
    ahead of the source (it gave 2019-06 in a text of 2018-09)."""
    claims = claims_of("Police arrested 40 fans between May and June after the riots.", "2018-09-01")
    assert not {v for v in values(claims, the_one(claims, "Arrest"), "startDate") if v > "2018-09"}
