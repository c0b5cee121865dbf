"""s37 review of dates37: talks that "led to", "resulted in" or "ended with" something told of an agreement did not
produce it, and its date is not their end: "led to a breakdown of the ceasefire agreement", "ended with the rebels
rejecting the Doha Agreement". The words between the verb and the agreement are the agreement's own ("a new peace
agreement"), or its signing ("led to the signing of the Lusaka Ceasefire Agreement"), which still ends the talks."""

from __future__ import annotations

import pytest

from .test_dates37_talks_end_in_their_agreement import talks_ends


@pytest.mark.parametrize("text", [
    "Peace talks in Geneva led to a breakdown of the ceasefire agreement on 4 April 2016.",
    "Peace talks in Geneva led to the collapse of the truce on 4 April 2016.",
    "Talks in Doha ended with the rebels rejecting the Doha Agreement, signed on 14 July 2011.",
])
def test_talks_that_led_to_another_thing_of_an_agreement_keep_no_end(claims_of, text):
    assert talks_ends(claims_of(text, "2020-01-01")) == set(), text


@pytest.mark.parametrize("text, end", [
    ("Talks in Lusaka led to the signing of the Lusaka Ceasefire Agreement on 10 July 1999.", "1999-07-10"),
    ("Talks in Naivasha produced a new peace agreement, signed on 9 January 2005.", "2005-01-09"),
])
def test_talks_that_produced_an_agreement_or_its_signing_end_on_its_day(claims_of, text, end):
    assert talks_ends(claims_of(text, "2020-01-01")) == {end}, text
