"""review36c: over-matches of dates36 and agreements36 mended. A council's or an assembly's verdict is a resolution only
on an act of force: not on a word of one in a sense of business, the law or a protest ("the price war", "the hunger
strike", "the general strikes"), an adjective or a verb ("the offensive remarks", "fighting corruption", "that states
use the funds"), nor on "the use", "the withdrawal", "the seizure" of what is no force, weapon or name ("the use of
plastic", "the withdrawal of the report"). A parliament's draft resolution is no body's of states. A treaty's list of
what it makes holds only such words ("signed the Treaty of Peace and Egypt regained the Sinai": the Treaty of Peace).
A span of year-less months ends in the month after its first half, whatever was told before it, and a span told in
the present is this year's; a notebook's day line is no clock's hour nor a score; "May" the month and "could" open no
span ahead."""

from __future__ import annotations

import pytest

from claimgraph.recognise.dates import RelativeDates
from claimgraph.recognise.nlp import pipeline

from .test_extraction import labels_of, the_one, typed, values

STORY = "Notes on the crisis\n\n"  # a title line: the paragraph under it is the body


@pytest.mark.parametrize("text", [
    "The European Council condemned the offensive remarks made by the minister.",
    "The European Council demanded a soft landing for the economy.",
    "The European Council demanded an end to the price war with China.",
    "The European Council demanded an end to the trade war.",
    "The European Council demanded more effort in fighting corruption.",
    "The European Council demanded that member states use the funds for energy.",
    "The European Council condemned the general strikes that paralysed transport.",
    "The U.N. Security Council condemned the hunger strike crackdown.",
    "The U.N. General Assembly condemned the use of plastic in packaging.",
    "The U.N. General Assembly condemned the shooting of a gorilla at the zoo.",
    "The U.N. Security Council condemned the seizure of cocaine at the port.",
    "The European Council condemned the withdrawal of the report.",
])
def test_a_verdict_on_no_act_of_force_is_no_resolution(claims_of, text):
    assert not typed(claims_of(STORY + text + "\n", "1990-01-01"), "Resolution")


@pytest.mark.parametrize("text", [
    "The U.N. Security Council demanded the withdrawal of all foreign troops from Lebanon.",
    "The U.N. Security Council demanded an immediate withdrawal.",
    "The U.N. General Assembly deplored the destruction of Grozny.",
    "The U.N. Security Council condemned the use of force against protesters.",
    "The Gulf Cooperation Council condemned the strikes on oil tankers.",
])
def test_a_verdict_on_an_act_of_force_stays_a_resolution(claims_of, text):
    """Guard: "the withdrawal of troops", a withdrawal alone, "the destruction of" a name, "the use of force"."""
    claims = claims_of(STORY + text + "\n", "1990-01-01")
    assert values(claims, the_one(claims, "Resolution"), "party")


@pytest.mark.parametrize("text", [
    "MPs in Britain voted on a draft resolution on fox hunting.",
    "Lawmakers in France voted on a draft resolution recognising Palestine.",
])
def test_a_parliament_s_draft_resolution_is_no_body_s_act(claims_of, text):
    assert not typed(claims_of(STORY + text + "\n", "1990-01-01"), "Resolution")


@pytest.mark.parametrize("text, label", [
    ("In 1979 Sadat signed the Treaty of Peace and Egypt regained the Sinai.", "Treaty of Peace"),
    ("The two states signed the Treaty of Amity and Israel protested.", "Treaty of Amity"),
])
def test_a_treaty_s_list_holds_only_what_it_makes(extraction_of, text, label):
    labels = labels_of(extraction_of, STORY + text + "\n", "1990-01-01")
    assert label in labels and not any(label + " and" in found for found in labels)


