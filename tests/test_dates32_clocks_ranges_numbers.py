"""dates32: a clock time with its zone or unit ("at 1830 GMT", "from 1800 hours") is no year; a log's or a hotline's
date-time stamp after its two ends ("LINK KABUL - PESHAWAR, 14.03.89 09:10") dates its section; a range of days starts
on its first day and ends on its last, the month first or last, with a year or not ("on March 3-5, 1999", "3rd-5th
May"); a day in numbers parted by slashes is read month first or day first only where a field over 12 or the text's
other such days decide it, and is no date where nothing does."""

from __future__ import annotations

import pytest

from claimgraph.recognise.dates import Dates, RelativeDates
from claimgraph.recognise.nlp import pipeline

from .test_extraction import the_one, values


def dates(text: str) -> list[str]:
    return [c.value for c in Dates()(pipeline()(text))]


@pytest.mark.parametrize("text", [
    "The patrol came under fire at 1830 GMT near the ford.",
    "The guns fell silent at 1745 (local time) on the ridge.",
    "Shelling went on from 1800 hours until dawn.",
    "The last aircraft landed at 2015 UTC.",
    "The curfew began at 1900 hrs.",
    "Contact was lost at 1642 local, the log says.",
    "A curfew held from 1800-2000 hours each night.",
    "Radio silence 1800–2000 GMT.",
])
def test_a_clock_time_with_its_zone_is_no_year(text):
    assert dates(text) == []


@pytest.mark.parametrize("text", [
    "The 2019 local elections were postponed.",  # "local" before another noun: a year
    "In 2019 local militias took the town.",
])
def test_a_year_before_local_and_a_noun_stays_a_year(text):
    """Near-miss: "local" is a clock's zone only before "time", a stop, "on" or "at"."""
    assert dates(text) == ["2019"]


def test_a_clock_time_dates_no_attack_with_its_year(claims_of):
    claims = claims_of("On 4 May 1994 the convoy left Goma. At 1830 GMT militiamen attacked the convoy.", "1995-01-01")
    assert "1830" not in values(claims, the_one(claims, "Attack"), "startDate")


def test_a_hotline_stamp_dates_its_section(claims_of):
    claims = claims_of("LINK KABUL - PESHAWAR, 14.03.89 09:10\nKABUL: Rebels attacked the airfield at Jalalabad "
                       "today.", "1990-01-01")
    assert values(claims, the_one(claims, "Attack"), "startDate") == {"1989-03-14"}


def test_a_stamp_s_day_is_read_after_a_comma():
    assert [c.value for c in RelativeDates()(pipeline()("RADIO NET ALPHA, 03.11.91 22:05\nAll quiet."))] == [
        "short:91-11-03"]


@pytest.mark.parametrize("text, start, end", [
    ("The militia shelled the port of Kismayo on March 3-5, 1999.", "1999-03-03", "1999-03-05"),
    ("The militia shelled the port of Kismayo from March 3 to 5, 1999.", "1999-03-03", "1999-03-05"),
    ("The militia took Kismayo in March 1999. On March 3-5 the militia shelled the port of Kismayo.", "1999-03-03",
     "1999-03-05"),
    ("The militia took Kismayo in March 1999. The militia shelled the port of Kismayo on 3rd-5th March.",
     "1999-03-03", "1999-03-05"),
])
def test_a_range_of_days_starts_on_its_first_and_ends_on_its_last(claims_of, text, start, end):
    claims = claims_of(text, "2000-01-01")
    attack = the_one(claims, "Attack")
    assert (values(claims, attack, "startDate"), values(claims, attack, "endDate")) == ({start}, {end})


@pytest.mark.parametrize("text", [
    "Talks were held on May 5 and 12 soldiers were freed.",
    "The stage ran on May 5-11 km of cobbles.",  # a quantity before its unit (other kinds of text: sport)
])
def test_a_count_after_a_month_s_day_is_no_day(text):
    """Near-miss: after "and" the second number is a day only where it closes its phrase, after a dash where no unit
    follows it."""
    assert [c.value for c in RelativeDates()(pipeline()(text))] == ["no-year:05-05"]


