"""dates26's rules on times a text tells around a date rather than as one: a clause of "when" after a date tells
what happened then; "within hours" or "within days" after a day is that day or its month; a clock time with no date
beside it is of the last day told; "in March of last year" is counted from the source's year, and "last week" is the
month that holds it; a chronology's entry may be headed by a month alone; and a date a comparison counts from ("than at
any time since ... in June 2012") sets no year for the year-less dates after it."""

from __future__ import annotations

import pytest

from .test_extraction import the_one, values


@pytest.mark.parametrize("text, date, cls, value", [
    ("The war began last August, when Russian troops crossed into Georgia and captured the town of Gori.",
     "2009-03-01", "Capture", "2008-08"),
    ("Heavy fighting broke out in March 1994, when rebel units overran the garrison at Kibungo.", "1995-01-10",
     "Capture", "1994-03")])
def test_a_clause_of_when_after_a_date_tells_what_happened_then(claims_of, text, date, cls, value):
    """The act of the clause of "when" takes the date it glosses, though another happening stands nearer to it."""
    claims = claims_of(text, date)
    assert values(claims, the_one(claims, cls), "startDate") == {value}


def test_what_someone_said_in_a_clause_of_when_is_not_glossed(claims_of):
    """A "that" in the clause parts the act from the date: it is what was said then, not what happened."""
    claims = claims_of("The crisis deepened in March 1994, when officials said that rebel units had overrun the "
                       "garrison at Kibungo.", "1995-01-10")
    assert values(claims, the_one(claims, "Capture"), "startDate") == set()


@pytest.mark.parametrize("text, date, cls, value", [
    ("On 4 April 2003 American troops captured the airport. Within hours the rebels attacked the city.", "2004-01-01",
     "Attack", "2003-04-04"),
    ("On 13 June 1982 rebels seized the town. Within days the army launched an offensive.", "1983-01-01",
     "Offensive", "1982-06"),
    ("Militias took the port on 2 October 1996, and within a week the army began an offensive.", "1997-01-01",
     "Offensive", "1996-10")])
def test_within_hours_or_days_of_a_day_told_is_that_day_or_its_month(claims_of, text, date, cls, value):
    """"Within hours" is the day told; "within days" tells only its month."""
    claims = claims_of(text, date)
    assert values(claims, the_one(claims, cls), "startDate") == {value}


def test_days_that_may_pass_the_month_date_nothing(claims_of):
    """Days after 28 June may be July's: no month is told."""
    claims = claims_of("On 28 June 1982 rebels seized the town. Within days the army launched an offensive.",
                       "1983-01-01")
    assert values(claims, the_one(claims, "Offensive"), "startDate") == set()


def test_a_term_within_days_dates_nothing(claims_of):
    """A span within which something is ordered done is a term, no time told: no month of the day before."""
    claims = claims_of("On 3 May 2015 rebels seized the town. The council ordered the army to retake it within days.",
                       "2015-06-01")
    assert not {o for s, p, o, _ in claims if p == "startDate" and o == "2015-05"}


def test_a_clock_time_is_a_time_of_the_last_day_told(claims_of):
    """"at 9:05 a.m." with no date beside it: the day told before."""
    claims = claims_of("On 12 July 2006 Hezbollah fighters crossed the border and seized two soldiers. Israeli "
                       "aircraft bombed the airport in Beirut at 9:05 a.m.", "2006-07-20")
    assert values(claims, the_one(claims, "Attack"), "startDate") == {"2006-07-12"}


def test_a_clock_time_beside_a_date_is_no_date_of_its_own(claims_of):
    """"at 1 a.m. on 20 December": the date beside it says the day; the clock time counts from no other."""
    claims = claims_of("On 16 December a soldier was shot dead at a checkpoint. The bombing of the barracks began at "
                       "1 a.m. on 20 December.", "1990-01-05")
    assert values(claims, the_one(claims, "Attack"), "startDate") == {"1989-12-20"}


@pytest.mark.parametrize("text, date, value", [
    ("The ceasefire was signed in March of last year and has not been honored.", "2015-06-10", "2014-03"),
    ("The truce was signed in January this year and has not been honored.", "2015-06-10", "2015-01")])
def test_a_month_of_last_year_is_counted_from_the_source_s_year(claims_of, text, date, value):
    """"in March of last year": March of the year before the source's, not the last March."""
    claims = claims_of(text, date)
    assert values(claims, the_one(claims, "Signing"), "startDate") == {value}


def test_a_date_a_comparison_counts_from_sets_no_year(claims_of):
    """"than at any time since the rebels took it in June 2012": a point of comparison; "3 May" is of the source's
    year."""
    claims = claims_of("The town is now calmer than at any time since the rebels took it in June 2012. On 3 May "
                       "troops shelled its outskirts.", "2014-05-20")
    assert values(claims, the_one(claims, "Attack"), "startDate") == {"2014-05-03"}


def test_a_chronology_s_entry_headed_by_a_month_alone_dates_its_act(claims_of):
    """"March - Chadian troops capture Ouadi Doum": the month heads the entry as a day does."""
    claims = claims_of("Chronology of the conflict in northern Chad\n\n"
                       "12 January 1987 - Chadian forces attack Fada.\n\nMarch - Chadian troops capture Ouadi Doum.\n",
                       "1988-01-01")
    assert values(claims, the_one(claims, "Capture"), "startDate") == {"1987-03"}


def test_within_hours_is_in_the_date_told_just_before_at_its_precision(claims_of):
    """Under "Mid-July", "collapse within hours" is in July, not on the last day told (5 July)."""
    claims = claims_of("Chronology of the war in Abkhazia\n\n5 July 1993 - Georgian troops shell Sukhumi.\n\n"
                       "Mid-July - Abkhaz forces reach the outskirts of Sukhumi. Several truces are announced "
                       "and collapse within hours.\n", "1994-01-01")
    assert values(claims, the_one(claims, "Collapse"), "startDate") == {"1993-07"}


@pytest.mark.parametrize("text, date, cls, value", [
    ("Rebels captured the town of Brega last week.", "2011-05-19", "Capture", "2011-05"),
    ("Government troops attacked the town of Misrata earlier this week.", "2011-05-19", "Attack", "2011-05")])
def test_last_week_is_the_month_that_holds_it(claims_of, text, date, cls, value):
    """The week before the source's (or its own, up to its date) tells its month when it lies within one."""
    claims = claims_of(text, date)
    assert values(claims, the_one(claims, cls), "startDate") == {value}


def test_last_week_across_two_months_dates_nothing(claims_of):
    """In a report of Tuesday 3 May the week before ran from 25 April to 1 May: no month."""
    claims = claims_of("Rebels captured the town of Brega last week.", "2011-05-03")
    assert values(claims, the_one(claims, "Capture"), "startDate") == set()
