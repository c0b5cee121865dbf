"""Guards of the review of session 29's roles29 rules (`extract.addressed`, `lang.en.subject_heads`).

A comment clause after a name at a sentence head ("Colonel Ruiz, it was reported, attacked the town", "General Ortiz,
there is no doubt, ordered the massacre": the person's own verb follows its closing comma) and
an apposition with a relative "whose" ("General Ortiz, the commander whose troops had shelled the town, was
arrested") tell of the named person: no one is addressed, and the name keeps its role. Two nouns joined after a side's
adjective make a head of people only: "Syrian missiles and shells were fired" are the side's arms, which it fired."""

from __future__ import annotations

import pytest

ACTING = ("hasActor", "initiatedBy")


@pytest.mark.parametrize("text, person", [
    ("Colonel Ruiz, it was reported, attacked the town at dawn.", "ruiz"),
    ("General Ortiz, I believe, ordered the attack on the village.", "ortiz"),
    ("Colonel Ruiz, the army has confirmed, led the raid on the town.", "ruiz"),
    ("General Ortiz, there is no doubt, ordered the massacre at the village.", "ortiz"),
])
def test_a_comment_clause_after_a_name_addresses_no_one(claims_of, text, person):
    claims = claims_of(text + "\n", date="2001-01-01")
    assert person in {o for _, p, o, _ in claims if p in ACTING}


def test_an_apposition_with_whose_addresses_no_one(claims_of):
    claims = claims_of("General Ortiz, the commander whose troops had shelled the town, was arrested in March.\n",
                       date="2001-01-01")
    assert "ortiz" in {o for _, p, o, _ in claims if p in ACTING}


def test_a_side_firing_two_kinds_of_arms_is_no_target(claims_of):
    claims = claims_of("Syrian missiles and shells were fired at the village.\n", date="2001-01-01")
    assert "syria" not in {o for _, p, o, _ in claims if p == "target"}
