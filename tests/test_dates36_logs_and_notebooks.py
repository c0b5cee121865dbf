"""dates36: the dates of shapes real sources come in. A log's clock time opening its line ("2000 - Looting of shops") is
no year but a time of the log's day; a notebook's day line with a cut year ("Thu 7 Apr 94 - Nairobi", "12 Apr '94")
is a day; "from May until June" spans both months, and a span told as past ends by the source's date. The guards keep
a wire report's weekday near its dateline, a timeline of years, a count after a day and a span ahead; a day doubted
between two ("on 4 or 5 May 1987") gives the month."""

from __future__ import annotations

import pytest

from claimgraph.recognise.dates import RelativeDates
from claimgraph.recognise.nlp import pipeline

from .test_extraction import the_one, values

LOG = ("Log of the patrol\nFiled: Friday, June 4, 1999\n\n0630 - The patrol crossed the bridge.\n"
       "1415 - Shelling resumed near the ridge.\n2000 - Looting of shops in the market.\n")


def test_a_log_s_clock_time_is_the_log_s_day_not_a_year(claims_of):
    claims = claims_of(LOG, "1999-06-04")
    assert values(claims, the_one(claims, "Looting"), "startDate") == {"1999-06-04"}


def test_a_log_of_another_time_gives_its_clock_times_no_date(claims_of):
    """A log quoted in a history written years after it: its day is not the source's, and 2000 is no year."""
    log = LOG.replace("Filed: Friday, June 4, 1999\n", "The battalion landed in June 1944.\n")
    claims = claims_of(log, "2012-01-01")
    assert values(claims, the_one(claims, "Looting"), "startDate") == set()


def test_a_timeline_of_years_keeps_its_years(claims_of):
    """Guard: lines opening with years, none of them a time of day that is no year ("1914", "1918")."""
    claims = claims_of("Timeline\n\n1914 - The war begins with an attack on Serbia.\n1918 - The armistice is signed.\n",
                       "2014-01-01")
    assert values(claims, the_one(claims, "Armistice"), "date") == {"1918"}


def test_a_notebook_s_day_line_dates_what_follows_it(claims_of):
    claims = claims_of("Notebook of a correspondent\n\nThu 7 Apr 94 - Nairobi\nThe rebels attacked the airport this "
                       "morning.\n", "1994-06-01")
    assert values(claims, the_one(claims, "Attack"), "startDate") == {"1994-04-07"}


@pytest.mark.parametrize("text, value", [
    ("12 Apr '94: the rebels attacked the barracks.", ["short:94-04-12"]),
    ("Tuesday, 12 April 94 - Kigali", ["short:94-04-12"]),
    ("25/4/94 Kigali. On 7/4/94 the killing began.", ["short:94-04-25", "short:94-04-07"]),  # in the text's order
    ("Recipe\n1/2/25 cup of flour", []),  # guard: no order told, no day
    ("PM killed this a.m.", ["today"]),
    ("On 12 May 20 people were killed.", ["no-year:05-12"]),  # guard: a count, not a year
])
def test_a_notebook_s_cut_years(text, value):
    assert [c.value for c in RelativeDates()(pipeline()(text))] == value


def test_a_wire_report_s_weekday_keeps_its_day(claims_of):
    """Guard: a report told now, a background year before its weekday."""
    claims = claims_of("KANO, March 3 (AP) - The war began in 2009. On Tuesday gunmen attacked a village near Kano.",
                       "2021-03-03")
    assert values(claims, the_one(claims, "Attack"), "startDate") == {"2021-03-02"}


def test_from_may_until_june_spans_both_months(claims_of):
    claims = claims_of("In 1987 the rebels laid siege to Kassala. The siege lasted from May until June.", "1990-01-01")
    siege = the_one(claims, "Siege")
    assert "1987-05" in values(claims, siege, "startDate") and values(claims, siege, "endDate") == {"1987-06"}


def test_a_past_span_of_year_less_months_ends_by_the_source_s_date(claims_of):
    """"From May until June" told as past in a text of 10 May: last year's May and June, not a June still ahead."""
    claims = claims_of("From May until June the siege of Kassala went on.", "2021-05-10")
    siege = the_one(claims, "Siege")
    assert (values(claims, siege, "startDate"), values(claims, siege, "endDate")) == ({"2020-05"}, {"2020-06"})


@pytest.mark.parametrize("text, value", [
    ("The festival will run from May until September.", ["no-year-ahead:05", "no-year-to:09"]),
    ("You may travel from May to September.", ["no-year-ahead:05", "no-year-to:09"]),  # a modal of what may be
])
def test_a_span_ahead_is_read_as_ahead(text, value):
    assert [c.value for c in RelativeDates()(pipeline()(text))] == value


def test_a_day_doubted_between_two_gives_the_month(claims_of):
    claims = claims_of("The rebels attacked the town of Kassala on 4 or 5 May 1987.", "1990-01-01")
    assert values(claims, the_one(claims, "Attack"), "startDate") == {"1987-05"}
