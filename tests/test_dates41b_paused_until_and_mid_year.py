"""dates41b: a date attached to the wrong act within a sentence, or not read at all.

"until" after a verb of pausing ("Talks stalled until the mediator returned in May 2001", "The junta suspended the peace
talks until 3 May 1989") ended the talks, not the stall; a year after "mid-" ("in mid-1983") was no date at all. The
guards: "until D" after an act still ends it, a verb of pausing in another clause ends nothing of its own, and texts of
sport, business, courts and weather tell no such event."""

from __future__ import annotations

import pytest

from .test_extraction import typed


def dates(claims, cls: str = "Event") -> set[tuple[str, str]]:
    """(predicate, value) of every start and end date of the text's events of the class."""
    events = typed(claims, cls)
    return {(p, o) for s, p, o, _ in claims if s in events and p in ("startDate", "endDate")}


@pytest.mark.parametrize("text, cls", [
    ("Talks stalled until the mediator returned in May 2001.", "Negotiation"),
    ("The rebels held Kindu, but the talks stalled until the envoy came back in June 1999.", "Negotiation"),
    ("The junta suspended the peace talks until 3 May 1989.", "Negotiation"),
])
def test_a_pause_s_end_is_no_date_of_the_act(claims_of, text, cls):
    assert typed(claims_of(text), cls) and dates(claims_of(text), cls) == set(), text


@pytest.mark.parametrize("text, cls, told", [
    ("In mid-1983 the rebels attacked the garrison at Juba.", "Attack", {("startDate", "1983")}),
    ("Guerrillas shelled the barracks at Huambo in mid-1993.", "Attack", {("startDate", "1993")}),
    # the guards: the act's own "until", a pause in another clause
    ("Fighting continued until 12 June 2016.", "Clash", {("endDate", "2016-06-12")}),
    ("Talks stalled and fighting raged until 3 May 2001.", "Clash", {("endDate", "2001-05-03")}),
])
def test_a_part_of_a_year_dates_the_act_and_its_own_until_ends_it(claims_of, text, cls, told):
    assert dates(claims_of(text), cls) == told, text


@pytest.mark.parametrize("text", [
    "Play was halted until the rain stopped on 3 May 2019.",
    "The court adjourned the hearing until 3 May 2001.",
    "In mid-2019 the company hired 400 engineers; the mid-1990s boom was long over.",
    "The striker was suspended until the final in June 2018, but the club appealed.",
    "Snow froze the harbour until the thaw in March 1987.",
])
def test_other_domains_tell_no_dated_event(claims_of, text):
    assert dates(claims_of(text)) == set(), text
