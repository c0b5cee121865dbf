"""dates25's rule on a beginning or an end told past an aside after a happening's name: "The war, fought from 1979 to
1992, ended with the signing of the accords on 16 January 1992" ends the war that day, as "The war ended with the
signing ... on D" does; an aside that tells the beginning itself (", which began on D,") dates it."""

from __future__ import annotations

import pytest

from .test_extraction import the_one, values


@pytest.mark.parametrize("text, predicate, value", [
    ("The Salvadoran Civil War, fought between the government and the guerrillas from 1979 to 1992, ended with the "
     "signing of the Chapultepec Peace Accords in Mexico City on 16 January 1992.", "endDate", "1992-01-16"),
    ("The Cenepa War, fought in a remote valley, broke out in January 1995.", "startDate", "1995-01"),
    ("The Cenepa War, which killed some 200 soldiers, came to an end on 17 February 1995.", "endDate", "1995-02-17")])
def test_a_beginning_or_an_end_told_past_an_aside(claims_of, text, predicate, value):
    claims = claims_of(text, "2010-01-01")
    assert value in values(claims, the_one(claims, "War"), predicate)


def test_an_aside_that_tells_the_beginning_keeps_it(claims_of):
    """", which began on 24 March 1999," is the campaign's start; the end after it is still its end."""
    claims = claims_of("NATO's air campaign, which began on 24 March 1999, ended on 10 June.", "2010-01-01")
    subject = the_one(claims, "Offensive")
    assert values(claims, subject, "endDate") == {"1999-06-10"}
    assert values(claims, subject, "startDate") == {"1999-03-24"}


def test_an_aside_that_tells_an_end_with_no_date_dates_nothing(claims_of):
    """", which ended the monarchy," has no date of its own: the uprising began on the day after it, and ended none."""
    claims = claims_of("The uprising, which ended the monarchy, began on 14 July 1958.", "2010-01-01")
    subject = the_one(claims, "War")
    assert (values(claims, subject, "startDate"), values(claims, subject, "endDate")) == ({"1958-07-14"}, set())