@pytest.mark.parametrize("text, label", [
    ("The Treaty of Friendship and Good Neighbourliness was signed in Moscow on 24 July 2001.",
     "Treaty of Friendship and Good Neighbourliness"),
    ("The Treaty of Friendship and Economic Cooperation was signed on 2 May 1990.",
     "Treaty of Friendship and Economic Cooperation"),
    ("The Treaty of Perpetual Peace and Friendship was signed on 1 May 1850.",
     "Treaty of Perpetual Peace and Friendship"),
])
def test_a_treaty_s_list_holds_a_qualified_subject_whole(extraction_of, text, label):
    """Under-read: a qualifier before a subject ("Good", "Economic", "Perpetual") cut the name at it."""
    assert label in labels_of(extraction_of, STORY + text + "\n", "1990-01-01")


def test_a_span_s_end_is_the_month_after_its_first_half(claims_of):
    """A dateline's day told before ("Sept 4") puts neither end of "from April until June" a year apart."""
    claims = claims_of("KASSALA, Sept 4 - The siege of Kassala lasted from April until June.", "2021-09-10")
    siege = the_one(claims, "Siege")
    assert (values(claims, siege, "startDate"), values(claims, siege, "endDate")) == ({"2021-04"}, {"2021-06"})


def test_a_span_told_in_the_present_is_this_year_s(claims_of):
    claims = claims_of("The siege of Kassala continues from April until June, officials say.", "2021-05-10")
    siege = the_one(claims, "Siege")
    assert (values(claims, siege, "startDate"), values(claims, siege, "endDate")) == ({"2021-04"}, {"2021-06"})


def test_a_present_verb_of_another_clause_leaves_a_past_span_past(claims_of):
    """Guard: "that is still remembered" is not the span's verb: "lasted" is, and June is last year's."""
    claims = claims_of("The siege of Kassala that is still remembered lasted from April until June.", "2021-05-10")
    siege = the_one(claims, "Siege")
    assert (values(claims, siege, "startDate"), values(claims, siege, "endDate")) == ({"2020-04"}, {"2020-06"})


@pytest.mark.parametrize("text, value", [
    ("Fixtures\n\nSat 12 June 15:00 - Arsenal v Chelsea\nSun 13 June 16:30 - Spurs v Leeds\n", []),  # clock hours
    ("Rugby results\n\nSat 12 June 21-14 win for Leicester\nSun 13 June 30-7 loss for Bath\n", []),  # scores
    ("The truce agreed in May held from June to August.", ["no-year:05", "no-year:06", "no-year-to:08"]),
    ("Aid convoys could not reach the city from June to August.", ["no-year:06", "no-year-to:08"]),
])
def test_no_cut_year_nor_span_ahead_where_none_is_told(text, value):
    assert [c.value for c in RelativeDates()(pipeline()(text))] == value


def test_a_body_s_draft_stays_its_act_where_a_parliament_is_named_too(claims_of):
    """Guard: the Security Council votes on the draft; US senators only criticised it."""
    claims = claims_of(STORY + "The U.N. Security Council voted on a draft resolution that US senators had "
                       "criticised.\n", "1990-01-01")
    assert len(typed(claims, "Resolution")) == 1


@pytest.mark.parametrize("text, year", [
    ("Timeline of Crimea\n\n1443 - The Crimean Khanate is founded.\n1854 - The Crimean War begins with the siege of "
     "Sevastopol.\n1954 - Crimea is transferred to Ukraine.\n", "1854"),
    ("Timeline of Constantinople\n\n1204 - Crusaders sack Constantinople.\n1453 - The Ottomans capture Constantinople "
     "after a siege.\n1918 - Allied troops occupy Constantinople.\n", "1918"),
])
def test_a_timeline_with_years_before_1500_keeps_its_years(claims_of, text, year):
    """A year before 1500 ("1204", "1453") is read as no year, yet no clock time either: a log needs a time before
    ten written with its zero ("0630"), which no timeline of years holds."""
    claims = claims_of(text, "2014-03-20")
    assert {o for _, p, o, _ in claims if p == "startDate"} == {year}
