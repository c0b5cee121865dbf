"""dates29: a numbered resolution that speaks in a dated clause ("29 June - Resolution 931 repeats the demand", "on
6 May 1978 the Security Council, in Resolution 428, condemned ...") was adopted that day: the date is its own."""

from __future__ import annotations

import pytest

from .test_extraction import the_one, values


@pytest.mark.parametrize("text, source, value", [
    ("12 March - Resolution 1052 repeats the demand for an immediate ceasefire in southern Lebanon.", "1996-06-01",
     "1996-03-12"),
    ("On 20 July 1987 the Security Council, in Resolution 598, demanded an immediate ceasefire between Iran and Iraq.",
     "1990-01-01", "1987-07-20"),
    ("On 30 April 1993 the Security Council, by Resolution 822, called for the withdrawal of occupying forces from "
     "Kelbajar.", "1994-01-01", "1993-04-30"),
])
def test_a_resolution_that_speaks_is_of_the_clause_s_day(claims_of, text, source, value):
    claims = claims_of(text, source)
    assert values(claims, the_one(claims, "Resolution"), "date") == {value}


def test_a_resolution_rejected_on_a_day_is_not_of_that_day(claims_of):
    """Near-miss: what a party does to a resolution later ("rejected Resolution 822") is no day of its adoption."""
    claims = claims_of("On 3 May 1993 the government of Armenia rejected Resolution 822 and its demands.", "1994-01-01")
    assert values(claims, the_one(claims, "Resolution"), "date") == set()
