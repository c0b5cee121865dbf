"""Session 30's review of dates30a and dates30b: sentences of other kinds of text on which their rules claimed a date
the sentence does not tell. A scene's date is carried to no act after a birth, a habit, a span or "ultimately"; an
event noun joined to a condemned one takes no date of the condemning; "a better tomorrow" is no day; a military day
in a headline of capitals is no count of people ("POLICE ARREST 3 JAN 20 PROTESTERS"); a table's row is no post's
header whose day "yesterday" counts from; a header field's day is the writing's, no act's under it."""

from __future__ import annotations

import pytest

from .test_dates30_expressions import _dates_read
from .test_extraction import the_one, values


@pytest.mark.parametrize("text, cls", [
    # a life's day sets no scene of force
    ("On 3 May 1950 the prime minister was born in Lyon. He studied law and fought in the resistance. He was "
     "arrested by the police.", "Arrest"),
    # an act spread over years
    ("On 1 March 1992 the republic declared independence. Militias besieged the capital for almost four years.",
     "Siege"),
    # an act within months of the scene
    ("On 9 November 1989 the wall fell. Within months the communist governments collapsed and Soviet troops withdrew "
     "from Hungary.", "Withdrawal"),
    # a habit, no act of the scene's day
    ("On 22 June 1941 Germany attacked the Soviet Union. Historically, invaders usually attacked in spring.", None),
    # the outcome, told at the story's end
    ("On 2 August 1990 Iraq invaded Kuwait. Ultimately, a coalition of thirty-four nations expelled the Iraqi army.",
     "Displacement"),
])
def test_a_scene_date_is_carried_to_no_act_of_another_time(claims_of, text, cls):
    claims = claims_of(text, "2021-05-10")
    carried = {s for s, p, _, derived in claims if p == "startDate" and derived}
    if cls:
        assert the_one(claims, cls) not in carried
    else:
        assert not carried


def test_an_event_joined_to_a_condemned_one_takes_no_date_of_the_condemning(claims_of):
    claims = claims_of("On 5 March 2013 the council condemned the shelling and the siege of the old city.", "2021-05-10")
    assert values(claims, the_one(claims, "Siege"), "startDate") == set()


def test_a_better_tomorrow_is_no_day(claims_of):
    text = "Rebels said they were fighting for a better tomorrow and attacked the garrison."
    assert not [v for _, v in _dates_read(text, "2021-05-10")]
    claims = claims_of(text, "2021-05-10")
    assert not {o for _, p, o, _ in claims if p == "startDate"}


@pytest.mark.parametrize("text", ["POLICE ARREST 3 JAN 20 PROTESTERS IN CAPITAL", "REBELS FREE 14 MAY 21 HOSTAGES"])
def test_a_count_in_a_headline_of_capitals_is_no_military_day(text):
    assert _dates_read(text, "2021-05-10") == []


@pytest.mark.parametrize("text, read", [
    ("18 JAN 74 ENEMY SHELLED HILL 55. TWO KIA.", ("18 JAN 74", "1974-01-18")),
    ("ENEMY SHELLED HILL 55 ON 18 JAN 74 AT DAWN.", ("18 JAN 74", "1974-01-18")),
])
def test_a_log_day_in_capitals_is_still_read(text, read):
    assert read in _dates_read(text, "1974-02-01")


def test_a_table_row_is_no_header_field():
    text = "Operation Serval | 11 January 2013\nOperation Barkhane | 1 August 2014\nRebels attacked Gao yesterday."
    assert ("yesterday", "2021-05-09") in _dates_read(text, "2021-05-10")


def test_a_header_with_a_bar_under_a_title_still_dates_the_text():
    text = "Rebels and the capital: what you need to know\nExplainer | 3 May 2021\n\nRebels attacked Gao yesterday."
    assert ("yesterday", "2021-05-02") in _dates_read(text, "2021-05-10")


def test_a_header_field_day_dates_no_act_under_it(claims_of):
    text = "Posted: 3 May 2021\nRebels attacked the post yesterday, and tomorrow talks resume."
    claims = claims_of(text, "2021-05-10")
    assert values(claims, the_one(claims, "Attack"), "startDate") == {"2021-05-02"}
