"""Guards from the review of dates26's rules: sentences its rules misread (each failed at 499dcb3).

A clock time in a report is of the last day told only when that day is the report's own time, and none ahead of it
is dated; "within hours" counts from a date of its own sentence or the one before; "the last week of" is a period's
final week, no week before the source's; a date after the point a "since" already gave is no point of comparison."""

from __future__ import annotations

from .test_extraction import the_one, values


def _dated(claims, value):
    return {o for s, p, o, _ in claims if p == "startDate" and o == value}


def test_a_clock_time_takes_no_day_of_years_before_the_report(claims_of):
    """A treaty's day of 1997 is no day a 2003 report's "at 6 a.m." is in."""
    claims = claims_of("The treaty signed on 12 May 1997 ended the war. Rebels attacked a convoy near the border at "
                       "6 a.m., the army said.", "2003-06-10")
    assert values(claims, the_one(claims, "Attack"), "startDate") == set()


def test_a_clock_time_ahead_takes_no_day_told(claims_of):
    """"will attack the airport at 6 a.m.": a time ahead, not on the day the airport was seized."""
    claims = claims_of("On 3 June 2012 rebels seized the airport. Troops will attack the airport at 6 a.m. to retake "
                       "it.", "2012-07-01")
    assert values(claims, the_one(claims, "Attack"), "startDate") == set()


def test_the_last_week_of_a_period_is_no_week_before_the_source(claims_of):
    """"during the last week of fighting": the fighting's final week, not the week before the report."""
    claims = claims_of("Rebels captured the town of Brega during the last week of fighting.", "2011-05-19")
    assert not _dated(claims, "2011-05")


def test_a_date_after_the_point_of_a_comparison_is_told(claims_of):
    """"The first major offensive since the ceasefire of 3 May began on 21 May": 21 May is the offensive's day, and
    "three days later" counts from it."""
    claims = claims_of("The first major offensive since the ceasefire of 3 May began on 21 May. Three days later "
                       "rebels captured Kasa.", "2015-07-01")
    assert values(claims, the_one(claims, "Capture"), "startDate") == {"2015-05-24"}


def test_within_hours_counts_from_no_date_two_sentences_back(claims_of):
    """A sentence telling no date lies between: "within hours" is not on the day the agreement was signed."""
    claims = claims_of("The agreement, signed on 12 May 1994, was meant to end the war. In the latest fighting, rebels "
                       "captured the town of Kasa. Within hours the army counter-attacked.", "1996-03-01")
    assert values(claims, the_one(claims, "Attack"), "startDate") == set()
