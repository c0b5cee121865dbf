"""Which date a year-less month or day stands for, and which dates an event does not take: seen on texts nobody
tuned for (dates20). Each on the text's own sentence and one of our own of another shape."""

from __future__ import annotations

import pytest

from .test_extraction import the_one, values
from .test_recognise import _last_date_told


@pytest.mark.parametrize("text, date, value", [
    # Mogadishu 1993 (lead19b): "in March" took the year of the famine's 1992, an aside
    ("The UN mission took over from the US-led task force last month, five months after American marines landed in "
     "Mogadishu to protect food deliveries during a famine that aid groups say killed some 300,000 Somalis in 1992. "
     "A ceasefire and disarmament accord signed by fifteen Somali factions in Addis Ababa in March has largely been "
     "ignored.", "1993-06-07", "1993-03"),
    ("The mission, which the council set up in 2011, left the city in February.", "2024-06", "2024-02")])
def test_a_year_less_month_after_an_aside_about_another_year_is_of_the_source_s_time(text, date, value):
    """A year in a relative clause ("a famine that ... killed 300,000 in 1992", "which the council set up in 2011")
    dates the aside's act: a year-less month after it is of the report's time, not of the aside's year."""
    assert _last_date_told(text, date) == value


@pytest.mark.parametrize("text", [
    "Reports show that rebels took the town in 1994. On 5 April they attacked Kigali.",
    "Officials warned that rebels took the town in 1994. On 5 April rebels attacked Kigali.",
    "The army said on Monday that rebels took the town in 1994. On 5 April rebels attacked Kigali."])
def test_a_year_after_a_verb_of_saying_and_that_is_the_story_s_time(claims_of, text):
    """Review 22: "that" after any verb was read as a relative clause's, so the year it told set no story time and
    "On 5 April" in an undated text took no year. After a verb of saying, reporting, warning or showing, up to three
    words before it, "that" opens what is told (`dates.TOLD_THAT`)."""
    claims = claims_of(text, date=None)
    assert values(claims, the_one(claims, "Attack"), "startDate") == {"1994-04-05"}


@pytest.mark.parametrize("text, date, value", [
    # Iraq 2003 (untuned12): "18 March" was read as 2004-03-18, the month of the analysis a year on
    ("The war began before dawn on 20 March 2003, when US aircraft struck a compound in southern Baghdad. Baghdad "
     "denied having any such weapons, and UN inspectors had reported finding none before they withdrew on 18 March.",
     "2004-03", "2003-03-18"),
    ("The army entered the city on 25 October 2016 after a week of shelling. The rebels had left it on 10 October.",
     "2017-10-20", "2016-10-10")])
def test_a_year_less_date_near_the_story_s_day_is_in_the_story_s_year(text, date, value):
    """A year-less day within three weeks of the day the story is at is that story's, even when the source was
    written in the same month a year on."""
    assert _last_date_told(text, date) == value


@pytest.mark.parametrize("text, date, value", [
    # Chibok 2014 (lead16b): "in March" took the year of the state of emergency of May 2013, told before it
    ("President Goodluck Jonathan declared a state of emergency in Borno, Yobe and Adamawa states in May 2013. "
     "Amnesty International accused the army of executing suspected militants after a raid on a barracks in "
     "Maiduguri in March.", "2014-10-18", "2014-03"),
    ("The siege began on 20 April 2021. Talks opened in Vienna on 15 February.", "2022-05-10", "2022-02-15"),
    # ... not over a year before the source: a report quoted tells its own story's date (Douma, the quality set)
    ("In September 2018 the UN Commission of Enquiry on Syria reported: \"Throughout 7 April, numerous aerial attacks "
     "were carried out in Douma.\"", "2020-08", "2018-04-07"),
    # ... nor in a text written long after its story, which may go back from its summary to the story's start
    ("The insurgency ended with the signing of the agreement on 13 August 2001. In May the fighting spread to "
     "villages around the town.", "2026-12-05", "2001-05")])
