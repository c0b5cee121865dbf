"""Acts kept apart, and acts kept together, on sentences of review 21: a clause joined after a negation tells an
act of its own; an act told within a known war is an act of it, not the war; "later" as an adverb sets no war
apart; whom a thing was lost to acts in nothing; "the attacks" may name the one attack its paragraph told; a count
reaches the act named in a later clause when its own clause names none."""

from __future__ import annotations

import pytest


def _about(claims, subject: str, predicate: str) -> set[str]:
    return {o for s, p, o, _ in claims if s == subject and p == predicate}


def _typed(claims, cls: str) -> set[str]:
    return {s for s, p, o, _ in claims if p == "type" and o == cls}


@pytest.mark.parametrize("verb", ["fired rockets at", "attacked", "shelled"])
def test_an_act_joined_after_a_negation_is_another_act(extraction_of, verb):
    """"Israel did not attack Iran and Hezbollah fired rockets at Haifa": resolve named one act per family and
    sentence, so Hezbollah's rockets were the attack not made, typed both Denied and asserted, with Hezbollah and
    Haifa as its asserted actor and place. The clause joined after the negation tells an act of its own."""
    claims = extraction_of(f"Israel did not attack Iran and Hezbollah {verb} Haifa.", "2024-05-01").claims
    denied = {c.subject for c in claims if c.predicate == "type" and c.obj == "Attack" and c.modality == "Denied"}
    made = {c.subject for c in claims if c.predicate == "type" and c.obj == "Attack" and c.modality != "Denied"}
    assert len(denied) == 1 and len(made) == 1 and not denied & made
    [act] = made
    assert {("hasActor", "hezbollah"), ("hasPlace", "haifa")} <= {
        (c.predicate, getattr(c.obj, "value", c.obj)) for c in claims if c.subject == act}
