"""Events the pipeline told as facts or as events where the text does not (session 28, branch events28b).

An act offered or proposed ("offered talks", "proposed a ceasefire") is one still to come, held out to the other side:
Planned, not Asserted; what is offered as it is given ("offered stiff resistance") is no such act. Denying an act told
by its gerund ("denied dispatching troops") denies it as "did not" does. A subordinate clause with a subject and a past
verb of its own ("since it signed the accord") is outside a negation's reach. A trigger after the prefix "co-"
("co-operation") names no event.
"""

from __future__ import annotations

import pytest

from .test_extraction import typed


def _modality_of(extraction_of, text: str, word: str) -> str | None:
    """The modality of the typing claim told by `word`, None if no event is typed by it."""
    return next((c.modality for c in extraction_of(text).claims if c.predicate == "type" and c.exact == word), None)


@pytest.mark.parametrize("text, word", [
    ("Peru appealed to the Organization of American States and offered talks. None were held.", "talks"),
    ("On 3 May Chile proposed negotiations on the border, but Bolivia refused.", "negotiations"),
    ("In June the government offered peace talks with the rebels in Nairobi.", "peace talks"),
])
def test_an_act_offered_or_proposed_is_planned(extraction_of, text, word):
    assert _modality_of(extraction_of, text, word) == "Planned"


def test_talks_held_are_still_told(extraction_of):
    text = "Peru and Ecuador held talks in Brasilia in March."
    assert _modality_of(extraction_of, text, "talks") == "Asserted"


@pytest.mark.parametrize("text, word", [
    ("Rwanda denied dispatching troops to the Congo in August.", "dispatching"),
    ("Uganda denies having shelled the town of Bunia on Friday.", "shelled"),
    ("The junta denied ever having bombed the village of Kawthoolei.", "bombed"),
])
def test_denying_an_act_by_its_gerund_denies_it(extraction_of, text, word):
    assert _modality_of(extraction_of, text, word) == "Denied"


@pytest.mark.parametrize("text, word", [
    ("Pretoria has denied supporting the guerrillas since it signed the Lusaka Accord in 1984.", "signed"),
    ("The army did not retreat after the rebels shelled the town of Kassala on 3 May.", "shelled"),
])
def test_a_subordinate_clause_of_its_own_is_outside_the_negation(extraction_of, text, word):
    assert _modality_of(extraction_of, text, word) == "Asserted"


@pytest.mark.parametrize("text", [
    "The two states pledged co-operation in trade and transport.",
    "Both governments promised closer co-operation against the smugglers on the river.",
    "Desiring that such co-operation shall serve the security of both peoples, the parties agree as follows.",
])
def test_a_word_after_the_prefix_co_is_no_event(extraction_of, text):
    assert _modality_of(extraction_of, text, "operation") is None


def test_an_operation_is_still_an_event(extraction_of, claims_of):
    text = "The army launched an operation in the valley in June."
    assert _modality_of(extraction_of, text, "operation") == "Asserted"
    assert typed(claims_of(text), "Event")


def test_a_verb_of_saying_joined_after_a_denial_is_outside_it(extraction_of):
    text = "Dushanbe denied attacking civilians and said that Kyrgyz forces had shelled Tajik villages around Isfara."
    assert _modality_of(extraction_of, text, "attacking") == "Denied"
    assert _modality_of(extraction_of, text, "shelled") == "Reported"
