"""dates38: a line's stamp that holds its year ("[14.02.19 08:10]", "[03.11.2020 14:05]", a channel's or a log's export)
stamps its line as a year-less one does: the line's "this morning" and "today", and what it tells, are of that day, not
of the date the whole export is filed under. And "days later", "a few days later", "a week later" with no count are
within days of the last day told: its month, as "within days" is, while such a span stays in it. The guards keep a
day with its year inside a line, a count of days ("two days later", a day), a span ("for days afterwards") and a day
told at a month's end."""

from __future__ import annotations

import pytest

from claimgraph.recognise.dates import RelativeDates
from claimgraph.recognise.nlp import pipeline

from .test_extraction import the_one, typed, values


def relative(text: str) -> list[str]:
    return sorted(c.value for c in RelativeDates()(pipeline()(text)))


@pytest.mark.parametrize("text, date, cls, value", [
    ("Kivu Watch (channel export)\n\n[14.02.19 08:10]\nMilitia fighters attacked the market in Beni this morning, "
     "residents say.\n\n[20.02.19 19:40]\nRoad to Butembo reopened.\n", "2019-03-01", "Attack", "2019-02-14"),
    ("Mekelle updates\n\n[03.11.2020 22:05]\nArtillery shelled the outskirts of the town tonight.\n\n"
     "[09.11.2020 07:30]\nNo power since Sunday.\n", "2020-11-30", "Attack", "2020-11-03"),
    ("Sahel desk log\n\n[05.06.2021 06:40] Field team: gunmen attacked the village of Solhan overnight.\n\n"
     "[07.06.2021 12:00] Field team: mourning declared.\n", "2021-06-30", "Attack", "2021-06-05"),
])
def test_a_line_stamp_with_its_year_dates_its_line(claims_of, text, date, cls, value):
    claims = claims_of(text, date)
    assert values(claims, the_one(claims, cls), "startDate") == {value}, text


def test_today_under_a_stamp_with_its_year_is_the_stamp_s_day(claims_of):
    claims = claims_of("Regional channel\n\n[21.05.22 09:00]\nMorning.\n\n[23.06.22 20:15]\nThe regional summit in "
                       "Maputo today approved the deployment of a standby force.\n", "2022-08-09")
    assert "2022-08-09" not in {v for e in typed(claims, "Event") for v in values(claims, e, "startDate")}


@pytest.mark.parametrize("text", [
    "Hearing 03.05.21 10:00 in Court 2: the accused attacked the guard, the prosecutor said.",  # inside a line
    "Forecast issued 12.03.21 at 14:00: storms battering the coast.",  # weather, no stamp
    "Version 2.3.21 10:45 released.",  # a version's number
])
def test_a_day_with_its_year_inside_a_line_is_no_stamp(text):
    assert all(not v.startswith("no-year") for v in relative(text)), text


@pytest.mark.parametrize("text, value", [
    ("On 5 June 2000 militiamen seized the armoury. The prime minister resigned days later.", ["within-days:10"]),
    ("The rebels entered Goma on 20 November 2012. A few days later they withdrew.", ["within-days:10"]),
    ("Fighting broke out on 2 March 1993; a week later the militia shelled the village.", ["within-days:7"]),
])
def test_days_later_with_no_count_is_within_days(text, value):
    assert [v for v in relative(text) if v.startswith("within")] == value


@pytest.mark.parametrize("text, cls, value", [
    ("On 3 May 2015 rebels seized the town of Kidal. Days later government troops attacked the rebel positions.",
     "Attack", "2015-05"),
    ("The rebels entered Goma on 20 November 2012. A few days later they withdrew from the city.", "Withdrawal",
     "2012-11"),
    ("Talks on the border opened in Geneva on 2 March 1993. A week later the militia shelled the village.", "Attack",
     "1993-03"),
])
def test_an_act_days_later_is_of_the_last_day_s_month(claims_of, text, cls, value):
    claims = claims_of(text, "2021-05-10")
    assert values(claims, the_one(claims, cls), "startDate") == {value}, text


@pytest.mark.parametrize("text", [
    "Chelsea beat Arsenal on 3 May 2021. Two days later the club sacked its coach.",  # a count: after-days
    "The shelling of the town began on 4 April 2016 and went on for days afterwards.",  # a span
    "The verdict came on 4 May 2019; ten days later the defendant appealed.",  # a count, in words
    "Shares fell 3% on 2 March 2021 and rose 10 days later.",  # a count, in digits
])
def test_a_count_or_a_span_of_days_is_no_days_later(text):
    assert not any(v.startswith("within") for v in relative(text)), text


def test_days_later_from_a_month_s_end_tells_no_month(claims_of):
    claims = claims_of("Rebels seized the town on 28 March 2014. Days later the army attacked their positions.",
                       "2021-05-10")
    assert not values(claims, the_one(claims, "Attack"), "startDate")
