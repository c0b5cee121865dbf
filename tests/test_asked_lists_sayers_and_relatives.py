"""What is asked for, who speaks, what an object relative took: three misreadings of last session's reviews.

Reviewers ran session 21's rules on sentences outside war reporting (reviews 25 and 27): a later item asked for
after a definite first one, or after "as well as", was told as done; a sayer named after "for" (", a spokesman for
the Congolese army said.") was no sayer; a time phrase after an object relative's verb ("Kuwait, which Iraq invaded
the previous August") hid its object. Each test has the reviewer's sentence and one of another shape.
"""

from __future__ import annotations

import pytest

from .test_extraction import the_one, typed, values


@pytest.mark.parametrize("sentence", [
    "The UN called for a ceasefire and the withdrawal of all foreign troops from Kuwait.",
    "The UN called for the release of the hostages and the withdrawal of Iraqi troops from Kuwait.",
    "The UN demanded a ceasefire as well as the withdrawal of Iraqi troops from Kuwait.",
    "The UN called for an end to the fighting and for the withdrawal of all foreign troops from Lebanon.",
])
def test_a_later_item_of_what_is_asked_for_has_not_happened(claims_of, sentence):
    assert not typed(claims_of(sentence + "\n", date="1990-09-01"), "Withdrawal")


@pytest.mark.parametrize("sentence, holder", [
    ("Rebels shelled the town of Goma on Monday, a spokesman for the Congolese army said.", "congolese-army"),
    ("Hezbollah shelled the village of Khiam on Monday, a spokesman for Israel's foreign ministry said.",
     "israels-foreign-ministry"),  # a state's body in lower case is a body of its own (actors22)
    ("Rebels shelled the town of Goma on Monday, the spokesman said.", None),
])
def test_a_sayer_told_last_is_held_by_the_body_named_after_for(extraction_of, sentence, holder):
    """A spokesman "for" a named body speaks for it; a bare ", the spokesman said." names no holder (none guessed)."""
    attacks = [c for c in extraction_of(sentence + "\n", "2023-05-01").claims
               if c.predicate == "type" and c.obj == "Attack"]
    assert attacks and {(c.modality, c.attributed_to) for c in attacks} == {("Reported", holder)}


@pytest.mark.parametrize("sentence, place", [
    ("Kuwait, which Iraq invaded the previous August, asked for help.", "kuwait"),
    ("The Georgians held Tskhinvali, which Russia attacked the following morning.", "tskhinvali"),
])
def test_a_time_phrase_after_an_object_relatives_verb_leaves_its_object(claims_of, sentence, place):
    claims = claims_of(sentence + "\n", date="1991-01-20")
    assert place in values(claims, the_one(claims, "Attack"), "hasPlace")
