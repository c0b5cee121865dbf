"""dates31: a day written in numbers, day first ("19.06.1992", "19.06.92", "19/06/92"), is a date, and a log line that
opens with one is its entry's own day; a form's field ("Date of birth:", "DOB:") dates no happening and moves no
story; a duty ("must withdraw by ... July 16") puts its year-less day ahead; a text's own dateline is what its
"today" counts from; "on the 27th" is that day after the last date told."""

from __future__ import annotations

import pytest

from claimgraph.recognise.dates import Dates, RelativeDates
from claimgraph.recognise.nlp import pipeline

from .test_extraction import the_one, values


@pytest.mark.parametrize("text, found", [
    ("The vote of 19.06.1992 was annulled.", ["1992-06-19"]),
    ("Signed at Lome, 5/5/2009.", ["2009-05-05"]),
    ("Upgrade to version 10.11.2012 first.", []),  # a version, no day
    ("The server at 10.10.2012.1 failed.", []),  # part of a longer run of numbers
    ("Inflation was 3.1 per cent and growth 2.5 per cent in 2012.", ["2012"]),
    ("Invoice No. 12/03/2021-A was paid in full.", []),  # a number's
    ("Section 4.2.2019 of the code applies.", []),
    ("The train departs at 10.45 and arrives at 13.05.", []),
    ("IP 10.1.12.20 was blocked.", []),
])
def test_a_day_in_numbers_is_a_date(text, found):
    assert [c.value for c in Dates()(pipeline()(text))] == found


@pytest.mark.parametrize("text, found", [
    ("19.06.92 18:55 The patrol reported shelling.", ["short:92-06-19"]),
    ("Received on 25/11/03 from the embassy.", ["short:03-11-25"]),  # "05/11/03": no order told (dates32)
    ("Scores after round 3: 21.06.19 (set scores).", []),
    ("Install release 10.11.12 of the software.", []),
    ("Final score 2.1.0 after extra time.", []),
    ("The ratio was 1/2/3 for the three groups.", []),
    ("Patch 1.02.03 for the game is out.", []),
    ("Temperatures reached 31.5 degrees; rainfall was 12.06 mm.", []),
])
def test_a_day_in_numbers_with_a_short_year(text, found):
    assert [c.value for c in RelativeDates()(pipeline()(text)) if c.value.startswith("short")] == found


def test_a_day_in_numbers_dates_its_event(claims_of):
    claims = claims_of("On 19.06.1992 rebels attacked the police station in Bender.", "1992-07-01")
    assert values(claims, the_one(claims, "Attack"), "startDate") == {"1992-06-19"}


def test_a_short_numeric_day_takes_the_source_s_century(claims_of):
    claims = claims_of("Rebels attacked the police station in Bender on 19.06.92.", "1993-01-01")
    assert values(claims, the_one(claims, "Attack"), "startDate") == {"1992-06-19"}


@pytest.mark.parametrize("text", [
    "Name: Ivan Petrov. Date of birth: 12 May 1961. On 28 September he attacked the stadium in Conakry.",
    "Name: Ivan Petrov. DOB: 12/05/1961. On 28 September he attacked the stadium in Conakry.",
])
def test_a_form_field_moves_no_story(claims_of, text):
    claims = claims_of(text, "2010-02-01")
    assert values(claims, the_one(claims, "Attack"), "startDate") == {"2009-09-28"}


def test_a_form_field_dates_no_happening(claims_of):
    claims = claims_of("Passport issued to the commander of the attack on the barracks. Date of issue: 3 March 2005.",
                       "2010-02-01")
    assert "2005-03-03" not in {o for _, p, o, _ in claims if p in ("startDate", "endDate", "date")}


def test_a_duty_puts_its_day_ahead(claims_of):
    claims = claims_of("The rebels must complete their withdrawal from the valley by first light on July 16.",
                       "1999-07-15")
    assert values(claims, the_one(claims, "Withdrawal"), "startDate") == {"1999-07-16"}