@pytest.mark.parametrize("text, values_", [
    ("The council met on 3/14/2021.", ["2021-03-14"]),  # a second field over 12: month first
    ("The council met on 14/3/2021.", ["2021-03-14"]),
    ("The council met on 3/4/2021.", []),  # nothing decides: no date
    ("The council met on 12/25/2020 and again on 3/4/2021.", ["2020-12-25", "2021-03-04"]),
    ("The council met on 25/12/2020 and again on 3/4/2021.", ["2020-12-25", "2021-04-03"]),
    ("The council met on 3.4.2021.", ["2021-04-03"]),  # dots: day first
    ("The council met on 4/4/2021.", ["2021-04-04"]),
])
def test_a_day_in_numbers_is_read_in_the_order_the_text_shows(text, values_):
    assert dates(text) == values_


@pytest.mark.parametrize("text, values_", [
    ("Received on 05/11/03 from the embassy.", []),  # nothing decides
    ("Sent on 28/10/03. Received on 05/11/03 from the embassy.", ["short:03-10-28", "short:03-11-05"]),
])
def test_a_day_in_numbers_with_a_short_year_is_read_in_the_text_s_order(text, values_):
    assert [c.value for c in RelativeDates()(pipeline()(text)) if c.value.startswith("short")] == values_


def test_an_anniversary_s_tens_in_words_count_back(claims_of):
    """"Forty years ago today": the tens in words count years as "four" does."""
    claims = claims_of("Forty years ago today rebels attacked the town of Gao.", "2022-04-02")
    assert values(claims, the_one(claims, "Attack"), "startDate") == {"1982-04-02"}


@pytest.mark.parametrize("text, values_", [
    ("1. PATROL RETURNED TO BASE 3 AUG WITH TWO BOATS.", ["no-year:08-03"]),
    ("2. RAIDS ON THE ISLAND NIGHT 30-31 JUL NOT CONFIRMED.", ["no-year:07-30", "no-year:07-31"]),
    ("POLICE ARREST 3 JAN 20 PROTESTERS", []),  # a count after it: no day
])
def test_a_signal_s_day_and_month_in_capitals_is_a_date(text, values_):
    assert [c.value for c in RelativeDates()(pipeline()(text))] == values_


def test_a_feed_s_timed_entries_are_of_the_day_their_line_heads(claims_of):
    """A log's or a feed's entries stamped with their time, paragraph after paragraph under a day's line, tell acts of
    that day, in the feed's present too."""
    claims = claims_of("RADIO LOG\n\nMon 4 Mar 1991\n\n06:10 Rebels attack the port of Kismayo.\n\nTue 5 Mar 1991\n\n"
                       "07:45 Weather clear.\n\n11:20 Troops capture the airfield at Baidoa.", "1991-03-20")
    assert values(claims, the_one(claims, "Attack"), "startDate") == {"1991-03-04"}
    assert values(claims, the_one(claims, "Capture"), "startDate") == {"1991-03-05"}


def test_paragraphs_without_a_time_stamp_are_no_entries(claims_of):
    """Near-miss: past the paragraph after a day's line, only stamped entries take its day."""
    claims = claims_of("RADIO LOG\n\nMon 4 Mar 1991\n\nThe net was quiet.\n\nLater the rebels attack the airfield at "
                       "Baidoa.", "1991-03-20")
    assert values(claims, the_one(claims, "Attack"), "startDate") != {"1991-03-04"}


def test_a_count_opening_a_paragraph_is_no_time_stamp(claims_of):
    """Near-miss (the second reading's): "120 rebels attack" opens with a count, not a clock time, so the paragraph is
    no timed entry of the day the line heads."""
    claims = claims_of("RADIO LOG\n\nMon 4 Mar 1991\n\n06:10 The net was quiet.\n\n120 rebels attack the airfield "
                       "at Baidoa.", "1991-03-20")
    assert values(claims, the_one(claims, "Attack"), "startDate") != {"1991-03-04"}
