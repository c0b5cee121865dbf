"""A past plan told "to be held" (or launched, signed ...) that the same sentence then tells kept is no plan: "The
elections were to be held in May and were held on time", "were to be held on Monday but were held on Wednesday",
"was to be launched on 1 August and began that day" (session 42 review b, of branch modality42; as main reads "were
due to begin on Monday but began on Wednesday"). And an act "to be concluded" is one to be ended, given as what "is to
end" is: "The talks were to be concluded by Friday", "The war was to be concluded by the Treaty of Paris in 1763" plan
no talks, no war (an accord "to be concluded" is typed no event). Near misses still planned: a plan not kept ("but was
cancelled", "but was not held"), another act joined ("and prisoners were to be released").
"""

from __future__ import annotations

import pytest


def _modality_of(extraction_of, text: str, word: str) -> str | None:
    """The modality of the typing claim told by `word`, None if no event is typed by it."""
    typing = next((c for c in extraction_of(text).claims if c.predicate == "type" and c.exact == word), None)
    return typing.modality if typing else None


@pytest.mark.parametrize("text, word", [
    ("The elections were to be held in May and were held on time.", "elections"),
    ("The talks were to be held on Monday but were held on Wednesday instead.", "talks"),
    ("The uprising was to be launched on 1 August and was launched on that day.", "uprising"),
    ("The offensive was to be launched in the spring and began in April.", "offensive"),
    ("The talks were to be concluded by Friday.", "talks"),
    ("The war was to be concluded by the Treaty of Paris in 1763.", "war"),
    ("The siege was to be concluded only with the fall of the city in 1453.", "siege")])
def test_a_plan_kept_in_its_sentence_or_an_act_to_be_concluded_is_told(extraction_of, text, word):
    assert _modality_of(extraction_of, text, word) == "Asserted", text


@pytest.mark.parametrize("text, word", [
    ("The summit was to be held in Geneva, but it was cancelled after the bombing.", "summit"),
    ("The talks were to be held on Monday but were not held at all.", "talks"),
    ("Elections were to be held in May and prisoners were to be released.", "Elections"),
    ("Elections are to be held in May and will be monitored.", "Elections")])
def test_a_plan_not_kept_in_its_sentence_stays_planned(extraction_of, text, word):
    assert _modality_of(extraction_of, text, word) == "Planned", text
