"""dates37: talks end on the day of the agreement they reach. A dated act told right after them ("On 13 December,
after talks in Sweden, the parties reached the agreement", "signed in Arusha on 28 August 2000, after two years of
talks") or an agreement the talks are told to have produced ("Talks mediated by Zambia produced the Lusaka accord,
signed on 10 July 1999") gives their end, however long they ran. The guards: talks a verb tells of ("after talks
collapsed"), a span counted from them ("a year after talks in Oslo"), an act still ahead, talks with no agreement in
the clause (sport, markets, courts, weather), and talks that produced something other than an agreement."""

from __future__ import annotations

import pytest

from .test_extraction import typed, values


def talks_ends(claims) -> set[str]:
    """The end dates of every negotiation the claims type."""
    return {v for subject in typed(claims, "Negotiation") for v in values(claims, subject, "endDate")}


@pytest.mark.parametrize("text, end", [
    ("On 13 December, after talks in Geneva convened by the UN envoy, the government and the rebels reached the "
     "Geneva Agreement, which provides for a ceasefire.", "2018-12-13"),
    ("The peace agreement was signed in Lomé, Togo, on 7 July 1999, after two years of talks facilitated first by the "
     "Togolese president.", "1999-07-07"),
    ("The Bicesse Accords were signed on 31 May 1991, following months of negotiations mediated by Portugal.",
     "1991-05-31"),
    ("In June 1994 the rebels and the army agreed a truce after peace talks in Nairobi.", "1994-06"),
])
def test_talks_a_dated_agreement_came_after_end_on_its_day(claims_of, text, end):
    assert talks_ends(claims_of(text, "2019-01-01")) == {end}, text


@pytest.mark.parametrize("text, end", [
    ("Talks mediated by the president of Zambia produced the Lusaka Ceasefire Agreement, signed in the Zambian capital "
     "on 10 July 1999 by six states.", "1999-07-10"),
    ("Negotiations in Paris led to the Paris Peace Accords, signed on 27 January 1973.", "1973-01-27"),
])
def test_talks_that_produced_a_dated_agreement_end_on_its_day(claims_of, text, end):
    assert talks_ends(claims_of(text, "2000-01-01")) == {end}, text


@pytest.mark.parametrize("text", [
    "After talks collapsed in March 2009, fighting resumed on 5 May 2009.",  # a verb tells of the talks
    "The jury returned its verdict on 3 May 2009 after negotiations between the lawyers failed.",
    "On 3 May 2009, a year after talks in Oslo, the two sides signed a ceasefire.",  # a span counted from them
    "On 3 May 2009 the striker scored twice after talks with the coach.",  # no agreement
    "Shares rose 4% on 3 May 2009 after merger talks between the two banks.",
    "On 3 May 2009 the storm hit the coast after talks about evacuation plans had stalled.",
    "After talks, the court adjourned until 5 May 2009.",
    "Talks between the two ministers led to a row in the press on 27 January 1973.",  # no agreement produced
    "Rain fell on 3 May 2009 after he talks.",
])
def test_talks_no_agreement_came_after_keep_no_end(claims_of, text):
    assert talks_ends(claims_of(text, "2010-01-01")) == set(), text
