"""Which year a year-less date is in, what a relative day or year counts from, and whose date an aside's is: seen on
the twelve fresh texts of session 20 (dates21). Each on the text's own sentence and one of our own of another shape."""

from __future__ import annotations

import pytest

from .test_extraction import the_one, typed as _typed, values
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
    assert any(values(claims, e, "endDate") == {end} for e in _typed(claims, cls))
    assert any(values(claims, e, "startDate") == {start} for e in _typed(claims, cls))


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
