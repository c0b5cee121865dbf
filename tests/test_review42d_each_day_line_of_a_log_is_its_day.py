"""s42 review of dates42: every day line between rules of a log is that day's, not only the first one over timed
lines. A later day line over the day's prose, under a day line over timed lines, is the day its "yesterday" and
"today" count from (not the day above it); a day line a log in capitals runs on into heads the timed lines under it,
not the first day line of that run-on sentence. The guard: a ruled day over prose with no log above it stays a
heading (dates42's own test), and so is one under a ruled line that names no day ("--- PAGE 2 ---")."""

from __future__ import annotations

import pytest

from .test_extraction import the_one, values


@pytest.mark.parametrize("text, date, value", [
    # an operations log: a timed day, then the next day told in prose
    ("OPS LOG\n\n--- 5 JUN 1967 ---\n0745 Quiet on the front. Patrols out.\n\n--- 6 JUN 1967 ---\n"
     "Rebels attacked the town today, the army said.\n", "1967-06-20", "1967-06-06"),
    # a ship's log: the watch's timed lines, then the next day's remarks
    ("SHIP'S LOG\n\n---- 11 AUG 1998 ----\n0400  Wind NE 4. Course 210.\n\n---- 12 AUG 1998 ----\n"
     "Remarks: pirates attacked a tanker astern of us yesterday.\n", "1998-09-01", "1998-08-11"),
])
def test_a_later_ruled_day_over_prose_in_a_log_is_its_day(claims_of, text, date, value):
    claims = claims_of(text, date)
    assert values(claims, the_one(claims, "Attack"), "startDate") == {value}, text


@pytest.mark.parametrize("text, date, value", [
    ("LOG\n\n--- TUE 4 JUN 1991 ---\n0310 CALM\n--- WED 5 JUN 1991 ---\n0400 REBELS ATTACKED THE AIRPORT\n",
     "1991-06-20", "1991-06-05"),
    ("WIRE CRAWL\n\n=== MON 3 OCT 2016 ===\n2300 NO CHANGE\n=== TUE 4 OCT 2016 ===\n"
     "0115 MILITIA ATTACKED A POLICE POST "
     "IN THE NORTH\n", "2016-10-20", "2016-10-04"),
])
def test_a_log_in_capitals_dates_its_lines_by_the_day_line_above_them(claims_of, text, date, value):
    claims = claims_of(text, date)
    assert values(claims, the_one(claims, "Attack"), "startDate") == {value}, text


def test_a_ruled_line_that_names_no_day_makes_no_log(claims_of):
    """Guard: a transcript's ruled page number over a timed line is no log's day; the ruled day under it over prose
    is a heading, and "today" the source's."""
    claims = claims_of("TRANSCRIPT\n\n--- PAGE 2 ---\n10:30 THE WITNESS: I was at home.\n\n=== 3 MARCH 2004 ===\n"
                       "Rebels attacked the town today, officials said.\n", "2004-03-10")
    assert values(claims, the_one(claims, "Attack"), "startDate") == {"2004-03-10"}
