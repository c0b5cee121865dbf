"""Acts told as someone's claim or as still to come, in shapes the rules of session 36 missed (session 37, branch
modality37), with sentences of other kinds of text as guards.

The act the words of the future take as the head of their object's noun phrase, a few words on, is still to come ("is
expected to consider a United Nations peacekeeping operation", "demanding immediate and unconditional withdrawal"), and
so is one a date is set for ("should set a date for withdrawal"); not a war revisited or addressed, nor an act told by
a participle or named inside another's phrase. An allegation's noun with an aside before its "that", and a story told
with its "that", allege what follows; the story of an act tells it. Words of the future in a relative clause on an
act's noun ("the talks that are supposed to follow") plan it after a preposition too. What kind of act a known act was
("the claim that the hijacking was a rogue operation") is said, the act told.
"""

from __future__ import annotations

import pytest

from .test_modality35_asked_called_off_unproven import _modality_of


@pytest.mark.parametrize("text, word", [
    ("The Security Council is expected to consider a United Nations peacekeeping operation early in 2005.", "operation"),
    ("The assembly met on Friday, demanding immediate and unconditional withdrawal, and adjourned.", "withdrawal"),
    ("The junta will hold free and fair elections next year.", "elections"),
    ("The Council is expected to consider a United Nations monitoring operation in Bosnia.", "operation"),
    ("The government will hold a national referendum on independence.", "referendum"),
    ("The protesters were demanding complete and immediate withdrawal of the troops.", "withdrawal"),
])
def test_the_act_heading_the_object_of_the_words_of_the_future_is_planned(extraction_of, text, word):
    assert _modality_of(extraction_of, text, word) == "Planned", text


@pytest.mark.parametrize("text, word", [
    ("SADC should set a date for withdrawal tied to the election timetable.", "withdrawal"),
    ("The council should set a date for the next election.", "election"),
    ("The parties will fix a new timetable for the withdrawal of foreign forces.", "withdrawal"),
])
def test_an_act_a_date_is_set_for_is_planned(extraction_of, text, word):
    assert _modality_of(extraction_of, text, word) == "Planned", text


@pytest.mark.parametrize("text, word", [
    ("The historian will revisit the bitter civil war in a new book.", "war"),
    ("The president is expected to address the ongoing border conflict in his speech.", "conflict"),
    ("Engineers will rebuild the heavily bombed bridge by June.", "bombed"),
    ("He will testify about the massacre in court.", "massacre"),
    ("The court will hear the appeal against the massacre verdict.", "massacre"),
    ("The general will lead the victory parade after the war.", "war"),
    ("The ministry will publish the full Chilcot inquiry report.", "inquiry"),
])
def test_an_act_told_after_the_words_of_the_future_but_not_their_object_stays_told(extraction_of, text, word):
    assert _modality_of(extraction_of, text, word) == "Asserted", text


@pytest.mark.parametrize("text, word", [
    ("The PLO's claim, voiced by Yasser Arafat, that the raid was staged by Israel is left without comment.", "raid"),
    ("Reports, denied by Kigali, that Rwandan troops had attacked Goma spread quickly.", "attacked"),
    ("I asked him about the story Georgians tell, that Russian planes bombed their positions.", "bombed"),
    ("The story that rebels attacked the convoy at Kadugli spread through the camps.", "attacked"),
])
def test_an_allegation_with_an_aside_and_a_story_told_allege_what_follows(extraction_of, text, word):
    assert _modality_of(extraction_of, text, word) == "Unconfirmed", text


@pytest.mark.parametrize("text, word", [
    ("The story of the siege of Sarajevo is told in a new film.", "siege"),
    ("Her story, which began in 1992 when the war broke out, is moving.", "war"),
    ("The claims, which the company rejected, were filed in court after the strike.", "strike"),
    ("The reports, which were released in May, show the raid killed 40 people.", "raid"),
])
def test_the_story_of_an_act_or_an_aside_on_claims_with_no_that_tells_it(extraction_of, text, word):
    assert _modality_of(extraction_of, text, word) == "Asserted", text


def test_what_kind_of_act_a_known_act_was_is_said_the_act_told(extraction_of):
    text = "The PLO's claim, voiced by Yasser Arafat, that the hijacking was a rogue operation is left hanging."
    assert _modality_of(extraction_of, text, "hijacking") == "Asserted"
    assert _modality_of(extraction_of, text, "operation") == "Unconfirmed"


@pytest.mark.parametrize("text, word", [
    ("Everything depends on the talks that are supposed to follow in Managua.", "talks"),
    ("Much hangs on talks that are due to begin in Geneva.", "talks"),
    ("Police prepared for the protests that are planned for Friday.", "protests"),
])
def test_words_of_the_future_in_a_relative_clause_on_the_acts_noun_plan_it(extraction_of, text, word):
    assert _modality_of(extraction_of, text, word) == "Planned", text


@pytest.mark.parametrize("text, word", [
    ("The ceasefire that was signed in March held for a week.", "ceasefire"),
    ("The war that is to blame for the famine ended in 1991.", "war"),
    ("The refugees spoke of the war that is expected to end soon.", "war"),
])
def test_a_relative_clause_that_plans_nothing_leaves_the_act_told(extraction_of, text, word):
    assert _modality_of(extraction_of, text, word) == "Asserted", text
