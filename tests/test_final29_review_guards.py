"""Guards for the review of session 29's merged rules: each states a case two rules merged from separate branches
read wrongly together.

- A named person who died after an aside between commas suffered the death ("Sergeant Okello, a Kenyan, died"): the
  aside keeps the name the passive subject of the verb of dying, so it is the death's target, never its actor.
"""

from __future__ import annotations

import pytest

ROLES = ("hasActor", "initiatedBy", "target", "party")


def roles_of(claims, name):
    return {p for _, p, o, _ in claims if o == name and p in ROLES}


@pytest.mark.parametrize("text, person", [
    ("Sergeant Okello, a Kenyan, died at the checkpoint.", "okello"),
    ("Captain Moreau, the company's commander, died near the bridge.", "moreau"),
    ("Major Adeyemi, an Igbo officer, died at the roadblock.", "adeyemi"),
])
def test_a_named_person_who_died_after_an_aside_suffered_the_death(claims_of, text, person):
    claims = claims_of(text + "\n", date="1999-03-01")
    assert roles_of(claims, person) == {"target"}
