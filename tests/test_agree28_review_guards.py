"""Guards of the review of session 28's agree28 rules (acts and charters, "the ceasefire that followed").

Invented sentences the rules read wrong: a news wire's day after a charter's or an act's name was taken into the
name ("the Charter of the United Nations Friday"), and "the ceasefire that followed the Geneva talks" or "that ended
the fighting", which may be the ceasefire told before, was made one of its own.
"""

from __future__ import annotations

import pytest

from .test_extraction import typed, values


@pytest.mark.parametrize(("sentence", "entity", "cls"), [
    ("Moscow violated the Charter of the United Nations Friday, the envoy said.", "charter-of-the-united-nations",
     "Treaty"),
    ("On 5 May 1990 the junta and the rebels signed the Act of National Concord Monday in the capital.",
     "act-of-national-concord", "Agreement"),
])
def test_a_day_after_a_charters_or_acts_name_is_no_word_of_it(claims_of, sentence, entity, cls):
    claims = claims_of(sentence + "\n", date="1990-06-01")
    assert cls in values(claims, entity, "type")
    assert not {e for e in typed(claims, cls) if e.endswith(("friday", "monday"))}


@pytest.mark.parametrize("text", [
    "Talks in Minsk led to a ceasefire on 5 September 2014. The ceasefire that ended the fighting was broken in "
    "January.",
    "A truce was agreed in Geneva on 2 April 2016. The truce that followed the Geneva talks held until June.",
])
def test_a_ceasefire_that_followed_something_named_may_be_the_one_told(claims_of, text):
    assert len(typed(claims_of(text + "\n", date="2016-09-30"), "Ceasefire")) == 1
