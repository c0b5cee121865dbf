"""Dates read or attached wrongly on the twenty-two developed texts (dates22): a chronology's day before a dash, short
month names, relative days, a date's preposition, a date that opens its sentence, an agreement's name. Each on the
text's own sentence and one of our own of another shape."""

from __future__ import annotations

import pytest

from .test_extraction import the_one, typed, values
from .test_recognise import _last_date_told


@pytest.mark.parametrize("text, date, cls, days", [
    # Black September 1970: no year-less day before a dash was read, so the chronology's acts were undated
    ("Jordan, September 1970: a chronology\n\n1 September 1970 - Shots are fired at the king's motorcade.\n\n"
     "17 September - At dawn the army attacks guerrilla positions in Amman.", "2010-09", "Attack",
     {"1970-09-01", "1970-09-17"}),
    ("Timeline of the siege\n\nMarch 3, 2014 – Rebels surround the town.\n\nMarch 9 – Government troops attack the "
     "market and the hospital.", "2015", "Attack", {"2014-03-09"})])
def test_a_year_less_day_heading_a_chronology_entry_before_a_dash_dates_its_acts(claims_of, text, date, cls, days):
    """"17 September - At dawn the army attacks ...": the day that opens a line before a spaced dash heads the
    entry, as before a colon, and takes the year of the entries before it (each attack its own entry's day)."""
    claims = claims_of(text, date=date)
    assert set().union(*(values(claims, act, "startDate") for act in typed(claims, cls))) == days


@pytest.mark.parametrize("text, date, value", [
    # Cenepa 1995: "Jan 26" and "Feb 10" (wire style, no full stop) were no dates
    ("Ecuador says Peruvian helicopters and troops attacked the posts on Jan 26.", "1995-02-17", "1995-01-26"),
    ("Its air force shot down two Peruvian Sukhoi fighter-bombers on Feb 10.", "1995-02-17", "1995-02-10"),
    ("The convoy was ambushed near the pass on Oct 3, officials said.", "2019-10-20", "2019-10-03")])
def test_a_short_month_name_without_a_full_stop_before_a_day_is_a_date(text, date, value):
    assert _last_date_told(text, date) == value


def test_a_short_month_word_with_no_day_after_it_is_no_date():
    """"Mar" and "Jun" are month names only before a day (or with a full stop): "Jun Li" is a name."""
    text = "The talks ended on 5 May 2019. The envoy Jun Li said Mar Elias church was shelled."
    assert _last_date_told(text, "2019-06") == "2019-05-05"


@pytest.mark.parametrize("text, date, cls, value", [
    # Cenepa 1995: "on Friday" was read as the modifier of "ceasefire" and dated no signing
    ("Ecuador and Peru signed a declaration in Brazil on Friday pledging an immediate ceasefire in their "
     "three-week-old border war.", "1995-02-17", "Signing", "1995-02-17"),
    ("Rebel leaders signed a pact in Nairobi on Sunday creating a new ceasefire commission.", "2021-05-10", "Signing",
     "2021-05-09")])
def test_a_date_with_its_preposition_modifies_no_noun_after_it(claims_of, text, date, cls, value):
    """"the August 12 meeting" dates the meeting; "on Friday pledging an immediate ceasefire" does not date the
    ceasefire: a relative date with its preposition is an adverb of the clause."""
    claims = claims_of(text, date=date)
    assert values(claims, the_one(claims, cls), "startDate") == {value}


@pytest.mark.parametrize("text, date, cls, start, end", [
    # Chechnya 1999: "through January" was no date, and "The siege" dated by an end alone became a second siege
    ("Federal forces encircled Grozny in December 1999. The siege lasted through January.", "2015", "Siege",
     "1999-12", "2000-01"),
    ("Rebels laid siege to the port in March 2012. The siege lasted into October.", "2020", "Siege", "2012-03",
     "2012-10")])
def test_a_happening_told_again_as_lasting_to_its_end_is_the_one_told_before(claims_of, text, date, cls, start, end):
    """An end told by a verb of lasting says how long a happening told before went on, not which one it is; and a
    year-less month later in the year the story is in is of that year ("in March 2012 ... lasted into October":
    2012), however near the October before."""
    claims = claims_of(text, date=date)
    siege = the_one(claims, cls)
    assert values(claims, siege, "startDate") == {start} and values(claims, siege, "endDate") == {end}


@pytest.mark.parametrize("text, date, value", [
    # Kyrgyz-Tajik 2022: "in mid-September" was no date
    ("The fighting that broke out along the Kyrgyz-Tajik border in mid-September was the deadliest in thirty years.",
     "2022-10", "2022-09"),
    ("Talks resumed in mid-March.", "2021-05-10", "2021-03")])
def test_mid_month_is_a_date(text, date, value):
    assert _last_date_told(text, date) == value