@pytest.mark.parametrize("text, value", [
    ("The rebels completed their withdrawal from the valley on August 20.", "1998-08-20"),
    ("The rebels must have completed their withdrawal from the valley on July 16.", "1998-07-16"),
])
def test_a_past_act_or_a_guess_about_it_stays_in_the_past(claims_of, text, value):
    """Near-miss: a past act, or "must have" (a guess about the past), puts no day ahead."""
    claims = claims_of(text, "1999-07-15")
    assert values(claims, the_one(claims, "Withdrawal"), "endDate") == {value}


def test_a_title_s_year_in_parentheses_is_the_story_s(claims_of):
    """Near-miss: a title's year that is not the source's is the story's time."""
    claims = claims_of("The Border War (1969)\n\nThe war was fought in July. The garrison surrendered on 7 May.",
                       "2019")
    assert values(claims, the_one(claims, "Surrender"), "startDate") == {"1969-05-07"}


@pytest.mark.parametrize("text, value", [
    ("Diary of a nurse\n\nTuesday, 5 May 2009.\n\nThe rebels attacked the camp today.", "2009-05-05"),
    ("Harbour log\n\n03.02.41 06:10\n\nAircraft bombed the harbour today.", "1941-02-03"),
    ("KANO, March 3 (AP) - Gunmen attacked a market in the city today, police said.", "1979-03-03"),
])
def test_today_counts_from_the_text_s_own_day(claims_of, text, value):
    """A dateline or a diary's day line gives the day the piece was written, before the day it was filed under."""
    claims = claims_of(text, "1979-03-04" if text.startswith("KANO") else value[:4] + "-06-30")
    assert values(claims, the_one(claims, "Attack"), "startDate") == {value}


def test_a_log_s_header_with_its_stations_is_its_entry_s_day(claims_of):
    claims = claims_of("Radio log\n\n19.06.92 18:55\n\nAll quiet.\n\n20.06.92 04:15  POST-3 to POST-1\n\n"
                       "The enemy shelled the bridge last night.", "1992-07-30")
    assert values(claims, the_one(claims, "Attack"), "startDate") == {"1992-06-19"}


def test_a_dateline_after_the_source_s_day_is_no_today(claims_of):
    """Near-miss: a page's stamp after the day the text is filed under is no day it was written."""
    claims = claims_of("Monday, 22 August 2022\n\nRebels shelled the town of Gori today, officials said.", "2009-09-30")
    assert values(claims, the_one(claims, "Attack"), "startDate") == {"2009-09-30"}


@pytest.mark.parametrize("text, cls, value", [
    ("The government protested in a note on 29 December 1995. On the 27th the rebels seized the island of Kos.",
     "Capture", "1996-01-27"),
    ("The 2nd Battalion attacked the ridge on 4 May 1982. On the 6th the battalion withdrew.", "Withdrawal",
     "1982-05-06"),
    ("The radio announced the result on 4 September 1999. On the afternoon of the sixth, the militia attacked the "
     "church at Suai.", "Attack", "1999-09-06"),
    ("The brigade came ashore on 17 April 1961. Aircraft sank the supply ship Houston on the first morning.", "Attack",
     "1961-04-17"),
])
def test_a_day_of_the_month_alone_follows_the_last_date(claims_of, text, cls, value):
    claims = claims_of(text, "2001-01-01")
    assert values(claims, the_one(claims, cls), "startDate") == {value}


@pytest.mark.parametrize("text", [
    "The parade passed the 6th Fleet on the 2nd floor of the hall.",
    "Delegates met on the second day of the session of the 17th Congress.",
    "Rebels held positions north of the 17th parallel on the 21st Century road.",
    "The probe reached orbit on the 3rd day of the mission and landed on the 7th.",
    "He was elected on the 4th ballot after the 2nd round of voting.",
])
def test_a_number_of_a_thing_is_no_day_of_the_month(text):
    assert not [c.value for c in RelativeDates()(pipeline()(text)) if c.value.startswith("day-of-month")]
