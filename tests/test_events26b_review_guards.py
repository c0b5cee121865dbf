"""Guards from the review of branch events26b (session 26): where its rules read worse than before.

"that" after a verb of telling again is a determiner before a bare noun and a preposition ("repeated that assault on
the town"); "and that" before a time word joins the writer's time ("and that week militias attacked"); the "it" of a
cleft points on to what its relative tells ("It was a rebel attack on the airport ... that started"); "close to" with
an article between is a place's ("camped close to a battle site").
"""

from __future__ import annotations

import pytest

from .test_extraction import typed


def _typings(extraction_of, text: str, word: str) -> list[str]:
    """The modalities of the typing claims of the event word `word`."""
    return [c.modality for c in extraction_of(text).claims if c.predicate == "type" and c.exact == word]


@pytest.mark.parametrize("text, word", [
    ("The army repeated that assault on the town two days later.", "assault"),
    ("The envoy said the truce would hold, adding that no shots were fired, and that week militias attacked Kismayo.",
     "attacked"),
])
def test_no_words_told_again_before_a_noun_or_a_time(extraction_of, text, word):
    assert _typings(extraction_of, text, word) == ["Asserted"]


def test_recalling_an_ambassador_reports_no_attack(extraction_of):
    text = "Kenya recalled that ambassador after soldiers attacked the embassy in Mogadishu."
    assert _typings(extraction_of, text, "attacked") == ["Asserted"]


@pytest.mark.parametrize("text, word", [
    ("It was a rebel attack on the airport in April 1994 that started the killings.", "attack"),
    ("It was a massacre that shocked the world: soldiers shot 40 villagers in My Lai in March 1968.", "massacre"),
])
def test_the_word_of_a_cleft_is_an_event(extraction_of, text, word):
    assert _typings(extraction_of, text, word) == ["Asserted"]


@pytest.mark.parametrize("text, cls", [
    ("Troops camped close to a battle site near Kursk in 2023.", "Battle"),
    ("The villagers lived close to a massacre site in Srebrenica.", "Killing"),
])
def test_close_to_a_site_is_a_place_no_near_miss(claims_of, text, cls):
    assert len(typed(claims_of(text), cls)) == 1


@pytest.mark.parametrize("text, cls, count", [
    ("The laws of armed conflict forbid attacks on hospitals.", "War", 0),
    ("The law of armed conflict binds rebels too, the ICRC said.", "War", 0),
    ("Armed conflict broke out in the Donbas in April 2014.", "Clash", 1),  # near miss: a conflict that came
])
def test_the_law_of_armed_conflict_is_no_conflict(claims_of, text, cls, count):
    assert len(typed(claims_of(text), cls)) == count
