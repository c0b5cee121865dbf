"""dates40a: a notebook's day line with its weekday cut short and no stop ("Thu 10 Dec", "Thu 14 Jul") takes the year
that puts the day on that weekday, not the year of an earlier agreement named above it nor one a year on from the
text's own date; a weekday cut short before a day and its ordinal after "on" ("on Tues 15th -") is that day. The
guards keep a newspaper's "Sun", a floor, a round, a minute and a quarter."""

from __future__ import annotations

import pytest

from claimgraph.recognise.dates import RelativeDates
from claimgraph.recognise.nlp import pipeline

from .test_extraction import the_one, values


@pytest.mark.parametrize("text, date, cls, value", [
    ("Aid worker's notebook, Aden\n\nThe fighters say the 5 November 2019 Riyadh Agreement is dead.\n\nThu 10 Dec\n"
     "- Separatist fighters shelled the airport road at dawn.\n", "2020-12-20", "Attack", "2020-12-10"),
    ("Diary - Sarajevo\n\nWed 15 Jun 1994, Kiseljak\nThe convoy reached the city today.\n\n- a month lost -\n\n"
     "Thu 14 Jul\nSerb gunners shelled the market, per UNHCR.\n", "1994-08-01", "Attack", "1994-07-14"),
    ("Notebook, Goma\n\nThu 17 Apr 2008\nTwo pieces of news. Masisi retaken by rebels on Tues 15th - dozens dead.\n",
     "2008-05-01", "Capture", "2008-04-15"),
])
def test_a_short_weekday_picks_the_year_of_its_day(claims_of, text, date, cls, value):
    claims = claims_of(text, date)
    assert values(claims, the_one(claims, cls), "startDate") == {value}, text


@pytest.mark.parametrize("text", [
    "Sun 18th century furniture sale opens today.",  # an auction
    "Mon 3rd floor office is closed for repairs.",  # a notice
    "Wed 3rd round tie: United v City.",  # a fixture
    "Fri 2nd quarter results beat forecasts.",  # business
    "He scored on Sat 15th minute.",  # sport
    "The court sat 15th in the list on Tues.",  # a court list
    "Sun 18th Century Furniture\nThe sale opens today.",  # a heading in capitals: no day line
    "Mon 3rd Floor - closed",  # a notice
])
def test_a_short_weekday_before_a_floor_a_round_or_a_minute_is_no_day(text):
    assert [c.value for c in RelativeDates()(pipeline()(text)) if c.value.startswith("weekday-day")] == []


def test_a_newspaper_s_sun_inside_a_line_glosses_no_day(claims_of):
    claims = claims_of("Storm report\n\nThe gale flattened the pier at Brighton on 18 May, the Sun 18 May edition "
                       "said. Rioters attacked the town hall on 18 May.\n", "2021-05-30")
    assert values(claims, the_one(claims, "Attack"), "startDate") == {"2021-05-18"}
