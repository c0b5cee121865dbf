"""Which year a year-less date is in, what a relative day or year counts from, and whose date an aside's is: seen on
the twelve fresh texts of session 20 (dates21). Each on the text's own sentence and one of our own of another shape."""

from __future__ import annotations

import pytest

from .test_extraction import the_one, typed, values
from .test_recognise import _last_date_told


@pytest.mark.parametrize("text, date, value", [
    # Preah Vihear 2011: every year-less date of 2011 was read in 2008, the year of the background told before it
    ("One temple, two stories: the Cambodian-Thai border clashes of 2011\n\nThe International Court of Justice awarded "
     "the temple to Cambodia in 1962. Tensions rose after UNESCO listed the temple as a World Heritage site in July "
     "2008, and troops have faced each other there ever since.\n\nThe latest round began on 4 February, when artillery "
     "fire erupted near the temple.", "2011-08-15", "2011-02-04"),
    ("The siege of 2015\nThe town was founded in 1820 and walled in May 1990. Rebels surrounded it on 3 March.",
     "2016-01-10", "2015-03-03")])
def test_a_year_less_date_after_the_background_is_in_the_headline_s_year(text, date, value):
    """A headline that names a year (a first line with no full stop) names the story's: a year-less date told after
    background of earlier years is in that year, not in the background's."""
    assert _last_date_told(text, date) == value


@pytest.mark.parametrize("text, value", [
    # Algeria 1962: "The same day" took no date after the aside's 1830
    ("In the referendum of 1 July 1962 Algerians voted for independence. It was proclaimed on 5 July, the anniversary "
     "of the French capture of Algiers in 1830. The same day, killings of Europeans in Oran left a toll that is still "
     "disputed.", "1962-07-05"),
    # Lebanon 1982: "The next morning" was read as no date
    ("On 14 September 1982 Bashir Gemayel was killed by a bomb. The next morning Israeli troops entered West Beirut.",
     "1982-09-15"),
    ("Rebels took the port on 9 May 2014, a town founded in 1702. On the following evening troops shelled it.",
     "2014-05-10")])
def test_a_day_counted_from_the_last_day_told_skips_an_older_year_told_in_passing(text, value):
    """"the same day", "the next morning" count from the last day told, past a bare year of an aside that lies
    before it ("the anniversary of the capture of Algiers in 1830")."""
    assert _last_date_told(text, "2022-03") == value


@pytest.mark.parametrize("text, value", [
    # Guatemala 1996: "later that year" and "the following year" were read as no date
    ("A Comprehensive Agreement on Human Rights followed in March 1994, and the UN Verification Mission in Guatemala "
     "(MINUGUA) was deployed later that year to monitor it.", "1994"),
    ("Some 3,000 URNG combatants demobilised under MINUGUA supervision in the first months of 1997, and the URNG "
     "registered as a political party the following year.", "1998"),
    ("The dam was finished on 4 June 2003. In the next year floods came.", "2004")])
def test_that_year_and_the_following_year_count_from_the_last_date_told(text, value):
    assert _last_date_told(text, "2012") == value


@pytest.mark.parametrize("text, date, cls, start, end", [
    ("The rebels surrounded the town on 2 November 2015, and the siege went on into January.", "2017", "Siege",
     "2015-11-02", "2016-01"),
    # Preah Vihear 2011: "lasted into early May" was no date
    ("Fighting resumed on 22 April 2011 around the temples and lasted into early May.", "2012", "Clash", "2011-04-22",
     "2011-05")])
def test_a_month_the_event_lasted_into_ends_it(claims_of, text, date, cls, start, end):
    """"lasted into early May", "went on into January": a year-less month after "into" is read, and ends the event."""
    claims = claims_of(text, date=date)
    assert any(values(claims, e, "endDate") == {end} and values(claims, e, "startDate") == {start}
               for e in typed(claims, cls))


@pytest.mark.parametrize("text, cls, wrong", [
    # Sinjar 2014: the withdrawal took June, the date of what the forces had done before
    ("Kurdish Peshmerga forces, which had held the area since June 2014, withdrew in the first hours of the assault.",
     "Withdrawal", "2014-06"),
    # Guatemala 1996: the signing took 1960, the start of the war the participle phrase tells
    ("The Guatemalan Civil War, fought between the state and leftist guerrillas from 1960 to 1996, ended with the "
     "signing of the Agreement on a Firm and Lasting Peace in Guatemala City on 29 December 1996.", "Signing", "1960")])
def test_a_date_in_a_relative_or_participle_aside_dates_no_act_outside_it(claims_of, text, cls, wrong):
    """A clause of "which" or a participle phrase set off by commas tells its own verb's date, or its noun's
    ("The war, fought from 1960 to 1996": the war's), not the date of the main verb's act."""
    claims = claims_of(text)
    assert wrong not in values(claims, the_one(claims, cls), "startDate")


