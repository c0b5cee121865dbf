"""dates34: a date that opens a joined clause is that clause's. A year-less day whose year a date the clause states
before it gives ("In March 2009 ..., and on 17 June soldiers overthrew ...") is as sure as that date, and the nearer
of the two dates the act; a date right after the join's preposition of time ("..., and on 12 October 1995 the treaty
was signed") opens the next conjunct though no comma follows it, so the act before the join does not take it. A
programme's one-word label after a stamp ("3.4 09:30 Agenda:") is no speaker, and makes the stamp no day."""

from __future__ import annotations

import pytest

from claimgraph.recognise.dates import RelativeDates
from claimgraph.recognise.nlp import pipeline

from .test_extraction import the_one, values


@pytest.mark.parametrize("text, cls, value", [
    ("In March 2009 the miners struck across the province, and on 17 June soldiers overthrew the governor in "
     "Lubumbashi.", "Coup", "2009-06-17"),
    ("In May 1997 the militias gathered in the hills, and on 2 August rebels attacked the garrison at Kisangani.",
     "Attack", "1997-08-02"),
])
def test_a_year_less_day_of_the_year_its_clause_told_dates_its_act(claims_of, text, cls, value):
    claims = claims_of(text, "2016-03-01")
    assert values(claims, the_one(claims, cls), "startDate") == {value}


def test_a_date_after_the_join_s_preposition_opens_the_next_conjunct(claims_of):
    claims = claims_of("Four years of mediation followed, and on 12 October 1995 the Treaty of Amity was signed in "
                       "Geneva.", "1996-01-01")
    assert values(claims, the_one(claims, "Signing"), "startDate") == {"1995-10-12"}
    assert values(claims, the_one(claims, "Negotiation"), "startDate") == set()


def test_a_year_after_an_article_is_still_a_noun_s(claims_of):
    """Guard: "and in the 1994 war" names the war; the year is the war's own."""
    claims = claims_of("The rebels shelled the town, and in the 1994 war they lost it.", "2001-01-01")
    assert values(claims, the_one(claims, "War"), "startDate") == {"1994"}


def test_a_day_of_another_year_still_gives_way_to_the_stated_date(claims_of):
    """Guard: a derived day whose year no stated date before it gives is less sure than the date the text states."""
    claims = claims_of("On 5 May 2012, a day after the talks of Friday, the army attacked the town.", "2013-01-01")
    assert values(claims, the_one(claims, "Attack"), "startDate") == {"2012-05-05"}


@pytest.mark.parametrize("text, values_", [
    ("Order of the day\n3.4 09:30 Agenda: the budget vote\n3.4 11:00 Break: tea in the lobby\n", []),
    ("3.4 09:30 Summary: the committee approved the plan.", []),
    ("3.4 09:30 Lena Ortiz: the trucks left the depot.", ["no-year:04-03"]),  # guard: a speaker's name
])
def test_a_programme_s_one_word_label_is_no_speaker(text, values_):
    assert [c.value for c in RelativeDates()(pipeline()(text))] == values_

