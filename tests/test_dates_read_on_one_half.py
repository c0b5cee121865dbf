"""dates24's rules, each found on a sentence of the reading half of the fresh texts (setA) and kept only where the
other half (setB) did not fall: a past verb trigger after "since" is dated by its own phrase, a date's phrase ends
at another event, an end word past a verb's object ends the object, "the completion of" an act ends it, a signing
is dated by no half of a range, a title's words part no signing from its day, words opening with an irregular past
verb are a verb, "of" before a year-less day is a date, and a date in brackets the event is outside of is not its
date. Each with a sentence of another shape, and one outside war that must not take a date it does not tell."""

from __future__ import annotations

import pytest

from .test_extraction import the_one, values


@pytest.mark.parametrize("text, date, value", [
    ("Gaddafi loyalists had used it as a base to shell surrounding districts since the rebels entered the capital on "
     "Sunday.", "2011-08-23", "2011-08-21"),
    ("Looting has continued since the army entered the city on Monday.", "2021-05-12", "2021-05-10")])
def test_a_past_verb_after_since_is_dated_by_its_own_phrase(claims_of, text, date, value):
    """"since the rebels entered the capital on Sunday": a verb tells its own happening, dated there, as "since the
    war" (a noun, a point in time) is not; the trigger list need not hold the verb ("entered")."""
    claims = claims_of(text, date)
    assert values(claims, the_one(claims, "Deployment"), "startDate") == {value}
    assert not [s for s, p, _, _ in claims if p == "startDate" and s != the_one(claims, "Deployment")]


def test_since_a_company_entered_a_market_dates_no_happening(claims_of):
    claims = claims_of("Sales have doubled since the company entered the market on 4 May 2016.")
    assert not [c for c in claims if c[1] in ("startDate", "endDate")]


@pytest.mark.parametrize("text, date, value", [
    ("The United States has called for the withdrawal of Chinese troops from Vietnam and of Vietnamese troops from "
     "Cambodia, which Vietnam invaded in December before capturing Phnom Penh on Jan. 7.", "1979-03-06", "1979-01-07"),
    ("Rebel forces attacked in April before capturing the port on 2 May 2014.", "2021-05-12", "2014-05-02")])
def test_a_date_after_a_second_act_is_in_that_act_s_phrase(claims_of, text, date, value):
    """"invaded in December before capturing Phnom Penh on Jan. 7": the phrase of "invaded" ends where "capturing"
    begins; the date is the capture's."""
    claims = claims_of(text, date)
    assert values(claims, the_one(claims, "Capture"), "startDate") == {value}
    assert value not in values(claims, the_one(claims, "Attack"), "startDate")


def test_a_founding_before_an_opening_takes_neither_date(claims_of):
    claims = claims_of("The bank was founded in 1990 before opening its first branch on 2 May 1991.")
    assert not [c for c in claims if c[1] in ("startDate", "endDate")]


@pytest.mark.parametrize("text, date, value", [
    ("The Federal Supreme Court had ordered the vote suspended on 18 September, and the Council of Representatives had "
     "voted on 14 September to dismiss the governor of Kirkuk, Najmaldin Karim, who refused to leave office.",
     "2017-10-17", "2017-09-18"),
    ("The Constitutional Court ordered the count suspended on 3 May 2015.", "2021-05-12", "2015-05-03")])
def test_an_end_word_past_a_verb_s_object_ends_the_object_not_the_verb(claims_of, text, date, value):
    """"ordered the vote suspended on 18 September": the order was given that day; what was suspended is the vote."""
    claims = claims_of(text, date)
    ruling = the_one(claims, "Ruling")
    assert values(claims, ruling, "startDate") == {value}
    assert values(claims, ruling, "endDate") == set()


def test_a_board_ordering_a_factory_closed_dates_no_happening(claims_of):
    claims = claims_of("The board ordered the factory closed on 3 May 2015.")
    assert not [c for c in claims if c[1] in ("startDate", "endDate")]


