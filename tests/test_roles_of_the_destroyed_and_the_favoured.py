"""Who an act destroyed or favoured took no part in it as its actor.

An armed force destroyed by an attack is what it struck: "The Israeli Air Force struck Egyptian airfields and
destroyed most of Egypt's air force on the ground" names no second attacker, however far "destroyed" stands from
"struck" (since actors22, "Egypt's air force" is a body of its own, and it was read as an actor of the attack)."""

from __future__ import annotations

import pytest


def _roles(claims, predicate):
    return {o for _, p, o, _ in claims if p == predicate}


@pytest.mark.parametrize("sentence, destroyed", [
    ("The Israeli Air Force struck Egyptian airfields and destroyed the Egyptian Air Force.", "egyptian-armed-forces"),
    ("Russian troops shelled the town for a week and decimated the Ukrainian Armed Forces there.",
     "ukrainian-armed-forces"),
])
def test_a_force_destroyed_after_the_attack_word_is_its_target_not_an_actor(claims_of, sentence, destroyed):
    claims = claims_of(sentence + "\n", date="2023-06-10")
    assert destroyed in _roles(claims, "target") and destroyed not in _roles(claims, "hasActor")


def test_a_force_named_after_a_verb_of_movement_keeps_its_part(claims_of):
    claims = claims_of("Israeli troops attacked the town and the Egyptian Air Force withdrew.\n", date="1967-06-10")
    assert "egyptian-armed-forces" not in _roles(claims, "target")


@pytest.mark.parametrize("sentence, named", [
    ("The release of the hostages was a diplomatic coup for Qatar.", "qatar"),
    ("The fall of Soledar to Russian forces was a blow to Ukraine.", "ukraine"),
])
def test_whom_an_outcome_favoured_or_hurt_took_no_part_in_the_act(claims_of, sentence, named):
    """Since events22 a release of hostages is an act: "a diplomatic coup for Qatar" names whom it favoured, no actor."""
    claims = claims_of(sentence + "\n", date="2023-11-30")
    assert named not in _roles(claims, "hasActor") | _roles(claims, "initiatedBy") | _roles(claims, "target")