def test_the_war_a_participle_aside_follows_keeps_its_dates(claims_of):
    claims = claims_of("The Guatemalan Civil War, fought between the state and leftist guerrillas from 1960 to 1996, "
                       "ended with the signing of the Agreement on a Firm and Lasting Peace in Guatemala City on "
                       "29 December 1996.")
    assert values(claims, the_one(claims, "Signing"), "startDate") == {"1996-12-29"}
    assert values(claims, the_one(claims, "War"), "startDate") == {"1960"}


@pytest.mark.parametrize("text, date, cls, value", [
    # Ogaden 1977: "a 1974" was read as a count, and the treaty took no date
    ("The Soviet Union, which had armed Somalia under a 1974 friendship treaty, had already turned towards the Derg.",
     "2018-03", "Treaty", "1974"),
    # Algeria 1962: the truce "negotiated on 17 June" took no date
    ("A truce negotiated on 17 June between the OAS leader Jean-Jacques Susini and the FLN's Chawki Mostefaï largely "
     "halted the attacks in Algiers.", "1962-07", "Ceasefire", "1962-06-17"),
    ("The rebels broke a 1998 peace accord in May.", "2001", "Agreement", "1998")])
def test_an_agreement_takes_its_year_as_modifier_and_the_day_it_was_negotiated(claims_of, text, date, cls, value):
    """"a 1974 friendship treaty": a year after "a" and before the agreement's kind words is its year; "a truce
    negotiated on D": negotiated is a verb of making the agreement, as signed is."""
    claims = claims_of(text, date=date)
    assert values(claims, the_one(claims, cls), "date") == {value}


def test_a_headline_year_after_the_source_s_is_no_year_of_the_story():
    """A headline "Britain and Argentina in 2022" over a text of 2021 names no time of the story: the year-less day
    after "April 1982" is in 1982, not in 2021 or 2022."""
    text = ("Britain and Argentina in 2022\n\nArgentina invaded the Falklands in April 1982. On 2 May British forces "
            "attacked Goose Green.")
    assert _last_date_told(text, "2021-05-10") == "1982-05-02"


def test_an_agreement_negotiated_in_one_year_and_signed_later_takes_the_signing_s_date(claims_of):
    """"The deal negotiated in 2014 was signed in Minsk on 12 February 2015": the deal is dated by its signing; the
    day of the talks dates an agreement only when no signing is told ("A truce negotiated on 17 June")."""
    claims = claims_of("The deal negotiated in 2014 was signed in Minsk on 12 February 2015.", date="2016")
    assert values(claims, the_one(claims, "Agreement"), "date") == {"2015-02-12"}


def test_into_a_month_is_a_time_only_after_a_verb_of_going_on(claims_of):
    """"Johnson tore into May over Brexit": "into" is no "in", and a month after it ends an event only after "lasted",
    "went on" and the like: the attack on Kyiv takes no end (and none before its start)."""
    claims = claims_of("Johnson tore into May over Brexit, and Russia attacked Kyiv on 2 March 2019.", date="2021-06-01")
    attack = the_one(claims, "Attack")
    assert values(claims, attack, "startDate") == {"2019-03-02"} and not values(claims, attack, "endDate")


@pytest.mark.parametrize("text", [
    "Russia attacked Kyiv on 2 March 2019. The following year's budget was cut, and Russian forces attacked Kharkiv.",
    "Russia attacked Kyiv on 2 March 2019. Over the next year, Russian forces attacked Kharkiv."])
def test_a_thing_of_the_following_year_or_a_span_over_it_is_no_date(claims_of, text):
    """"the following year's budget" is a thing's year, "over the next year" a span ahead: neither dates the attack
    on Kharkiv in 2020 ("The following year Russian forces attacked Kharkiv" does)."""
    claims = claims_of(text, date="2021-06-01")
    attacks = [e for e in typed(claims, "Attack") if "kharkiv" in values(claims, e, "hasPlace")]
    assert attacks and not any("2020" in values(claims, e, "startDate") for e in attacks)


def test_a_participle_after_a_finite_verb_is_a_verb_phrase_of_a_list_not_an_aside(claims_of):
    """"Russian troops crossed the border, advanced on Kyiv on 24 February, and shelled Kharkiv": ", advanced" is the
    second verb phrase of one subject, no aside on "the border": its date reaches the shelling after it."""
    claims = claims_of("Russian troops crossed the border, advanced on Kyiv on 24 February, and shelled Kharkiv.",
                       date="2023-01-01")
    shelling = [e for e in typed(claims, "Attack") if "kharkiv" in values(claims, e, "hasPlace")]
    assert shelling and all(values(claims, e, "startDate") == {"2022-02-24"} for e in shelling)
