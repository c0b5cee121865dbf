"""headed37: a date given by the line above. A notebook's or a diary's day line with no year ("Sat 9 Apr - Nairobi",
"Fri 10 Jun") is a date, the first such day on from the last day told (not of a clock time above it read as a year,
"confirmed by 1745"); and the lines under a day line that open with a list's mark or a log's clock time ("- Rebels
shelling the garrison", "1020H  Enemy boats attacking") are that day's entries, whatever their tense. The guards keep
a fixture's kick-off, a score, a chronology's entry, a timetable with no day line and an act dated in its own words."""

from __future__ import annotations

import pytest

from claimgraph.recognise.dates import RelativeDates
from claimgraph.recognise.nlp import pipeline

from .test_extraction import the_one, typed, values


@pytest.mark.parametrize("text, value", [
    ("Sat 9 Apr - Nairobi\n- Convoy left at dawn.", ["no-year:04-09"]),
    ("Notes\n\nFri 10 Jun\n- Talks stalled.", ["no-year:06-10"]),
    ("Diary\n\nMon 4 Jul\n- The city is empty.", ["no-year:07-04"]),
    ("Wed 22 Jun - Goma, Zaire\n- Camps overflowing.", ["no-year:06-22"]),
])
def test_a_year_less_day_line_is_a_date(text, value):
    assert [c.value for c in RelativeDates()(pipeline()(text))] == value


@pytest.mark.parametrize("text", [
    "Sat 12 June 15:00 - Arsenal v Chelsea",  # a kick-off's clock time
    "Sat 12 June 21-14 win over the Lions",  # a score
    "Sales rose in the 9 Apr quarter.",  # not a line's head
    "Room 9 Apr 2 shelf",  # no line of a day
])
def test_a_fixture_a_score_or_a_number_in_a_line_is_no_day_line(text):
    assert [c.value for c in RelativeDates()(pipeline()(text))] == []


def test_a_notebook_s_next_day_line_dates_its_entries_past_a_clock_read_as_a_year(claims_of):
    claims = claims_of("NOTEBOOK - SUDAN\n\nMon 3 Jun 85 - Khartoum\n- Talks with the SPLA envoy. Minister confirmed "
                       "by 1745.\n\nWed 5 Jun - Juba\n- Rebels shelling the garrison at dawn, per UN contact.\n",
                       "1985-07-01")
    assert values(claims, the_one(claims, "Attack"), "startDate") == {"1985-06-05"}


def test_a_notebook_s_listed_entries_are_of_the_day_above_them(claims_of):
    claims = claims_of("Field notes, Bosnia\n\nTue 6 Jul 93 - Split\n- Convoy stuck at the border.\n\nFri 9 Jul - "
                       "Mostar\n- HVO and ABiH fighting on the front line, per UNHCR.\n- Civilians fleeing east across "
                       "the bridge.\n", "1993-08-01")
    assert values(claims, the_one(claims, "Clash"), "startDate") == {"1993-07-09"}
    assert values(claims, the_one(claims, "Displacement"), "startDate") == {"1993-07-09"}


def test_a_deck_log_s_timed_lines_are_of_the_day_above_them(claims_of):
    claims = claims_of("DECK LOG\n\n14 MAR 88\n0700H  Anchored off the reef.\n\n15 MAR 88\n0640H  Wind E, sea calm.\n"
                       "1020H  Enemy boats attacking the landing party, repulsed.\n", "1988-04-01")
    assert values(claims, the_one(claims, "Attack"), "startDate") == {"1988-03-15"}


@pytest.mark.parametrize("text, date, cls", [
    ("Sat 12 June 15:00 - Arsenal v Chelsea\n- Chelsea attacking early, two shots on goal.\n", "2021-07-01",
     "Attack"),
    ("Training schedule\n\n0900 - Drill on the square.\n1015 - Soldiers attacking the assault course.\n",
     "2020-01-01", "Attack"),  # clock times with no day line above them
    ("Timeline\n\n17 September - At dawn the army attacks the town\n- rebels withdraw to the hills\n", "2015-10-01",
     "Withdrawal"),  # a chronology's entry, no notebook's day line with its place
])
def test_lines_under_no_day_line_take_no_date(claims_of, text, date, cls):
    claims = claims_of(text, date)
    assert all(not values(claims, e, "startDate") for e in typed(claims, cls)), text


@pytest.mark.parametrize("text, date, value", [
    ("Notebook\n\nSat 9 Apr 94 - Nairobi\n- Rebels had attacked the airport in 1990, per NGO contact.\n", "1994-05-01",
     "1990"),
    ("Trial notes\n\nThu 2 Dec - Old Bailey\n- Witness says the accused attacked him with a knife on 3 May.\n",
     "2021-12-10", "2021-05-03"),
])
def test_an_entry_s_own_date_outranks_its_day_line(claims_of, text, date, value):
    claims = claims_of(text, date)
    assert values(claims, the_one(claims, "Attack"), "startDate") == {value}, text