def test_a_year_less_date_months_before_the_story_s_time_is_of_the_source_s_past_year(text, date, value):
    """A dated text tells forward, and its year-less dates are of the year before its date, as a news report's are:
    a year-less month that would lie months before the story's time in its year is the next such month, within
    the year before the source's date."""
    assert _last_date_told(text, date) == value


@pytest.mark.parametrize("text", [
    # Ukraine 2022 (untuned6): "four days later" counted from 22 July, the story having moved on to October
    "The initiative was signed in Istanbul on 22 July 2022. Moscow suspended its participation in October 2022 "
    "after a drone attack on its fleet, but rejoined four days later.",
    "Talks opened on 14 March 2021. In November 2021 the rebels took the port, and the army retook it four days later."])
def test_days_counted_later_do_not_count_from_a_day_the_story_has_moved_past(text):
    """A later month of the same year moves the story on: "four days later" after it counts from no earlier day
    ("22 July ... in October ... four days later" is no 26 July)."""
    assert _last_date_told(text, "2023-07-20")[5:] not in ("07-26", "03-18")
    assert _last_date_told(text, "2023-07-20") in ("2022", "2021")  # the year of the month the story moved to, no day


@pytest.mark.parametrize("text, cls, since", [
    # Monrovia 2003 (lead18): the assault was dated June, what "their third assault ... since June" counts from
    ("Mortar shells fired into the centre of the Liberian capital killed at least 90 civilians on Monday, aid workers "
     "said, as rebels pressed their third assault on Monrovia since June.", "Attack", "2003-06"),
    ("The rebels said it was the second offensive on the base since March 2020.", "Offensive", "2020-03")])
def test_a_date_an_ordinal_counts_from_is_no_date_of_the_event(claims_of, text, cls, since):
    """"the third assault since June": the date is what the count runs from, in the event's own phrase too."""
    claims = claims_of(text, date="2003-07-22")
    assert since not in values(claims, the_one(claims, cls), "startDate")
    assert _last_date_told(text, "2003-07-22") == since  # the date is read: what the count runs from


@pytest.mark.parametrize("text, cls, day", [
    # Eritrea-Ethiopia (lead19): the signing of the Algiers Agreement was read as ended on its day
    ("The Algiers Agreement that ended the war was signed by Prime Minister Meles Zenawi and President Isaias "
     "Afwerki on 12 December 2000.", "Signing", "2000-12-12"),
    ("The accord that halted the clashes was signed on 5 May 2011.", "Signing", "2011-05-05")])
def test_an_end_verb_in_the_subject_s_relative_clause_does_not_end_the_verb_s_event(claims_of, text, cls, day):
    """"X that ended the war was signed on D": the end verb governs the war; the signing begins on D."""
    claims = claims_of(text)
    event = the_one(claims, cls)
    assert values(claims, event, "startDate") == {day}
    assert not values(claims, event, "endDate")


@pytest.mark.parametrize("text, cls, day", [
    # Kosovo 1999 (untuned5): the war took a second start, the day NATO joined it
    ("The Kosovo War lasted from February 1998 until 11 June 1999. From 24 March 1999 the North Atlantic Treaty "
     "Organization (NATO) took part in the war with an air campaign against Yugoslavia.", "War", "1999-03-24"),
    ("The offensive on Gao began in January 2013. Chad joined the offensive on 2 February 2013.", "Offensive",
     "2013-02-02")])
def test_a_happening_someone_joins_does_not_start_on_the_day_of_the_joining(claims_of, text, cls, day):
    """"NATO took part in the war from D", "Chad joined the offensive on D": D is the joining's, not a start."""
    claims = claims_of(text)
    assert day not in values(claims, the_one(claims, cls), "startDate")
    assert values(claims, the_one(claims, cls), "startDate") in ({"1998-02"}, {"2013-01"})  # its own start stays
