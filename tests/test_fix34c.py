"""Session 34's second reading, mends of fix34c. An act put off and then told held is no plan: a delay of hours or
days says it came late ("The summit in Hanoi was delayed by two hours"), and a verb of its course joined after the
putting off tells it begun or over ("was delayed by a week ..., and began on 12 May"); what is put off and nothing
more, or moved or cancelled, stays planned (`CUES.FUTURE_AFTER`). The "to" of an aside or a relative clause between a
name and a move's noun asks for no move: who completed the withdrawal keeps its role
(`clause_roles._moved_by_other`).
"""

from __future__ import annotations

import pytest


def _modality_of(extraction_of, text: str, word: str) -> str | None:
    """The modality of the typing claim told by `word`, None if no event is typed by it."""
    typing = next((c for c in extraction_of(text).claims if c.predicate == "type" and c.exact == word), None)
    return typing.modality if typing else None


@pytest.mark.parametrize("text, word", [
    ("The summit in Hanoi was delayed by two hours and ended without a deal.", "summit"),
    ("The offensive was delayed by a week because of heavy rain, and began on 12 May with an attack on Kharkiv.",
     "offensive"),
    ("The invasion of Normandy was postponed by a day because of the weather.", "invasion"),
])
def test_an_act_delayed_by_hours_or_days_or_then_begun_took_place(extraction_of, text, word):
    assert _modality_of(extraction_of, text, word) == "Asserted", text


@pytest.mark.parametrize("text, word", [
    ("The summit in Paris was postponed and moved to Geneva.", "summit"),
    ("The election in Kenya was postponed until May and later cancelled.", "election"),
    ("The election in Kenya was postponed by the electoral commission.", "election"),
])
def test_an_act_put_off_moved_or_called_off_is_still_planned(extraction_of, text, word):
    assert _modality_of(extraction_of, text, word) == "Planned", text


def test_the_to_of_an_aside_asks_for_no_move(claims_of):
    text = "Israel, which had pledged to leave, completed the withdrawal of Israeli forces from Gaza in 2005.\n"
    assert "israel" in {o for s, p, o, _ in claims_of(text, date="2006-01-01") if p == "hasActor"}
