"""dates33: a chat's or a log's line stamped with its day and clock time and no year ("[27/06 14:32] Marko: ...") dates
what the line tells, in the year of the text's own dates, and its "this morning" is that day's; a diary's headings with
a weekday cut short ("Mon. 28th", "Fri. 2nd July, Paris", "Sun. 27th June '76") are its entries' days, and a weekday
alone under them goes on forward ("Tuesday" after "Mon. 28th"); a count with its "+" ("2000+ conscripts") is no year,
and "hours of" is no clock's unit ("In 2014 hours of shelling"); "between the 3rd and the 5th of May" starts on the
3rd."""

from __future__ import annotations

import pytest

from claimgraph.recognise.dates import Dates, RelativeDates
from claimgraph.recognise.nlp import pipeline

from .test_extraction import the_one, values


def dates(text: str) -> list[str]:
    return [c.value for c in Dates()(pipeline()(text))]


def relative(text: str) -> list[str]:
    return [c.value for c in RelativeDates()(pipeline()(text))]


CHAT = ("Messages exported 12.05.2003 - 20.05.2003\n\n"
        "[14/05 09:12] Lena: u awake? militia attacked the depot at ostrava\n"
        "[14/05 09:15] Pavel: saw smoke from the roof\n"
        "[16/05 07:40] Lena: police arrested the mayor this morning. crazy\n")


def test_a_chat_line_s_stamp_dates_what_the_line_tells(claims_of):
    claims = claims_of(CHAT, "2003-05-20")
    assert values(claims, the_one(claims, "Attack"), "startDate") == {"2003-05-14"}
    assert values(claims, the_one(claims, "Arrest"), "startDate") == {"2003-05-16"}


@pytest.mark.parametrize("text, values_", [
    ("[02/07 18:30] Pavel: quiet\n[27/06 08:00] Lena: hi\n", ["no-year:07-02", "no-year:06-27"]),  # 27 shows the order
    ("[02/07 18:30] Pavel: quiet\n[03/07 08:00] Lena: hi\n", []),  # nothing shows which field is the day
    ("Scores 2/7 and 3/7 at 10:30 today.", []),  # no stamp that opens its line
])
def test_a_stamp_s_day_is_read_in_the_stamps_own_order(text, values_):
    assert [v for v in relative(text) if v.startswith("no-year")] == values_


@pytest.mark.parametrize("text, values_", [
    ("Sat. 3rd May '80", ["short:80-05-03"]),
    ("Mon. 28th", ["weekday-day:0:28"]),
    ("Fri. 2nd July, Lyon", ["no-year:07-02"]),
    ("Back in March of '86 the mill closed.", ["short:86-03"]),
])
def test_a_diary_s_heading_with_a_weekday_cut_short_is_a_day(text, values_):
    assert relative(text) == values_


DIARY = ("Sat. 3rd May '80\n\nWe sailed from the harbour at noon.\n\n"
         "Sun. 4th\n\nRebels attacked the ferry at dawn.\n\n"
         "Tuesday\n\nThe police arrested the captain this morning.\n")


def test_a_diary_s_headings_date_its_entries(claims_of):
    claims = claims_of(DIARY, "1980-05-20")
    assert values(claims, the_one(claims, "Attack"), "startDate") == {"1980-05-04"}
    assert values(claims, the_one(claims, "Arrest"), "startDate") == {"1980-05-06"}


@pytest.mark.parametrize("text, values_", [
    ("By June, 2000+ conscripts had surrendered.", []),
    ("In 2014 hours of shelling left the town in ruins.", ["2014"]),
    ("The guns fell silent at 1800 hours.", []),  # near-miss: a clock's hours
    ("After 1500 hours of testing, the engine was certified.", []),  # guard: a count of hours
    ("The 2000+ Club met in 2019 to plan the gala.", ["2019"]),  # guard
])
def test_a_count_with_its_plus_is_no_year_and_hours_of_are_no_clock(text, values_):
    assert dates(text) == values_


def test_a_full_stop_after_the_sun_still_ends_a_sentence():
    """Guard: only a weekday cut short before an ordinal day ("Mon. 28th") keeps its sentence open."""
    doc = pipeline()("The probe orbited the Sun. 3 days later it fired its engines. Mon. 28th was quiet.")
    assert [s.text for s in doc.sents] == ["The probe orbited the Sun.", "3 days later it fired its engines.",
                                          "Mon. 28th was quiet."]


def test_a_weekday_answered_in_a_paragraph_goes_not_forward(claims_of):
    """Guard: a weekday alone in its sentence but not on its line is no diary heading: "Saturday." after a question
    is the Saturday before the entry's day."""
    claims = claims_of("Mon. 3rd\n\nThe board met at nine. When did the rebels attack the fort? Saturday.\n",
                       "2021-05-10")
    assert values(claims, the_one(claims, "Attack"), "startDate") != {"2021-05-08"}


def test_a_range_of_days_between_the_ordinals_starts_on_the_first(claims_of):
    claims = claims_of("Militias attacked the villages between the 3rd and the 5th of May.", "1994-06-10")
    assert values(claims, the_one(claims, "Attack"), "startDate") == {"1994-05-03"}
