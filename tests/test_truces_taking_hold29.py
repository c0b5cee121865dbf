"""A ceasefire told taking hold, or taking effect in a participle, is the halt (an entry into force), as one told
taking effect is (session 29).

Seen on setA: "CEASEFIRE UNDERSTOOD TAKING HOLD LATE TONIGHT" (a telegram in capitals: no article, a word of report
between) and "the two sides had agreed to a ceasefire taking effect at midnight" (the participle, which the lexicon
of entry into force lacked): the gold lists both halts as events. Panic or a fire taking hold is no halt, and "the
ceasefire" told before, or a bare one in prose, stays the accord.
"""

from __future__ import annotations

import pytest

from .test_extraction import typed


@pytest.mark.parametrize("sentence", [
    "A ceasefire took hold along the front line on Sunday.",
    "After the talks a truce was reported to be taking hold in the east.",
    "HEAVY FIGHTING ROUND GOMA ALL DAY STOP CEASEFIRE UNDERSTOOD TAKING HOLD TONIGHT STOP",
])
def test_a_ceasefire_taking_hold_is_its_entry_into_force(claims_of, sentence):
    claims = claims_of(sentence + "\n", date="2014-09-07")
    assert not typed(claims, "Ceasefire")
    assert typed(claims, "EntryIntoForce")


@pytest.mark.parametrize("sentence", [
    "The mediators announced that the two sides had agreed to a ceasefire taking effect at midnight on 1 May.",
    "The new constitution, going into effect on 1 July, was approved by the assembly.",
])
def test_an_entry_into_force_told_by_a_participle_is_an_event(claims_of, sentence):
    assert typed(claims_of(sentence + "\n", date="1995-04-30"), "EntryIntoForce")


@pytest.mark.parametrize("sentence", [
    "The ceasefire took hold on Sunday.",
    "Hamas's ceasefire took hold on Sunday.",
])
def test_a_ceasefire_told_before_or_bare_in_prose_stays_the_accord(claims_of, sentence):
    claims = claims_of(sentence + "\n", date="2014-09-07")
    assert typed(claims, "Ceasefire")
    assert not typed(claims, "EntryIntoForce")


@pytest.mark.parametrize("sentence", [
    "Panic took hold in the capital after the bombing.",
    "A FIRE TOOK HOLD IN THE DOCKS STOP",
])
def test_nothing_else_taking_hold_is_an_entry_into_force(claims_of, sentence):
    assert not typed(claims_of(sentence + "\n", date="2014-09-07"), "EntryIntoForce")
