"""dates42: a log's day line between a heading's rules ("--- SUN 18 MAY 1980 ---", "---- 01 FEB 2008 ----") over
lines that open with a clock time heads that day's entries: what they tell is of that day, in the sentence a log in
capitals runs on into and in the lines after it, and their "yesterday" counts from it. The guards: a ruled day over a
timeline's prose keeps "today" the source's; a ruled year is no day; a clock time or a match's minute under a day line
of sport, trade, weather or a court dates only what the graph already finds there."""

from __future__ import annotations

import pytest

from .test_extraction import the_one, values


@pytest.mark.parametrize("text, date, cls, value", [
    # a wire desk's crawl in capitals: the day line and its timed lines are one sentence
    ("CRAWL LOG\n\n--- TUE 4 JUN 1991 ---\n0310 [AB] REPORTS: TROOPS OPEN FIRE ON MARCHERS IN THE CAPITAL\n"
     "0320 [AB] HOSPITALS APPEAL FOR BLOOD\n", "1991-06-10", "Attack", "1991-06-04"),
    ("TICKER\n\n=== WED 12 OCT 2016 ===\n0905 REBELS ATTACKED AN ARMY POST NEAR THE BORDER -- GOVT SAYS\n"
     "1110 CURFEW IN THE TOWN\n", "2016-10-20", "Attack", "2016-10-12"),
    # a radio operator's log: the entries of a day line after a line of their own
    ("STATION LOG\n\n---- 07 MAR 1999 ----\n0615  Quiet night. Net check.\n0930  Relay says heavy fighting at "
     "the ferry, about 20 km north.\n", "1999-03-20", "Clash", "1999-03-07"),
])
def test_a_ruled_day_line_dates_the_timed_lines_under_it(claims_of, text, date, cls, value):
    claims = claims_of(text, date)
    assert values(claims, the_one(claims, cls), "startDate") == {value}, text


@pytest.mark.parametrize("text, date, value", [
    ("RADIO LOG\n\n---- 05 APR 1994 ----\n0700  Rebels attacked the airport yesterday, says the relay.\n",
     "1994-04-20", "1994-04-04"),
    ("Desk log\n\n--- 22 NOV 2003 ---\n0845 Militiamen attacked the convoy yesterday, the driver says.\n",
     "2003-12-01", "2003-11-21"),
])
def test_a_log_s_yesterday_counts_from_its_ruled_day_line(claims_of, text, date, value):
    claims = claims_of(text, date)
    assert values(claims, the_one(claims, "Attack"), "startDate") == {value}, text


def test_a_ruled_day_over_a_timeline_s_prose_keeps_today_the_source_s(claims_of):
    """Guard: no clock time under the rule, so no log's day: "Today" is the source's."""
    claims = claims_of("Timeline\n\n=== 2 August 1990 ===\nIraqi troops invaded Kuwait. Rebels attacked a post "
                       "today.\n", "2021-01-01")
    assert "2021-01-01" in {o for s, p, o, _ in claims if p == "startDate"}


@pytest.mark.parametrize("text, date", [
    ("Weather desk\n\n---- 03 MAR 2019 ----\n0600  Storm hit the coast overnight. Tides high.\n", "2019-03-10"),
    ("Court log\n\n=== 14 JUN 2011 ===\n0930 The hearing opened. Counsel for the bank spoke.\n", "2011-06-20"),
    ("Trading log\n\n--- FRI 9 OCT 2020 ---\n0900 SHARES SLIPPED AS MARKETS OPENED\n1630 CLOSE: INDEX DOWN 3%\n",
     "2020-10-12"),
    ("Match log\n\n--- SAT 12 MAY 2001 ---\n1500 KICK-OFF AT THE STADIUM\n1700 FULL TIME: 2-1\n", "2001-05-20"),
])
def test_a_log_of_weather_courts_trade_or_sport_gains_no_event(claims_of, text, date):
    claims = claims_of(text, date)
    assert not {s for s, p, o, _ in claims if p == "type" and o == "Event"}, text
