"""Whom a speaker addresses by name at the head of a sentence (a hearing, an interview: "Ms Nangolo, the operation
was called Operation Reindeer") is a listener, not a doer of what the clause after the comma tells. Before, the name
became the actor of the event told. An apposition ("Mr Dlamini, the commander of the brigade, ordered"), a relative
clause ("Colonel Ruiz, who led the brigade, attacked") and a list of the dead ("Mr Haddad, his deputy and two aides
were killed") keep the name in the clause."""

from __future__ import annotations

import pytest

ROLES = ("hasActor", "initiatedBy", "target", "party")


@pytest.mark.parametrize("text, person", [
    ("MR HOLT: Thank you, Chairperson. Mr Dlamini, the raid was called Operation Thunder, and the army attacked the "
     "village at dawn.", "dlamini"),
    ("Dr Ferreira, they bombed the hospital twice that week.", "ferreira"),
    ("Mr Haddad, the convoy was ambushed near the bridge by the militia.", "haddad"),
])
def test_the_person_addressed_takes_no_role(claims_of, text, person):
    claims = claims_of(text + "\n", date="2001-05-01")
    assert (person, "type", "Person", False) in claims
    assert person not in {o for _, p, o, _ in claims if p in ROLES}


@pytest.mark.parametrize("text, person", [
    ("Mr Dlamini, the commander of the brigade, ordered the attack on the village.", "dlamini"),
    ("Colonel Ruiz, who led the brigade, attacked the town at dawn.", "ruiz"),
    ("Mr Haddad, his deputy and two aides were killed when the militia attacked the convoy.", "haddad"),
])
def test_a_name_in_apposition_or_a_list_keeps_its_role(claims_of, text, person):
    claims = claims_of(text + "\n", date="2001-05-01")
    assert person in {o for _, p, o, _ in claims if p in ROLES}
