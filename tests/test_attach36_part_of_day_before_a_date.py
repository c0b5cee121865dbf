"""A date told with a part of the day before it ("On the night of 14 March 2003, at about 02.30 hours, ...", "In the
early hours of 2 August 1990", "since the early hours of 9 May", "Early on 24 February 2022") is that day, and
opens its sentence as a bare "On 14 March 2003," does (session 36, attach36: `OPENING_DATE`, `PART_OF_DAY`,
`NAMED_DAY_BEFORE`): the acts its clause tells after it, past a long subject, are of that day; "the early hours of"
is no event's named day ("the military operation of 14 December"). The eve of a day is the day before, and a date
a court or a board sits on dates no act told of another time.
"""

from __future__ import annotations

import pytest

from .test_extraction import typed


def dates_of(claims, cls: str) -> set[str]:
    """The start dates the claims give the entities typed `cls`."""
    events = typed(claims, cls)
    return {o for s, p, o, _ in claims if p == "startDate" and s in events}


@pytest.mark.parametrize("text, cls, date", [
    ("On the night of 14 March 2003, at about 02.30 hours, a column of armed men from the north, most of them in "
     "civilian clothes and some in stolen uniforms, crossed the river and attacked the garrison at Bunia.",
     "Attack", "2003-03-14"),
    ("WHEREAS, On the morning of June 5, 1967, after weeks of rising tension along the armistice lines and a "
     "blockade of the straits, the Government of the State of Israel and the Government of Egypt, through their "
     "envoys, signed the Protocol.", "Signing", "1967-06-05"),
    ("In the early hours of 2 August 1990, three divisions of the Republican Guard, with helicopter-borne "
     "special forces and armoured brigades in support, and after weeks of threats over oil, invaded Kuwait.",
     "Attack", "1990-08-02"),
    ("Early on 24 February 2022, after weeks of build-up along the border, a televised address by the "
     "president in Moscow and the recognition of two breakaway republics, Russian forces invaded Ukraine.",
     "Attack", "2022-02-24"),
    ("Government troops had shelled Kadugli by land and air since the early hours of 9 May.", "Attack", "2021-05-09"),
])
def test_a_part_of_the_day_before_a_date_keeps_it_the_acts_date(claims_of, text, cls, date):
    assert date in dates_of(claims_of(text + "\n"), cls), text


@pytest.mark.parametrize("text, cls, date", [
    # the eve of a day is the day before: the dispersal is no act of 12 June
    ("On the eve of 12 June 1991, after a week of rallies in the capital and a strike at the port, riot police "
     "and interior ministry troops with dogs and water cannon attacked the protesters.", "Attack", "1991-06-12"),
    # a court sits on the day; the shooting it hears of was told of another time ("that")
    ("On the morning of 12 March 2015, in a crowded courtroom in The Hague, the prosecutor told the judges "
     "that the accused had shot a guard at the border in 2009.", "Attack", "2015-03-12"),
    # a named day of an event stays that event's, not the act's of the clause
    ("Troops were deployed on the morning of 3 May to guard the polls of 14 December.", "Deployment", "2020-12-14"),
])
def test_the_eve_of_a_day_or_a_court_day_is_no_acts_date(claims_of, text, cls, date):
    assert date not in dates_of(claims_of(text + "\n"), cls), text


@pytest.mark.parametrize("text", [
    "On the night of 4 July 2019, in front of a crowd of 40,000 and after a week of rain, the home side beat the "
    "visitors 3-1 in the final.",
    "In the early hours of 9 May 2012, after a night of haggling in a London hotel, the board of the bank agreed to "
    "sell its stake in the insurer to a rival.",
    "On the morning of 3 January 2018, with winds of over 120 km an hour and heavy rain, a storm hit the coast "
    "and cut power to 200,000 homes.",
    "On the evening of 21 June 2016, after four weeks of evidence, the jury acquitted the two men of fraud.",
])
def test_a_part_of_the_day_in_sport_business_weather_or_a_court_makes_no_event(claims_of, text):
    assert not typed(claims_of(text + "\n"), "Event"), text
