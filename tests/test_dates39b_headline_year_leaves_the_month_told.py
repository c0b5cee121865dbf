"""dates39b: a headline's year (a first line with no full stop: a festival's programme, a yearbook, a report's cover)
pulls a year-less date told after the story's background up to that year, but not a day the story's own month or
day holds: "In January 2013 the rebels advanced. On 11 January ..." under "FESTIVAL 2016" is 11 January 2013, and a
day within three weeks of the day just told is in its year ("on 11 January [2013] ... on 28 January"). The guards keep
the headline's pull on a day past the background's month ("... in July 2008. The latest round began on 4 February"
under "... clashes of 2011") and leave texts of sport, business, courts and weather as they were."""

from __future__ import annotations

import pytest

from .test_extraction import the_one, values
from .test_recognise import _last_date_told


@pytest.mark.parametrize("text, date, value", [
    # a film festival's programme over a synopsis of a war years before
    ("NORTHERN LIGHTS FILM WEEK 2019\nProgramme\n\nIn March 2011 protesters filled the squares of Daraa. On 18 March "
     "security forces opened fire on the crowd.", "2019-05", "2011-03-18"),
    # a yearbook's cover over an account of an older war
    ("Regimental Yearbook 2004\n\nIn November 1999 the battalion deployed to Dili. On 4 November its first patrols "
     "met militia fighters near the border.", "2004-12", "1999-11-04"),
    # a day within three weeks of the day just told, under an exhibition's heading
    ("CITY MUSEUM EXHIBITIONS 2018\n\nOn 12 August 2008 the ceasefire was announced. Russian troops entered Poti on "
     "19 August.", "2018-02-01", "2008-08-19"),
    # a newsletter's masthead over the story of a coup
    ("Sahel Monitor Newsletter 2015\n\nSoldiers mutinied at Kati in March 2012. On 22 March they seized the "
     "presidential palace in Bamako.", "2015-06", "2012-03-22"),
])
def test_a_day_the_story_s_month_holds_is_in_its_year_under_a_headline_year(text, date, value):
    assert _last_date_told(text, date) == value


@pytest.mark.parametrize("text, date, value", [
    ("One temple, two stories: the border clashes of 2011\n\nThe court awarded the temple to Cambodia in 1962. Tensions "
     "rose after it was listed as a heritage site in July 2008.\n\nThe latest round began on 4 February, when artillery "
     "fire erupted.", "2011-08-15", "2011-02-04"),
    ("The siege of 2015\nThe town was founded in 1820 and walled in May 1990. Rebels surrounded it on 3 March.",
     "2016-01-10", "2015-03-03"),
])
def test_a_day_past_the_background_s_month_keeps_the_headline_s_year(text, date, value):
    assert _last_date_told(text, date) == value


def test_an_event_under_a_programme_year_takes_the_story_s_year(claims_of):
    claims = claims_of("PEACE FILM DAYS 2017\nScreening notes\n\nIn August 1995 the offensive began in the Krajina. "
                       "On 7 August Croatian forces captured the town of Knin.\n", "2017-04")
    assert values(claims, the_one(claims, "Capture"), "startDate") == {"1995-08-07"}


@pytest.mark.parametrize("text, date, value", [
    # sport: a season's heading, a month told with its year, a day past it
    ("Premier Rugby Annual 2020\n\nThe club was founded in May 1998. The final was played on 30 June.", "2020-09",
     "2020-06-30"),
    # business: a report's cover, a background month, a day far from it
    ("Annual Results 2021\n\nThe firm listed its shares in April 2009. Trading resumed on 3 February.", "2021-11",
     "2021-02-03"),
    # courts: a law report's heading, an old ruling's month, a hearing months later
    ("Appeals Digest 2018\n\nThe statute was passed in October 2001. The appeal was heard on 12 March.", "2018-10",
     "2018-03-12"),
    # weather: an almanac's heading and an old storm's month, the new storm months on
    ("Weather Almanac 2022\n\nThe record flood came in September 1993. The storm struck the coast on 2 June.",
     "2022-12", "2022-06-02"),
])
def test_a_day_far_from_the_month_told_stays_in_the_headline_s_year(text, date, value):
    assert _last_date_told(text, date) == value