@pytest.mark.parametrize("text, date, value", [
    ("Secretary-General Kofi Annan welcomes the completion today of the withdrawal of Nigerian armed forces from the "
     "Bakassi peninsula and the transfer of authority over the area to Cameroon.", "2006-08-14", "2006-08-14"),
    ("The army announced the completion of its withdrawal from the valley on 12 March 2019.", "2021-05-12",
     "2019-03-12")])
def test_the_completion_of_an_act_ends_it(claims_of, text, date, value):
    """"welcomes the completion today of the withdrawal": the withdrawal ended today; when it began is not told."""
    claims = claims_of(text, date)
    withdrawal = the_one(claims, "Withdrawal")
    assert values(claims, withdrawal, "endDate") == {value}
    assert values(claims, withdrawal, "startDate") == set()


def test_the_completion_of_a_bridge_dates_no_happening(claims_of):
    claims = claims_of("The completion of the bridge on 12 March 2019 was celebrated.")
    assert not [c for c in claims if c[1] in ("startDate", "endDate", "date")]


@pytest.mark.parametrize("text, value", [
    ("The Guatemalan Civil War, fought between the state and leftist guerrillas from 1960 to 1996, ended with the "
     "signing of the Agreement on a Firm and Lasting Peace in Guatemala City on 29 December 1996.", "1996-12-29"),
    ("The conflict, which lasted from 2001 to 2003, ended with the signing of the Accord on Social Reform in Lusaka "
     "on 4 June 2003.", "2003-06-04")])
def test_a_signing_is_dated_by_its_day_not_by_a_range_before_it(claims_of, text, value):
    """"fought from 1960 to 1996, ended with the signing of the Agreement on a Firm and Lasting Peace ... on 29
    December 1996": the range is how long the war lasted; the day after the agreement's title is the signing's."""
    claims = claims_of(text)
    assert {o for s, p, o, _ in claims if p == "date"} == {value}


def test_the_end_of_a_range_still_dates_a_signing_when_no_other_date_is_told(claims_of):
    """"rivals from 2001 to 2003, when they signed a merger agreement": the range's end is the only date there is."""
    claims = claims_of("The two firms were rivals from 2001 to 2003, when they signed a merger agreement.")
    assert {o for s, p, o, _ in claims if p == "date"} == {"2003"}
    signing = the_one(claims, "Signing")  # a signing is done on one day: no span from 2001 (review45 finding 7)
    assert (values(claims, signing, "startDate"), values(claims, signing, "endDate")) == ({"2003"}, set())


def test_an_agreement_s_title_parts_no_signing_from_its_day(claims_of):
    """"signed the Accord on Social Reform in Lusaka on 4 June 2001": the title's words, then the place, then the day."""
    claims = claims_of("The rebels signed the Accord on Social Reform in Lusaka on 4 June 2001.")
    assert {o for s, p, o, _ in claims if p == "date"} == {"2001-06-04"}


@pytest.mark.parametrize("text, date, value", [
    ("The Agacher, a strip of dry land some 160 kilometres long on the frontier between Burkina Faso and Mali, has been "
     "disputed since the two countries became independent from France in 1960.", "1986-01-10", "1960"),
    ("The border has been disputed since the two countries became independent from Britain in 1947.", "2021-05-12",
     "1947")])
def test_words_opening_with_an_irregular_past_verb_after_since_are_dated_by_their_phrase(claims_of, text, date, value):
    """"since the two countries became independent from France in 1960": a verb phrase, dated there, no point in
    time named by a noun."""
    claims = claims_of(text, date)
    assert values(claims, the_one(claims, "Independence"), "startDate") == {value}


def test_a_club_becoming_independent_dates_no_happening(claims_of):
    claims = claims_of("The club has struggled since it became independent from the league in 1990.")
    assert not [c for c in claims if c[1] in ("startDate", "endDate")]


@pytest.mark.parametrize("text, date, cls, value", [
    ("This paper reviews the Juba process, the military operation of 14 December and the killings that followed.",
     "2009-02", "Operation", "2008-12-14"),
    ("This report reviews the talks of 3 March and the attacks that followed.", "2021-05-12", "Negotiation",
     "2021-03-03")])