@pytest.mark.parametrize("text, date, value", [
    # Kyrgyz-Tajik 2022: the ceasefire announced on a day, and the agreement "that evening", took no date
    ("A ceasefire was announced on 16 September after talks between the two security chiefs. It was broken within "
     "hours, before a second agreement that evening brought the shooting largely to a halt.", "2022-10",
     {"2022-09-16"}),
    ("A truce was announced in Doha on 3 May 2016.", "2017", {"2016-05-03"})])
def test_an_agreement_announced_or_reached_that_evening_takes_the_day(claims_of, text, date, value):
    claims = claims_of(text, date=date)
    agreements = {s for s, p, o, _ in claims if p == "type" and o == "Agreement"}
    assert agreements and all(values(claims, a, "date") == value for a in agreements)


@pytest.mark.parametrize("text, date, cls, value", [
    # Ivory Coast 2011: "last Monday" in a report of Monday was that Monday, not the one a week before
    ("The arrest came after French and UN helicopters on Sunday evening again fired rockets at the residence, "
     "following a first wave of strikes last Monday that the United Nations said was aimed at heavy weapons.",
     "2011-04-11", "Attack", "2011-04-04"),
    ("Rebels shelled the airport last Friday.", "2021-05-14", "Attack", "2021-05-07")])
def test_last_weekday_lies_before_the_source_s_day(claims_of, text, date, cls, value):
    claims = claims_of(text, date=date)
    assert value in {v for e in typed(claims, cls) for v in values(claims, e, "startDate")}
    assert date not in {v for e in typed(claims, cls) for v in values(claims, e, "startDate")}


@pytest.mark.parametrize("text, date, cls, value", [
    # CAR 2013: the place's country set off by commas parted the agreement from its day
    ("The government and the Seleka signed an agreement in Libreville, Gabon, on 11 January 2013.", "2013-05",
     "Agreement", "2013-01-11"),
    ("The two governments signed a peace agreement in Arusha, Tanzania, on 4 August 1993.", "2000", "Agreement",
     "1993-08-04")])
def test_an_agreement_signed_at_a_place_and_its_country_takes_the_day_after_them(claims_of, text, date, cls, value):
    claims = claims_of(text, date=date)
    assert values(claims, the_one(claims, cls), "date") == {value}


@pytest.mark.parametrize("text, date, cls, value", [
    # Ogaden 1977: the expulsion after the renouncing took no date
    ("On 13 November 1977 Siad Barre renounced the treaty and expelled the Soviet advisers.", "2018-03",
     "Displacement", "1977-11-13"),
    ("On 2 May 2014 the militia seized the airport and expelled the staff.", "2015", "Displacement", "2014-05-02")])
def test_a_date_opening_the_sentence_dates_each_past_act_of_its_clause(claims_of, text, date, cls, value):
    """A date that opens its sentence sets the time of every act its clause tells by a past verb, not only the
    nearest one."""
    claims = claims_of(text, date=date)
    assert values(claims, the_one(claims, cls), "startDate") == {value}


def test_a_date_opening_the_sentence_dates_no_act_named_as_what_was_agreed(claims_of):
    """"signed a protocol on the withdrawal of troops": the withdrawal is what was agreed, not done that day."""
    claims = claims_of("On 19 September the two security chiefs signed a protocol on the withdrawal of troops and "
                       "equipment from the border.", date="2022-10")
    assert not values(claims, the_one(claims, "Withdrawal"), "startDate")


@pytest.mark.parametrize("text, date, value", [
    # Cenepa 1995: the year in the name "1942 Rio Protocol" (one mention) dated no agreement
    ("The four are guarantors of the 1942 Rio Protocol, which ended an earlier war between the neighbours.",
     "1995-02-17", "1942"),
    ("Both sides still cite the 1975 Algiers Agreement.", "2020", "1975")])
def test_the_year_an_agreement_s_name_opens_with_dates_it(claims_of, text, date, value):
    claims = claims_of(text, date=date)
    assert values(claims, the_one(claims, "Agreement"), "date") == {value}


@pytest.mark.parametrize("text, date, cls, wrong", [
    # Uganda 2008: "Briefing paper, February 2009" under the title dated the title's killings
    ("After Juba: the LRA, a failed peace and the Christmas killings\nBriefing paper, February 2009\n\nSummary\n"
     "More than two years of negotiations ended in December 2008 not with a peace agreement but with air strikes.",
     None, "Killing", "2009-02"),
    ("Renewed offensive on the northern city\nSituation update, 4 March 2015\n\nThe army attacked the city in February.",
     None, "Offensive", "2015-03-04")])
def test_a_date_closing_a_short_line_under_the_title_is_the_text_s_date(claims_of, text, date, cls, wrong):
    """"Briefing paper, February 2009" tells when the text was issued (a dateline), not when what the title
    names happened."""
    claims = claims_of(text, date=date)
    assert wrong not in {v for e in typed(claims, cls) for v in values(claims, e, "startDate")}
