"""s38 review of dates38: "days later" with no count is within days of the last day told, but not where the words
that bar it (a count, "for" a span, "the") stand before its own "a few", "several" or "some" ("went on for several
days afterwards", "in the few days afterwards"): the match opened at "days", past them. Nor after a count the
numbers' words do not hold ("a hundred days later", "a dozen days later"): those are months on, not days."""

from __future__ import annotations

import pytest

from claimgraph.recognise.dates import RelativeDates
from claimgraph.recognise.nlp import pipeline

from .test_extraction import the_one, values


def within(text: str) -> list[str]:
    return sorted(c.value for c in RelativeDates()(pipeline()(text)) if c.value.startswith("within"))


@pytest.mark.parametrize("text", [
    "The shelling of the town began on 4 April 2016 and went on for several days afterwards.",  # a span
    "The siege began on 4 April 2016 and lasted for a few days afterwards.",  # a span
    "Rebels seized the town on 4 April 2016. In the few days afterwards looting spread.",  # "the" days
    "Rebels seized the town on 4 April 2016. A hundred days later the army retook it.",  # a count
    "The league opened on 4 April 2016; a dozen days later the club sacked its coach.",  # a count
])
def test_days_after_a_span_s_or_a_count_s_words_are_no_few_days_later(text):
    assert within(text) == [], text


@pytest.mark.parametrize("text, value", [
    ("Rebels seized the town on 4 April 2016. Several days later the army attacked.", ["within-days:10"]),
    ("Rebels seized the town on 4 April 2016. Just a few days later the army attacked.", ["within-days:10"]),
    ("Rebels seized the town on 4 April 2016; some days afterwards the army attacked.", ["within-days:10"]),
    ("Rebels seized the town on 4 April 2016. Only a week later the army attacked.", ["within-days:7"]),
])
def test_a_few_days_later_with_no_count_stays_within_days(text, value):
    assert within(text) == value, text


def test_an_act_a_hundred_days_later_is_not_of_the_last_day_s_month(claims_of):
    claims = claims_of("Rebels seized the town on 4 April 2016. A hundred days later the army attacked their "
                       "positions.")
    assert "2016-04" not in values(claims, the_one(claims, "Attack"), "startDate")