def test_of_before_a_year_less_day_names_the_happening_s_day(claims_of, text, date, cls, value):
    """"the military operation of 14 December": "of" and a day with no year is a date, the operation's own."""
    claims = claims_of(text, date)
    assert values(claims, the_one(claims, cls), "startDate") == {value}


def test_a_budget_of_a_day_dates_no_happening(claims_of):
    claims = claims_of("The budget of 12 May was approved.")
    assert not [c for c in claims if c[1] in ("startDate", "endDate")]


@pytest.mark.parametrize("text, date, cls", [
    ("The Agacher, a strip of dry land on the frontier between Burkina Faso (called Upper Volta until August 1984) and "
     "Mali, has been disputed since the two countries became independent from France in 1960.", "1986-01-10",
     "Independence"),
    ("Fighting on the border between Sudan (then one country with the south until July 2011) and Chad has continued "
     "since rebels attacked Abeche in 2006.", "2021-05-12", "Event")])
def test_a_date_in_brackets_the_event_is_outside_of_is_not_its_date(claims_of, text, date, cls):
    """"Burkina Faso (called Upper Volta until August 1984)": the aside tells when the name changed, no end of the
    independence told after it."""
    claims = claims_of(text, date)
    assert not [o for s, p, o, _ in claims if p == "endDate"]
    assert [o for s, p, o, _ in claims if p == "startDate"]


def test_a_date_in_brackets_on_a_market_dates_no_happening(claims_of):
    claims = claims_of("Sales in Germany (its largest market until 2019) have grown since the firm opened a plant in 2010.")
    assert not [c for c in claims if c[1] in ("startDate", "endDate")]


@pytest.mark.parametrize("text, date, cls, value", [
    ("On 26 June, the eve of the play-off in Mexico City, which El Salvador won 3-2 after extra time, the Salvadoran "
     "government broke off diplomatic relations with Honduras, accusing it of doing nothing to punish crimes against "
     "Salvadorans.", "1969-07-20", "Event", "1969-06-26"),
    ("On 3 May, the day after the final in Madrid, which the home side won 2-1, rebels shelled the airport.",
     "2021-05-12", "Attack", "2021-05-03")])
def test_an_opening_date_reaches_past_an_aside_that_cuts_its_clause_off(claims_of, text, date, cls, value):
    """"On 26 June, the eve of the play-off ..., which El Salvador won ..., the government broke off relations": the
    aside's "which" cuts the sentence, and the opening date is still the time of what it goes on to tell."""
    claims = claims_of(text, date)
    assert {o for s, p, o, _ in claims if p == "startDate"} == {value}


def test_an_opening_date_before_an_aside_dates_no_club_s_decision(claims_of):
    claims = claims_of("On 3 May, the day after the final in Madrid, which the home side won 2-1, the club sacked its coach.")
    assert not [c for c in claims if c[1] in ("startDate", "endDate")]


@pytest.mark.parametrize("text, date, cls, value", [
    ("On 5 September Chadian forces raided the Maaten al-Sarra air base. France, which had not been consulted, "
     "distanced itself from the raid; two days later a Libyan bomber attacking N'Djamena was shot down by French air "
     "defences.", "1987-12-01", "france-attack", "1987-09-07"),
    ("Turkey closed the border on 20 June 2012; two days later a Syrian jet attacking Turkish positions was shot down "
     "by Turkish air defences.", "2021-05-12", "turkey-attack", "2012-06-22")])
def test_a_date_opening_a_clause_after_a_semicolon_dates_each_past_act_of_it(claims_of, text, date, cls, value):
    """"...; two days later a Libyan bomber attacking N'Djamena was shot down": the date opens its clause, and dates
    the shooting down as well as the nearer attack."""
    claims = claims_of(text, date)
    assert values(claims, f"{cls}-t", "startDate") == {value}


def test_a_date_opening_a_clause_after_a_semicolon_dates_no_closure_of_a_firm(claims_of):
    claims = claims_of("The company cut prices on 3 March 2014; two days later a rival cutting costs was shut down by "
                       "regulators.")
    assert not [c for c in claims if c[1] in ("startDate", "endDate")]
