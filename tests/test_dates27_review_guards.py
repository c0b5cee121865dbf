"""Guards from the review of dates27's rules: sentences where a rule of that branch read worse than the base, each
stated as what the pipeline must do (every one failed on 7ba3c10)."""

from __future__ import annotations

import pytest

from .test_extraction import the_one, typed, values


@pytest.mark.parametrize("text, value", [
    ("On 5 July 1962 Algeria proclaimed its independence, the anniversary of the French landing of 1830; two days "
     "later, gunmen attacked the crowds in Oran.", "1962-07-07"),  # a day of the sentence: counted from it
    ("On 3 May 2001, a year after the 2000 election, the army attacked the town; two days later the rebels "
     "withdrew.", "2001-05-05")])
def test_days_counted_past_a_day_of_their_own_sentence_count_from_that_day(claims_of, text, value):
    """A coarser date after a day of the count's own sentence is no date the count is from (only one of a sentence
    telling no day is: "released in April 1998; ... two days later")."""
    claims = claims_of(text + "\n", "2010-01-01")
    assert value in {o for _, p, o, _ in claims if p == "startDate"}


@pytest.mark.parametrize("text", [
    "The ceasefire lifted the curfew that came into force on 1 March 2012.",  # another thing's clause
    "The ceasefire never took effect on 4 May 2012 as planned."])  # denied
def test_a_day_in_force_of_another_thing_or_denied_dates_no_agreement(claims_of, text):
    claims = claims_of(text + "\n", "2013-01-01")
    assert not any(p == "date" for _, p, _, _ in claims)


@pytest.mark.parametrize("text, value", [
    ("The ceasefire of 1994-1996 was broken repeatedly.", "1994"),  # the span it held
    ("The truce of 2-30 June 1996 was broken repeatedly.", "1996-06-02")])
def test_an_agreement_named_with_a_long_range_is_of_the_range_s_start(claims_of, text, value):
    claims = claims_of(text + "\n", "2000-01-01")
    [agreement] = typed(claims, "Agreement")
    assert values(claims, agreement, "date") == {value}


@pytest.mark.parametrize("text, cls", [
    ("The troops completed training before the offensive on 3 May 2001.", "Offensive"),  # another happening's time
    ("The last reserve battalions attacked the ridge on 7 May 1954.", "Attack")])  # the last of a force, no leaving
def test_an_end_cue_past_another_happening_or_the_last_of_a_force_attacking_ends_nothing(claims_of, text, cls):
    claims = claims_of(text + "\n", "2010-01-01")
    event = the_one(claims, cls)
    assert values(claims, event, "endDate") == set()
    assert len(values(claims, event, "startDate")) == 1


@pytest.mark.parametrize("text, cls", [
    ("On 2 April 1982 the invasion was a complete surprise.", "Attack"),  # the adjective of a noun
    ("On 3 May 2001 the withdrawal was not complete.", "Withdrawal"),  # denied
    ("The offensive completed its first phase on 3 May 2001.", "Offensive")])  # a part of it done
def test_complete_said_of_no_end_ends_nothing(claims_of, text, cls):
    claims = claims_of(text + "\n", "2012-01-01")
    event = the_one(claims, cls)
    assert values(claims, event, "endDate") == set()
    assert len(values(claims, event, "startDate")) == 1


def test_a_span_before_an_act_still_to_come_ends_nothing(claims_of):
    claims = claims_of("The sides will sign the accord on 5 May 2001 after four days of talks.\n", "2001-04-01")
    assert not any(p == "endDate" for _, p, _, _ in claims)
