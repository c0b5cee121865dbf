"""s41 review of dates41a: under an entry's dated heading, a bare ordinal ("on the 28th") is nearest the last day or
month the entry told, not always its heading's day: "Fighting spread in April. Rebels attacked ... on the 28th" in the entry of 1 June is 28 April,
"On 3 May ... on the 5th" in the entry of 15 June is 5 May, "Talks broke down last month ... on the 2nd" in the entry of 29 June is
2 May; after a word of the future it is on or after the entry's day ("will attack ... on the 28th" in the entry of
1 June is 28 June). The entry's own "on the 13th" past a "Thursday" stays near its heading's day
(tests/test_dates41a_entries_count_from_their_heading.py)."""

from __future__ import annotations

import pytest

from .test_extraction import the_one, values


@pytest.mark.parametrize("text, date, cls, value", [
    ("CHAD DESK FILE\n\n=== Entered Saturday, 1 June 1996 ===\n\nFighting spread north in April. Rebels attacked "
     "the garrison at Abeche on the 28th.\n", "1996-06-20", "Attack", "1996-04-28"),
    ("KIVU NOTEBOOK\n\n=== Entered Saturday, 15 June 2013 ===\n\nOn 3 May talks broke down. Militiamen "
     "attacked the camp at Kalehe on the 5th.\n", "2013-06-20", "Attack", "2013-05-05"),
    ("SOMALIA DESK FILE\n\n=== Entered Saturday, 29 June 1996 ===\n\nTalks broke down last month. Gunmen "
     "attacked the market at Kismayo on the 2nd.\n", "1996-07-20", "Attack", "1996-05-02"),
    ("SAHEL BRIEF -- Saturday, 1 June 2019\n\nOfficials said the army will attack the camp at Menaka on the "
     "28th.\n", "2019-06-20", "Attack", "2019-06-28"),
])
def test_an_entry_s_ordinal_is_in_the_month_it_tells(claims_of, text, date, cls, value):
    claims = claims_of(text, date)
    assert values(claims, the_one(claims, cls), "startDate") == {value}, text


def test_a_past_from_midnight_puts_no_ordinal_ahead(claims_of):
    """"from midnight" after a past verb is no word of the future: the entry's "on the 13th" stays near its day."""
    text = ("BALKANS DESK: PLANNING FILE\n\n=== Entered Friday, 15 March 1991 ===\n\nCORRECTION: talks were not held "
            "on Thursday. Troops attacked the village of Pakrac from midnight on the 13th.\n")
    claims = claims_of(text, "1991-04-04")
    assert values(claims, the_one(claims, "Attack"), "startDate") == {"1991-03-13"}
