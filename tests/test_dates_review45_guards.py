"""review45's sentences on dates24's dating rules, each a date the rules gave wrongly (a wrong date is worse than none)
and must not: "of" a year-less day dates only the event noun right before it; brackets of a date alone gloss the time
told before them; only a verb parts a date's phrase; an end word after an adverb ends the act; an opening date reaches
no act of another time; an end asked for or delayed dates nothing."""

from __future__ import annotations

import pytest

from .test_extraction import the_one, values


def _dated(claims) -> set[tuple[str, str, str]]:
    return {(s, p, o) for s, p, o, _ in claims if p in ("startDate", "endDate")}


@pytest.mark.parametrize("text", [
    "The war in Afghanistan began after the attacks of 11 September.",
    "On the anniversary of the massacre of 4 June, police arrested dozens of activists.",
    "Rebels withdrew from the town ahead of the deadline of 14 December.",
    "Troops were deployed to guard the polls of 14 December.",
    "Rebels launched a raid, one of 14 December attacks on the town."])
def test_of_a_year_less_day_dates_no_act_but_the_noun_right_before_it_near_the_source_s_date(claims_of, text):
    """"the attacks of 11 September" in a text of May names some other year's day; an anniversary or a deadline of a
    day is no act that day; the deployment is not the polls; "14 December attacks" counts attacks."""
    assert _dated(claims_of(text, "2021-05-10")) == set()


def test_of_a_year_less_day_after_a_signing_date_still_dates_the_signing(claims_of):
    claims = claims_of("He did not appear. A new signing date of 29 November passed the same way.", "2009-02-10")
    assert values(claims, the_one(claims, "Signing"), "startDate") == {"2008-11-29"}


@pytest.mark.parametrize("text, cls, value", [
    ("The rebels captured the town on Monday (4 May 2015), the army said.", "Capture", "2015-05-04"),
    ("Rebels captured the town on Friday (3 May 2015).", "Capture", "2015-05-03"),
    ("Rebels attacked the town (on 3 May 2015) and killed ten.", "Attack", "2015-05-03")])
def test_brackets_of_a_date_alone_gloss_the_time_told_before_them(claims_of, text, cls, value):
    """No weekday of the source's week: the brackets say which Monday."""
    claims = claims_of(text, "2021-05-10")
    assert values(claims, the_one(claims, cls), "startDate") == {value}


@pytest.mark.parametrize("text, cls", [
    ("The arrest of the coup leaders on 3 May 2015 calmed the capital.", "Arrest"),
    ("The arrest of coup plotters on 3 May 2015 was announced.", "Arrest"),
    ("The attack on the peace talks venue on 3 May 2015 killed ten.", "Attack")])
def test_a_noun_between_an_act_and_its_date_parts_no_phrase(claims_of, text, cls):
    """The coup and the talks are the act's complements: the date is the arrest's or the attack's alone."""
    claims = claims_of(text, "2021-05-10")
    assert _dated(claims) == {(the_one(claims, cls), "startDate", "2015-05-03")}


@pytest.mark.parametrize("text", [
    "The UN troops stationed there ended their mission on 3 May 2015.",
    "Peacekeepers deployed there ended their patrols on 3 May 2015."])
def test_an_end_word_past_an_adverb_ends_the_act(claims_of, text):
    """"there" is no object of "stationed": what ended is the stationing."""
    claims = claims_of(text, "2021-05-10")
    assert _dated(claims) == {(the_one(claims, "Deployment"), "endDate", "2015-05-03")}


@pytest.mark.parametrize("text", [
    "In 2010, the army built a base near the border, which rebels later attacked.",
    "On 3 May, a Sunday, which is market day, rebels who had attacked the town in April withdrew."])
def test_an_opening_date_reaches_no_act_of_another_time(claims_of, text):
    """An act told "later" or in the past perfect of a relative clause is not of the opening date's time."""
    claims = claims_of(text, "2021-05-10")
    assert values(claims, the_one(claims, "Attack"), "startDate") == set()


@pytest.mark.parametrize("text", [
    "Delays in the completion of the demobilisation were reported on 3 May 2015.",
    "The council demanded the completion of the withdrawal on 3 May 2015."])
def test_an_end_asked_for_or_delayed_dates_nothing(claims_of, text):
    """The date is the report's or the demand's: the demobilisation did not end (nor begin) then."""
    assert _dated(claims_of(text, "2021-05-10")) == set()
