"""Guards of session 34's review of roles34 and modality34: sentences of other kinds of text on which a new rule
over-read its source.

Roles (`clause_roles._moved_by_other`): only whom a verb of asking addresses, or the subject of a modal, loses its role
in a move another's "of" names; who decides on, plans or sends for the move keeps it ("Israel decided to speed up the
withdrawal of Israeli forces", "France sent aircraft to carry out the evacuation of French nationals").
Modality: an act only "delayed", or begun or completed after it was put off, took place (no plan); a rhetorical
question of doubting asserts what it asks about; an aside a question sets off by commas is presupposed.
"""

from __future__ import annotations

import pytest


def _actors(claims):
    return {o for s, p, o, _ in claims if p in ("hasActor", "initiatedBy")}


def _modality_of(extraction_of, text: str, word: str) -> str | None:
    """The modality of the typing claim told by `word`, None if no event is typed by it."""
    typing = next((c for c in extraction_of(text).claims if c.predicate == "type" and c.exact == word), None)
    return typing.modality if typing else None


@pytest.mark.parametrize("text, actor", [
    ("Israel decided to speed up the withdrawal of Israeli forces from Gaza.", "israel"),
    ("NATO prepared plans for the deployment of German troops to Lithuania.", "nato"),
    ("France sent aircraft to carry out the evacuation of French nationals from Abidjan.", "france"),
    ("Kenya sent buses for the evacuation of Somali refugees from Dadaab.", "kenya"),
])
def test_who_decides_plans_or_sends_for_a_move_keeps_its_role(claims_of, text, actor):
    assert actor in _actors(claims_of(text + "\n", date="2001-01-01")), text


@pytest.mark.parametrize("text, word", [
    ("The invasion was delayed by a day, and troops landed in Normandy on 6 June.", "invasion"),
    ("The withdrawal of Soviet troops was delayed by three months.", "withdrawal"),
    ("The offensive was postponed until spring and began in April.", "offensive"),
    ("The evacuation of Kabul was postponed and completed a week later.", "evacuation"),
])
def test_an_act_delayed_or_held_after_its_putting_off_is_no_plan(extraction_of, text, word):
    assert _modality_of(extraction_of, text, word) == "Asserted", text


@pytest.mark.parametrize("text, word", [
    ("Does anyone doubt that Russia invaded Ukraine in 2022?", "invaded"),  # rhetorical: it asserts
    ("Is Russia, which invaded Ukraine in 2022, a threat to NATO?", "invaded"),  # an aside presupposed
    ("Does the treaty, signed in Paris in 1973, still bind Hanoi?", "signed"),
])
def test_a_question_of_doubting_or_its_aside_tells_the_act(extraction_of, text, word):
    assert _modality_of(extraction_of, text, word) == "Asserted", text


def test_a_question_still_alleges_what_it_asks_past_an_aside(extraction_of):
    text = "Did the rebels, who had crossed the river, attack the town of Kidal?"
    assert _modality_of(extraction_of, text, "attack") == "Unconfirmed", text
