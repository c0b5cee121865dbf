"""A side told by its adjective before a subject of two plural nouns joined by "and" ("Sixty-four Ethiopian sailors
and soldiers died", "Forty Eritrean soldiers and civilians were killed") suffered the deaths, as it does before one
noun ("Twelve Ethiopian soldiers died"). Before, the joined nouns hid the subject's head and the side became the
killing's actor. A name ending in a capitalised word joins no noun: "Russia attacked Georgia and civilians were
killed" still joins two clauses."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("sentence, side", [
    ("Sixty-four Ethiopian sailors and soldiers died.", "ethiopia"),
    ("Forty Eritrean soldiers and civilians were killed.", "eritrean-armed-forces"),
    ("On Monday nine Somali officers and soldiers were killed near the border.", "somalia"),
])
def test_the_side_of_two_kinds_of_dead_suffered_the_deaths(claims_of, sentence, side):
    claims = claims_of(sentence + "\n", date="1999-01-01")
    assert any(p == "target" and o == side for _, p, o, _ in claims)
    assert side not in {o for _, p, o, _ in claims if p in ("hasActor", "initiatedBy")}


def test_a_name_ending_in_a_capital_joins_no_noun(claims_of):
    claims = claims_of("Russia attacked Georgia and civilians were killed.\n", date="2008-09-01")
    assert "georgia" not in {o for _, p, o, _ in claims if p == "target"}
