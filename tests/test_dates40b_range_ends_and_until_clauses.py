"""dates40b: a range's far end and a date in a clause of "until" are no start of the act they follow.

"Between March 1992 and the end of 1995 the militia attacked villages" was dated by its far end alone: "the end of"
between the join and the second year hid the range, and the nearer date became the act's. "The shelling went on until
the two states established diplomatic ties on 1 January 1979" started the shelling on the day of another act; the date
in a clause of "until" ends it. The guards: "until D" ends as before, "did not withdraw until D" is done then, the
first of two years joined by "and" with no "between" is no range, and texts of business, sport and weather tell no
such event."""

from __future__ import annotations

import pytest

from .test_extraction import typed


def dates(claims, cls: str = "Event") -> set[tuple[str, str]]:
    """(predicate, value) of every start and end date of the text's events of the class."""
    events = typed(claims, cls)
    return {(p, o) for s, p, o, _ in claims if s in events and p in ("startDate", "endDate")}


@pytest.mark.parametrize("text, cls, told", [
    ("Between March 1992 and the end of 1995 the militia attacked villages in the east.", "Attack",
     {("startDate", "1992-03"), ("endDate", "1995")}),
    ("From 2004 to late 2006 government aircraft bombed villages in North Darfur.", "Attack",
     {("startDate", "2004"), ("endDate", "2006")}),
    ("The shelling of the islands went on until the two states established diplomatic ties on 1 January 1979.",
     "Attack", {("endDate", "1979-01-01")}),
    ("The guerrilla war in the highlands lasted until the junta handed power to civilians in March 1990.", "War",
     {("endDate", "1990-03")}),
])
def test_a_range_s_far_end_and_an_until_clause_end_the_act(claims_of, text, cls, told):
    assert dates(claims_of(text), cls) == told, text


@pytest.mark.parametrize("text, cls, told", [
    ("Fighting continued until 12 June 2016.", "Clash", {("endDate", "2016-06-12")}),
    ("The rebels attacked the town in March 2014 and again in June 2015.", "Attack", {("startDate", "2014-03")}),
])
def test_the_act_s_own_dates_stay(claims_of, text, cls, told):
    assert dates(claims_of(text), cls) == told, text


@pytest.mark.parametrize("text", [
    "Between January 2015 and the end of 2017 the firm hired 400 engineers.",
    "The striker played for the club from 2009 to late 2012.",
    "The storm lashed the coast until the winds dropped on 4 January 2019.",
    "The shop stayed closed until the owner returned on 1 March 2020.",
])
def test_other_domains_tell_no_dated_event(claims_of, text):
    assert dates(claims_of(text)) == set(), text
