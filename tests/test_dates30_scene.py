"""dates30a: which date an act told without one gets. A scene a text dates goes on in the sentences after it: "On 12
May the rebels crossed the river. They captured the bridge." tells the capture on 12 May, until the text leaves the
scene (a date, a paragraph, a tense of another time). A line that holds a date alone heads a log's or a diary's entry
of that day. Two event nouns one clause joins by "and" share its date ("began air strikes and a ground assault")."""

from __future__ import annotations

import pytest

from .test_extraction import the_one, values


@pytest.mark.parametrize("text", [
    "On 12 May 1994 the rebels crossed the river north of Gitega. Their column reached the bridge at dawn. Sixty "
    "soldiers were killed in the fighting.",
    "At dawn on 12 May 1994 some 300 rebels attacked the town of Gitega. The garrison held out until noon. A corporal "
    "was killed at the gate.",
])
def test_an_act_told_after_a_dated_scene_takes_its_date(claims_of, text):
    claims = claims_of(text, "2001-01-01")
    assert values(claims, the_one(claims, "Killing"), "startDate") == {"1994-05-12"}


@pytest.mark.parametrize("text", [
    # a paragraph ends the scene
    "On 12 May 1994 the rebels crossed the river north of Gitega.\n\nSixty soldiers were killed in the fighting.",
    # a sentence of the pluperfect leaves it
    "On 12 May 1994 the rebels crossed the river north of Gitega. The garrison had spent the week digging trenches. "
    "Sixty soldiers were killed in the fighting.",
    # the present of commentary leaves it
    "On 12 May 1994 the rebels crossed the river north of Gitega. Historians are still divided over the order. Sixty "
    "soldiers were killed in the fighting.",
    # a date of the act's own sentence is its own
    "On 12 May 1994 the rebels crossed the river north of Gitega. Sixty soldiers were killed in June 1994.",
    # an act told after another is of another time
    "On 12 May 1994 the rebels crossed the river north of Gitega. After the rebels left, sixty soldiers were killed.",
    # a saying's date sets no scene
    "Officials said on 12 May 1994 that the rebels were near Gitega. Sixty soldiers were killed in the fighting.",
])
def test_a_scene_left_dates_no_act(claims_of, text):
    claims = claims_of(text, "2001-01-01")
    assert values(claims, the_one(claims, "Killing"), "startDate") - {"1994-06"} == set()


LOG = "LOG OF THE PATROL BOAT\n\n18 January 1974\nArrived off Robert Island at noon.\n\n"


def test_a_date_line_heads_the_entries_under_it(claims_of):
    claims = claims_of(LOG + "19 January 1974\nWind north-east, sea calm.\nThe landing party met enemy troops at dawn. "
                       "Two sailors were killed on the beach.\n", "1990-01-01")
    assert values(claims, the_one(claims, "Killing"), "startDate") == {"1974-01-19"}


def test_a_date_line_heads_no_entry_past_the_next_paragraph(claims_of):
    claims = claims_of(LOG + "19 January 1974\n\nThe landing party met enemy troops at dawn.\n\nTwo sailors were "
                       "killed on the beach.\n", "1990-01-01")
    assert values(claims, the_one(claims, "Killing"), "startDate") == set()


def test_event_nouns_joined_by_and_share_the_clause_s_date(claims_of):
    claims = claims_of("On 2 March six police officers were killed in an ambush at Kampung Simunul. On 5 March the "
                       "Malaysian Armed Forces began air strikes and a ground assault on the group's positions, known as "
                       "Operation Daulat.", "2013-03-08")
    assert values(claims, the_one(claims, "Operation"), "startDate") == {"2013-03-05"}


def test_a_verb_between_event_nouns_keeps_the_date_from_the_second(claims_of):
    """Near-miss: "and" before a clause of its own ("and the rebels ... withdrew") joins no event noun."""
    claims = claims_of("On 5 March 2013 the army began air strikes and the rebels abandoned the ceasefire.",
                       "2014-01-01")
    assert values(claims, the_one(claims, "Ceasefire"), "startDate") == set()


def test_a_date_in_another_happening_s_phrase_is_no_beginning_s(claims_of):
    """"began when a patrol went to verify ... as agreed at talks on 6 June": 6 June is the talks' day."""
    claims = claims_of("The clash was the deadliest in decades. The army said the fighting began when a patrol went to "
                       "verify that a post had been removed as agreed at corps commander talks on 6 June.", "2021-02-25")
    assert values(claims, the_one(claims, "Clash"), "startDate") == set()
    assert values(claims, the_one(claims, "Negotiation"), "startDate") == {"2020-06-06"}


def test_a_beginning_with_a_dated_act_still_takes_its_date(claims_of):
    """Near-miss: the war began with the attack of that day: its day is the war's start."""
    claims = claims_of("The war began with the attack of 6 June 1967 on the airfields of Egypt.", "2021-02-25")
    assert values(claims, the_one(claims, "War"), "startDate") == {"1967-06-06"}


def test_a_beginning_after_a_dated_act_still_takes_its_date(claims_of):
    """Near-miss: "began after the assassination ... in October 1993": the complement tells the beginning's time."""
    claims = claims_of("The civil war, which began after the assassination of President Ndadaye in October 1993, has "
                       "cost thousands of lives.", "2003-01-01")
    assert values(claims, the_one(claims, "War"), "startDate") == {"1993-10"}
