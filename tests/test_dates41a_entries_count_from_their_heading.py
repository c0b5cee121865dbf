"""dates41a: in a text of dated entries (a desk's rolling file, a newsletter's editions, a diary's day lines) an
entry's "yesterday", "on Sunday", "today", "on the 13th" and year-less days count from the day its own heading gives,
not from the first heading nor the day the whole file is dated: a heading inside a rule of marks ("=== Entered
Monday, 4 March ===", "--- Sun 18 May 1980 ---"), an edition's masthead in capitals and a dash ("THE DAILY BRIEF --
Tuesday, May 7, 1996"), a day line with its place after a comma ("Mon 17 Aug 2015, Juba"). The guards keep a date
alone in a rule (a timeline's, a fixture list's heading), a log's title and a result table as they were."""

from __future__ import annotations

import pytest

from .test_extraction import the_one, values


@pytest.mark.parametrize("text, date, cls, value", [
    ("DESK FILE: SOMALIA\nRolling advisory. Not for publication.\n\n=== Entered Sunday, 3 March 1996 ===\n\n"
     "Clan militias fought in Baidoa overnight.\n\n=== Entered Friday, 8 March ===\n\n"
     "UPDATE: Gunmen attacked the port of Kismayo on Thursday.\n", "1996-04-20", "Attack", "1996-03-07"),
    ("THE MORNING BRIEF -- Tuesday, May 7, 1996\n\nTalks resumed in Geneva.\n\n"
     "THE MORNING BRIEF -- Wednesday, May 8, 1996\n\nRebels shelled the airport at Bujumbura yesterday, "
     "officials said.\n", "1996-05-10", "Attack", "1996-05-07"),
    ("Siege diary\n\n--- Sun 18 May 1980 ---\n\nShops stayed shut.\n\n--- Tue 20 May 1980 ---\n\n"
     "Troops attacked the village of Hwasun yesterday.\n", "1980-06-01", "Attack", "1980-05-19"),
    ("Notebook, Kivu\n\nSat 9 Mar 2013, Goma\nNothing new.\n\n- a gap of months -\n\nMon 17 Jun 2013, Bukavu\n"
     "Militiamen attacked the camp at Kalehe today.\n", "2013-07-01", "Attack", "2013-06-17"),
    ("BALKANS DESK: PLANNING FILE\n\n=== Entered Wednesday, 13 March 1991 ===\n\nNothing to add.\n\n"
     "=== Entered Friday, 15 March 1991 ===\n\nCORRECTION: talks were not held on Thursday. Troops attacked the "
     "village of Pakrac on the 13th.\n", "1991-04-04", "Attack", "1991-03-13"),
])
def test_an_entry_counts_from_its_own_heading(claims_of, text, date, cls, value):
    claims = claims_of(text, date)
    assert values(claims, the_one(claims, cls), "startDate") == {value}, text


@pytest.mark.parametrize("text, date, cls, value", [
    # a date alone in a rule is a timeline's or a fixture list's heading, no day of writing: "yesterday" is the file's
    ("SEASON REVIEW\n\n=== 2 May 1990 ===\nThe cup final was played.\n\nRioters attacked the stadium in Leeds "
     "yesterday.\n", "1990-06-10", "Attack", "1990-06-09"),
    # a fixture list's line in capitals with its score is no heading of an entry
    ("CUP RESULTS\n\nLEEDS 2 HULL 1 -- 2 May 1990, 3-1\nThe match was played.\n\nRioters attacked the stadium in "
     "Leeds yesterday.\n", "1990-06-10", "Attack", "1990-06-09"),
])
def test_a_date_alone_in_a_rule_or_a_title_is_no_entry_s_day(claims_of, text, date, cls, value):
    claims = claims_of(text, date)
    assert values(claims, the_one(claims, cls), "startDate") == {value}, text


@pytest.mark.parametrize("reference, value, entry_day, near", [
    ("day-of-month:13", "1991-04-13", "1991-03-15", "1991-03-13"),  # the 13th before the entry's day, not after
    ("day-of-month:14", "1991-02-14", "1991-03-13", "1991-03-14"),  # the coming 14th, not the last
    ("day-of-month:31", "1991-05-31", "1991-03-02", "1991-03-31"),  # no 31st in February nor April
    ("no-year:03-14", "1990-03-14", "1991-03-13", "1991-03-14"),
    ("no-year:01-02", "1991-01-02", "1991-12-30", "1992-01-02"),  # over the year's end
    ("no-year:02-29", "1991-03-01", "1992-01-10", "1992-02-29"),  # the one leap year of three
    ("no-year:03", "1991-03", "1991-03-13", "1991-03"),  # a month alone: as it was
    ("day-of-month:13", "1991-04-13", None, "1991-04-13"),  # no entry: as it was
])
def test_a_day_in_an_entry_is_the_one_nearest_its_day(reference, value, entry_day, near):
    from claimgraph.extract.dates.anchor import _near_entry

    assert _near_entry(reference, value, entry_day) == near
