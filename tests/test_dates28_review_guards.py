"""Review of dates28: near-misses its rules took. "until" after a negated verb dates the act only in that verb's own
clause; an account of repeated acts, of acts of a time of their own, a "claim" held (no saying) or a document's terms
("according to the agreement") dates no act by the happening before it; a day alone on its line, with no place,
weekday or clock time, is a heading, no section's dateline."""

from __future__ import annotations

import pytest

from .test_extraction import the_one, values


def test_until_in_a_clause_joined_after_the_negated_verb_is_no_start_of_it(claims_of):
    """"have not withdrawn ... and will stay there until March 2025": the staying ends then, no withdrawal starts."""
    claims = claims_of("Peacekeepers have not withdrawn from the buffer zone and will stay there until March 2025.",
                       "2021-03-01")
    assert values(claims, the_one(claims, "Withdrawal"), "startDate") == set()


@pytest.mark.parametrize("text, cls", [
    ("Fighting began on 2 August 2016 near the line of contact. The minister said that for decades Armenian forces had "
     "shelled villages along the line.", "Attack"),
    ("On 3 May 2015 fighting broke out near the town of Kidal. The ministry said rebels had repeatedly attacked army "
     "posts in the region.", "Attack"),
    ("Fighting broke out on 2 August 2016 near the line of contact. The minister said Armenian forces had shelled the "
     "village a week earlier.", "Attack"),
    ("Clashes erupted near the islands on 10 April 2012. Both countries maintain territorial claims to the islands, "
     "which Chinese troops seized after the war.", "Capture"),
    ("A ceasefire took effect on 12 May 1994. Officials said Armenian troops withdrew from the occupied districts in "
     "stages over the next decade.", "Withdrawal"),
    ("A ceasefire took effect on 12 May 1994. According to the agreement, Armenian troops withdrew from the occupied "
     "districts.", "Withdrawal")])
def test_an_account_of_acts_of_another_time_takes_no_date_from_the_happening(claims_of, text, cls):
    claims = claims_of(text, "2021-03-01")
    assert values(claims, the_one(claims, cls), "startDate") == set()


def test_a_bare_day_heading_is_no_dateline_of_what_follows(claims_of):
    """A timeline's heading "2 August 1990": the "yesterday" of an aftermath told from the text's own day is the
    source's."""
    claims = claims_of("Background\n\n2 August 1990\n\nIraqi troops invaded Kuwait at dawn.\n\nAftermath\n\nToday UN "
                       "observers patrol the border, and yesterday Kuwaiti police arrested two smugglers.",
                       "2021-03-01")
    assert values(claims, the_one(claims, "Arrest"), "startDate") == {"2021-02-28"}
