"""dates22's rules run on sentences of other shapes (review rfix32): an opening date and an act told in a relative
clause, "that night" after a verb of saying, "the last Sunday of October", a heading line that names a happening."""

from __future__ import annotations

import pytest

from .test_extraction import the_one, values
from .test_recognise import shared_recognisers


def _dates_told(text: str, source_date: str) -> list[str]:
    """The words of the text's date mentions, relative dates anchored."""
    from claimgraph.extract.dates import anchored
    from claimgraph.model import Block, Document, SourceMeta
    from claimgraph.recognise import recognise

    doc = Document(SourceMeta(id="t", path="t.txt", date=source_date), text, (Block(0, len(text), "body", "en"),), "0",
                   "text/plain")
    return [m.text for s in anchored(recognise(doc, shared_recognisers()), text, source_date)
            for m in s.mentions if m.kind == "date"]


@pytest.mark.parametrize("text", [
    "In 2010 a court convicted five men who attacked the embassy.",
    "On 4 March 2019 the tribunal sentenced a commander whose troops shelled the market."])
def test_an_opening_date_dates_no_act_of_a_relative_clause_on_a_noun(claims_of, text):
    """"In 2010 a court convicted five men who attacked the embassy": the conviction's year, not the attack's; the
    opening date sets the time of the acts its clause tells, not of what a noun's relative clause tells."""
    claims = claims_of(text)
    assert values(claims, the_one(claims, "Attack"), "startDate") == set()


@pytest.mark.parametrize("text", [
    "Rebels attacked the town on 3 May. The army said that night raids had killed 12 rebels.",
    "Shells hit the school on 3 May. The minister warned that evening classes would be suspended."])
def test_that_night_after_a_verb_of_saying_before_a_noun_is_no_date(text):
    """"said that night raids had killed": "that" opens what was said and "night" is the raids' modifier."""
    assert not [t for t in _dates_told(text, "2021-05-10") if t.lower().startswith("that")]


def test_that_evening_after_a_verb_of_saying_before_its_object_is_a_date():
    text = "Rebels attacked the town on 3 May. The government announced that evening a ceasefire."
    assert _dates_told(text, "2021-05-10") == ["3 May", "that evening"]


@pytest.mark.parametrize("text", [
    "Elections are held on the last Sunday of October.",
    "The final is played on the last Saturday of May, after the league ends."])
def test_the_last_weekday_of_a_month_is_no_day_of_the_sources_week(text):
    """"on the last Sunday of October" is no Sunday before the source's day."""
    assert _dates_told(text, "2021-05-10") == []


@pytest.mark.parametrize("text, cls, value", [
    ("The Battle of the Somme\nBattle of the Somme, July 1916\nBritish troops attacked German lines.", "Battle",
     "1916-07"),
    ("Mali\nRebel attack on Kidal, 12 June 2013\nThe town was quiet afterwards.", "Attack", "2013-06-12")])
def test_a_line_under_the_title_that_names_a_happening_is_no_byline(claims_of, text, cls, value):
    """"Battle of the Somme, July 1916" under the title dates the battle; "Briefing paper, February 2009" names
    what the text is, and is its date."""
    claims = claims_of(text)
    assert values(claims, the_one(claims, cls), "startDate") == {value}
