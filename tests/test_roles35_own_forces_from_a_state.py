"""Session 35's roles: a state's own named force "from" a state leaves that state, a place, not an actor ("the
withdrawal of Syrian troops from Lebanon": `clause_roles._owned_force_before`), while troops "from" states with no
owner named before them ("Troops from Russia and Belarus attacked") still name whose troops they are.
"""

from __future__ import annotations

import pytest


def _role(claims, predicate):
    return {o for s, p, o, _ in claims if p == predicate}


def _actors(claims):
    return _role(claims, "hasActor") | _role(claims, "initiatedBy")


@pytest.mark.parametrize("text, force, left", [
    ("The withdrawal of Syrian troops from Lebanon was completed in April.", "syrian-armed-forces", "lebanon"),
    ("The withdrawal of Cuban troops from Angola was completed in May 1991.", "cuban-armed-forces", "angola"),
    ("The deployment of Nigerian troops from Liberia to Sierra Leone began in 1997.", "nigerian-armed-forces", "liberia"),
])
def test_a_states_own_force_from_a_state_leaves_a_place(claims_of, text, force, left):
    claims = claims_of(text + "\n", date="2006-01-01")
    assert left in _role(claims, "hasPlace") and left not in _actors(claims) and force in _actors(claims), text


def test_troops_from_states_with_no_owner_named_are_still_whose_troops(claims_of):
    claims = claims_of("Troops from Russia and Belarus attacked the town.\n", date="2023-01-01")
    assert {"russia", "belarus"} <= _actors(claims) and not _role(claims, "hasPlace")
