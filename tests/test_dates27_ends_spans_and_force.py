"""dates27's rules on ends and agreements' days: "completed" and "was complete" end a happening, in a clause or in a
chronology's later sentence; the last of a force leaving ends the withdrawal; a short span "after twelve days of
fighting" ends at the clause's date; an agreement with no signing told is dated by the day it came into force, and one
named with a range of days by the range's end; and "two days later" after a month is that month's year."""

from __future__ import annotations

import pytest

from .test_extraction import the_one, typed, values


@pytest.mark.parametrize("text, date, value", [
    ("On 2 June 1993 the government announced that it would withdraw its troops from the valley, and the withdrawal "
     "was reported complete within a week.", "1994-01-01", "1993-06"),
    ("On 12 May 2004 the army completed the withdrawal of its troops from the northern sector.", "2005-01-01",
     "2004-05-12")])
def test_a_withdrawal_told_complete_ends_then(claims_of, text, date, value):
    """"was (reported) complete", "completed the withdrawal": the date is the withdrawal's end, not its start."""
    claims = claims_of(text, date)
    withdrawal = the_one(claims, "Withdrawal")
    assert values(claims, withdrawal, "endDate") == {value}
    assert value not in values(claims, withdrawal, "startDate")


def test_a_complete_withdrawal_asked_for_is_no_end(claims_of):
    """The adjective is no end: "demanded a complete withdrawal" tells no withdrawal ending that day."""
    claims = claims_of("On 12 May 2004 the council demanded a complete withdrawal of all foreign troops.\n", "2005-01-01")
    assert not any(p == "endDate" for _, p, _, _ in claims)


def test_a_chronology_s_later_sentence_may_tell_an_end(claims_of):
    """An entry's date dates what its later sentences tell, and "The withdrawal is complete." ends the withdrawal."""
    claims = claims_of("Chronology of the pullout\n\n3 March 1992 - The last battalion crosses the river at Osh. "
                       "The withdrawal is complete.\n\n4 March 1992 - Rebels attack the town.\n", "1992-05-01")
    withdrawal = the_one(claims, "Withdrawal")
    assert values(claims, withdrawal, "endDate") == {"1992-03-03"}
    assert values(claims, withdrawal, "startDate") == set()


@pytest.mark.parametrize("text", [
    "The withdrawal began in October 2011. The last American troops left Iraq on 18 December 2011.",
    "The withdrawal began in October 2011. The last of the foreign contingents withdrew from Iraq on 18 December 2011."])
def test_the_last_of_a_force_leaving_ends_the_withdrawal(claims_of, text):
    claims = claims_of(text + "\n", "2012-06-01")
    assert "2011-12-18" in {o for _, p, o, _ in claims if p == "endDate"}


def test_the_last_offensive_is_no_end(claims_of):
    claims = claims_of("The last offensive of the war began on 3 May 1945.\n", "1950-01-01")
    assert values(claims, the_one(claims, "Offensive"), "startDate") == {"1945-05-03"}
    assert values(claims, the_one(claims, "Offensive"), "endDate") == set()


@pytest.mark.parametrize("text, date, cls, value", [
    ("On 12 January 1994, after twelve days of fighting, the president declared a unilateral ceasefire.",
     "1995-01-01", "Clash", "1994-01-12"),
    ("The two sides signed the accord in Lusaka on 4 May 1997 after four days of talks.", "1998-01-01",
     "Negotiation", "1997-05-04"),
    ("Following two weeks of heavy shelling, the rebels withdrew from the town on 9 March 2015.", "2016-01-01",
     "Attack", "2015-03-09")])
def test_a_short_span_spent_on_a_happening_ends_at_the_clause_s_date(claims_of, text, date, cls, value):
    claims = claims_of(text + "\n", date)
    assert values(claims, the_one(claims, cls), "endDate") == {value}
    assert values(claims, the_one(claims, cls), "startDate") == set()


@pytest.mark.parametrize("text", [
    "After ten years of war, the parties met in Geneva in May 2001.",  # a long span: the war may go on
    "Signed after four days of talks in Geneva, to which the envoy had flown on 23 May 2001."])  # another time's date
def test_a_long_span_or_a_date_of_another_clause_ends_nothing(claims_of, text):
    claims = claims_of(text + "\n", "2002-01-01")
    assert not any(p == "endDate" for _, p, _, _ in claims)


@pytest.mark.parametrize("text, value", [
    ("A ceasefire arranged by the member states of the Arab League took effect on 11 September 1969.", "1969-09-11"),
    ("The truce came into force at midnight on 4 May 2012, after a week of shelling.", "2012-05-04"),
    ("The truce signed in Doha on 2 May 2012 took effect on 4 May 2012.", "2012-05-02")])  # the signing's day first
def test_an_agreement_is_dated_by_its_coming_into_force_when_no_signing_is_told(claims_of, text, value):
    claims = claims_of(text + "\n", "2013-01-01")
    [agreement] = typed(claims, "Agreement")
    assert values(claims, agreement, "date") == {value}


@pytest.mark.parametrize("text", [
    "The ceasefire was ignored, and the new constitution took effect on 1 May 2012.",  # another clause's subject
    "The ceasefire is due to take effect on 4 May 2012."])  # not yet in force
def test_a_day_in_force_of_another_clause_or_to_come_dates_no_agreement(claims_of, text):
    claims = claims_of(text + "\n", "2012-04-01")
    assert not any(p == "date" for _, p, _, _ in claims)


@pytest.mark.parametrize("text, value", [
    ("The accords of 20-21 July 1954 provided for a ceasefire.", "1954-07-21"),
    ("The agreement of 3-4 March 1997 ended the fighting in the valley.", "1997-03-04")])
def test_an_agreement_named_with_a_range_of_days_is_of_the_range_s_end(claims_of, text, value):
    claims = claims_of(text + "\n", "2000-01-01")
    [agreement] = typed(claims, "Agreement")
    assert values(claims, agreement, "date") == {value}


def test_days_counted_from_a_month_of_the_same_sentence_give_its_year(claims_of):
    """"released in April 1998; ... murdered two days later": in April or May 1998, whatever day told before."""
    claims = claims_of("On 25 February 1999 the commission published its findings. An earlier church report was "
                       "released in April 1998; its coordinator was murdered two days later.\n", "2010-01-01")
    assert values(claims, the_one(claims, "Killing"), "startDate") == {"1998"}
