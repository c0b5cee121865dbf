"""dates28: a side's account told just after a dated happening is of its date; "not ... until D" dates the act D; a
text of several dated pieces (telegrams, a letter, a diary) counts each piece's "today", "yesterday" and "tonight" from
the day on the piece's own dateline line, not from the date the whole text was filed under; "tonight" is the day's
own."""

from __future__ import annotations

import pytest

from .test_extraction import the_one, values

TELEGRAMS = ("PRESS COLLECT FOREIGNDESK\n\nASMARA MARCH 3 1978 1800 LOCAL\n\nREBELS TODAY SHELLED THE AIRPORT STOP\n\n"
             "ENDS\n\n---\n\nASMARA MARCH 6 1978 0930 LOCAL\n\nGOVERNMENT TROOPS RECAPTURED KEREN YESTERDAY AFTER "
             "HEAVY FIGHTING STOP\n\nENDS")


@pytest.mark.parametrize("cls, value", [("Attack", "1978-03-03"), ("Capture", "1978-03-05")])
def test_a_telegram_s_today_and_yesterday_count_from_its_own_dateline(claims_of, cls, value):
    """Filed under the last telegram's day a month later, each telegram's relative day is its own dateline's."""
    claims = claims_of(TELEGRAMS, "1978-04-02")
    assert values(claims, the_one(claims, cls), "startDate") == {value}


@pytest.mark.parametrize("text, cls, value", [
    ("Camp near Kidal, Sunday 12 May 1991\n\nDear brother,\n\nToday the rebels attacked the camp at dawn.",
     "Attack", "1991-05-12"),
    ("Monday 3 March 1941\n\nThe enemy bombed the harbour today. We spent the night in the cellar.",
     "Attack", "1941-03-03")])
def test_a_letter_s_or_diary_s_dateline_is_its_today(claims_of, text, cls, value):
    """A place and a day, or a weekday and a day, alone on the first line: the day the piece was written."""
    claims = claims_of(text, "1995-01-01")
    assert values(claims, the_one(claims, cls), "startDate") == {value}


def test_a_dated_sentence_alone_on_its_line_is_no_dateline(claims_of):
    """A line of prose that ends with a date ("Rebels took the town on 3 May 1990") tells an act: "today" in the next
    line stays the source's."""
    claims = claims_of("Rebels took the town of Gao on 3 May 1990.\nToday the army shelled the market.", "1990-06-10")
    assert values(claims, the_one(claims, "Attack"), "startDate") == {"1990-06-10"}


def test_tonight_is_the_day_s_own(claims_of):
    claims = claims_of("The army shelled the port of Hodeidah tonight, residents said.", "2018-06-14")
    assert values(claims, the_one(claims, "Attack"), "startDate") == {"2018-06-14"}


def test_a_page_s_day_after_the_text_s_date_is_no_section_s(claims_of):
    """A page's stamp above a report filed years before ("19th Aug 2022" over a report of 2009) is when the page was
    shown, no day the report was written on: its "yesterday" stays the report's."""
    claims = claims_of("Friday\n\n19th Aug 2022\n\nRebels shelled the town of Gori yesterday, officials said.", "2009-09-30")
    assert values(claims, the_one(claims, "Attack"), "startDate") == {"2009-09-29"}


@pytest.mark.parametrize("text, cls, value", [
    ("Diplomatic relations with Kenya were not restored until March 1995.", "Restoration", "1995-03"),
    ("The rebels did not withdraw from the town of Kidal until 12 May 2014.", "Withdrawal", "2014-05-12"),
    ("Government troops did not capture the town of Gao until 3 May 2016.", "Capture", "2016-05-03")])
def test_a_verb_negated_before_until_was_done_then(claims_of, text, cls, value):
    """"not ... until D" tells that the act was done only at D: its start, no end."""
    claims = claims_of(text, "2020-01-01")
    subject = the_one(claims, cls)
    assert (values(claims, subject, "startDate"), values(claims, subject, "endDate")) == ({value}, set())


@pytest.mark.parametrize("text, cls, value", [
    ("Fighting continued until 12 June 1990.", "Clash", "1990-06-12"),
    ("The war did not end until April 1975.", "War", "1975-04")])
def test_until_after_a_verb_not_negated_or_a_noun_ends_it(claims_of, text, cls, value):
    claims = claims_of(text, "2020-01-01")
    assert values(claims, the_one(claims, cls), "endDate") == {value}


@pytest.mark.parametrize("text, cls, value", [
    ("On 3 May 2015 fighting broke out near the town of Kidal. The defence ministry said rebels had attacked an army "
     "post at dawn.", "Attack", "2015-05-03"),
    ("Clashes erupted along the border between Sudan and South Sudan on 10 April 2012. According to Khartoum, southern "
     "troops shelled the oil field at Heglig.", "Attack", "2012-04-10"),
    ("Shooting began on 2 August 2016 near the line of contact. Baku accused Armenian forces of shelling the village "
     "of Talish. Yerevan denied it.", "Attack", "2016-08-02")])
def test_a_side_s_account_just_after_a_dated_happening_is_of_its_date(claims_of, text, cls, value):
    """Rival accounts told right after a happening dated to a day tell what happened that day."""
    claims = claims_of(text, "2020-01-01")
    assert values(claims, the_one(claims, cls), "startDate") == {value}


@pytest.mark.parametrize("text, cls", [
    ("On 3 May 2015 fighting broke out near the town of Kidal. Rebels later attacked an army post at Gao.", "Attack"),
    ("Officials stated on 11 June 2008 that nine soldiers had been killed. The army said rebels had shelled the port.",
     "Attack"),
    ("On 3 May 2015 fighting broke out near the town of Kidal.\n\nThe defence ministry said rebels had attacked an army "
     "post at dawn.", "Attack")])
def test_no_account_no_dated_happening_or_a_new_paragraph_carries_no_date(claims_of, text, cls):
    """An act told outside any account, an account after a saying's date, or one in the next paragraph."""
    claims = claims_of(text, "2020-01-01")
    assert values(claims, the_one(claims, cls), "startDate") == set()
