"""A question of yes or no, a blame in the passive, and what is not told of an act (session 34, branch modality34).

A question opened by an auxiliary ("Did the militia attack the school?", "Q: Was the village shelled?") asks whether an
act happened and tells none: the act is alleged, not the source's finding; a definite act it names by a noun is
presupposed ("Was the siege of Ladysmith planned by Kruger?"), and a question of knowing tells what it asks about
("Did you know the army invaded Goa in 1961?"). A blame in the passive ("Militiamen were blamed for the ambush, and
troops then stormed the camp") alleges up to a clause of the writer's, as an accusation does: the raid after it is
told. What someone has not told of an act ("has not yet provided figures on the airstrikes carried out by its
jets", "declined to comment on", "did not say whether") denies no act, nor who did it. "A rumour that ..." alleges
as "reports that" does; an act put off ("The referendum was postponed twice") had not taken place when told: planned,
unless held in the end.
"""

from __future__ import annotations

import pytest


def _modality_of(extraction_of, text: str, word: str) -> str | None:
    """The modality of the typing claim told by `word`, None if no event is typed by it."""
    typing = next((c for c in extraction_of(text).claims if c.predicate == "type" and c.exact == word), None)
    return typing.modality if typing else None


@pytest.mark.parametrize("text, word", [
    ("Q: Did the militia attack the school in Beni?", "attack"),
    ("Was the village of Kidal shelled?", "shelled"),
    ("Reporters asked: did the police attack the crowd in Nairobi?", "attack"),
])
def test_a_question_of_yes_or_no_alleges_the_act_it_asks_about(extraction_of, text, word):
    assert _modality_of(extraction_of, text, word) == "Unconfirmed", text


@pytest.mark.parametrize("text, word", [
    ("Did you know the army invaded Goa in 1961?", "invaded"),  # a question of knowing
    ("Why did the army attack Kisangani?", "attack"),  # a question of why presupposes the act
    ("Was the siege of Ladysmith planned by Kruger?", "siege"),  # a definite act, presupposed
])
def test_a_question_of_knowing_or_why_or_of_a_definite_act_tells_it(extraction_of, text, word):
    assert _modality_of(extraction_of, text, word) == "Asserted", text


def test_a_blame_in_the_passive_alleges_up_to_a_clause_of_the_writers(extraction_of):
    text = "Militiamen were blamed for the ambush on the convoy, and troops then stormed the camp near Bunia."
    assert _modality_of(extraction_of, text, "stormed") == "Asserted"


@pytest.mark.parametrize("text", [
    "The ministry has not yet provided figures on the airstrikes carried out by Turkish jets near Afrin.",
    "The navy declined to comment on the raid carried out by Greek commandos near Imia.",
    "The army did not say whether the shelling carried out by its gunners near Goma killed anyone.",
])
def test_what_is_not_told_of_an_act_denies_neither_the_act_nor_who_did_it(extraction_of, text):
    claims = extraction_of(text).claims
    assert claims and not [c for c in claims if c.modality == "Denied"], text


def test_a_negated_act_is_still_denied(extraction_of):
    assert _modality_of(extraction_of, "The army did not attack the village of Kidal.", "attack") == "Denied"


@pytest.mark.parametrize("text, word, modality", [
    ("The diary records a rumour that rebels had attacked the mission at Kalonge.", "attacked", "Unconfirmed"),
    ("The referendum in Bougainville was postponed twice.", "referendum", "Planned"),
    ("The referendum in Bougainville was postponed but finally held in 2019.", "referendum", "Asserted"),
])
def test_a_rumour_alleges_and_an_act_put_off_is_still_to_come(extraction_of, text, word, modality):
    assert _modality_of(extraction_of, text, word) == modality, text


def test_a_clause_of_time_inside_a_question_is_presupposed(extraction_of):
    text = "Q: Was the brigade in Goma when the rebels attacked the airport?"
    assert _modality_of(extraction_of, text, "attacked") == "Asserted"
