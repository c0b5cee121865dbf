"""Over-matches of session 30's modality rules (branch modality30), found in review (fix-modality30).

Each sentence tells an act that happened, or a thing's description, in words the new cues read as a plan, a denial
or hearsay: a meeting "called" a success, a participle "promised" before its noun, "As pledged", what a reader
"should know", "was not held in public" (how, not whether), "were never held accountable", "not launched until",
"is said to be" of what a thing is, the past act one "should investigate". What the rules were written for stays
read: "the pledge to hold elections" is a plan, "were never held because of the war" denies.
"""

from __future__ import annotations

import pytest


def _modality_of(extraction_of, text: str, word: str) -> str | None:
    """The modality of the typing claim told by `word`, None if no event is typed by it."""
    return next((c.modality for c in extraction_of(text).claims if c.predicate == "type" and c.exact == word), None)


@pytest.mark.parametrize("text, word", [
    ("Delegates called the summit in Arusha a success.", "summit"),
    ("Commentators called the election in Kenya a turning point.", "election"),
    ("Critics called the referendum in Crimea a sham.", "referendum"),
    ("The ministers called the talks in Geneva constructive.", "talks"),
    ("As pledged at the summit, the rebels released the hostages in Kidal.", "summit"),
    ("The promised withdrawal of the troops began on 6 May.", "withdrawal"),
    ("The pledged elections were held in Kabul in October.", "elections"),
    ("Fans should know the strike ended in May.", "strike"),
    ("The generals who ordered the massacre were never held accountable.", "massacre"),
    ("The talks in Geneva were not held in public.", "talks"),
    ("The election was not held in secret but openly.", "election"),
    ("The strike, which union leaders called, was not carried out by the miners alone.", "strike"),
    ("The raid was never carried out as planned.", "raid"),
    ("The offensive was not launched until July.", "offensive"),
    ("The battle of Verdun is said to be the bloodiest in history.", "battle"),
    ("The UN should investigate the massacre at Bisesero.", "massacre"),
])
def test_an_act_told_stays_told(extraction_of, text, word):
    assert _modality_of(extraction_of, text, word) == "Asserted"


def test_a_pledge_to_act_is_a_plan(extraction_of):
    text = "The pledge to hold elections was broken after the coup."
    assert _modality_of(extraction_of, text, "elections") == "Planned"


def test_an_act_never_held_for_a_cause_is_denied(extraction_of):
    text = "The elections, which were planned for May, were never held because of the war."
    assert _modality_of(extraction_of, text, "elections") == "Denied"
