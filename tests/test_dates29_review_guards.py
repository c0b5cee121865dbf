"""Review of dates29: sentences its rules misread, each mended narrowly.

A resolution cited later by someone ("On 5 June 1982 the envoy recalled that Resolution 242 calls for withdrawal") is
no day of its adoption."""

from __future__ import annotations

from .test_extraction import the_one, values


def test_a_resolution_cited_later_is_no_day_of_it(claims_of):
    claims = claims_of("On 5 June 1982 the envoy recalled that Resolution 242 calls for withdrawal.", "2005-01-01")
    assert values(claims, the_one(claims, "Resolution"), "date") == set()


def test_a_resolution_that_speaks_by_its_body_s_name_keeps_its_day(claims_of):
    """The rule's gain, kept: the body by name and the means ("the Security Council, in") between the date and it."""
    claims = claims_of("On 2 April 1991 the Security Council, in Resolution 687, decided that Iraq must destroy its "
                       "weapons.", "2000-01-01")
    assert values(claims, the_one(claims, "Resolution"), "date") == {"1991-04-02"}
