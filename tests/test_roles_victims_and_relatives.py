"""Whom an act struck, and the name a relative pronoun stands for (session 27, roles27).

- The side whose columns, convoys, troops or garrison an attack verb struck is its target, not its actor nor a
  place ("attacks the Syrian columns": black-september-1970); "destroyed only part of the air force" is a
  destruction as "destroyed part of" is (bay-of-pigs-1961).
- Who "was overthrown / deposed" suffered the coup: its target (dominican-republic-1965, dhofar-1975).
- "X, who was overthrown in 1963", "Mohammed, who surrendered to rebels": the pronoun is the verb's subject and names
  X, whom the clause break after the comma parted from it (dominican-republic-1965, libya-2011).
The sentences are invented, of other conflicts; each test failed on b699ab9.
"""

from __future__ import annotations

import pytest

from .test_extraction import the_one, values


@pytest.mark.parametrize("sentence", [
    "Israeli jets attacked the Syrian columns on the Golan.",
    "Israeli jets attacked Syrian columns on the Golan.",
    "Turkish aircraft bombed the Syrian convoys near Idlib.",
])
def test_the_side_whose_columns_an_attack_struck_is_its_target(claims_of, sentence):
    claims = claims_of(sentence + "\n", date="2020-03-01")
    attack = the_one(claims, "Attack")
    assert "syria" in values(claims, attack, "target")
    assert "syria" not in values(claims, attack, "hasActor") | values(claims, attack, "hasPlace")


def test_only_part_of_an_air_force_destroyed_is_still_its_target(claims_of):
    claims = claims_of("The Israeli air strikes destroyed only part of the Egyptian Air Force.\n", date="1967-06-10")
    assert "egyptian-armed-forces" in values(claims, the_one(claims, "Attack"), "target")


def test_towns_an_attack_struck_are_where_it_was_not_a_side_it_struck(claims_of):
    claims = claims_of("Ethiopian artillery shelled Eritrean towns near Zalambessa.\n", date="2000-06-01")
    assert "eritrea" not in values(claims, the_one(claims, "Attack"), "target")


@pytest.mark.parametrize("sentence", [
    "President Salvador Allende was overthrown in 1973.",
    "President Salvador Allende, who was overthrown in 1973, died in the palace.",
    "The rebels fought for President Salvador Allende, who had been overthrown in 1973.",
])
def test_who_was_overthrown_is_the_coups_target_not_its_actor(claims_of, sentence):
    claims = claims_of(sentence + "\n", date="1974-01-01")
    coup = the_one(claims, "Coup")
    assert values(claims, coup, "target") == {"salvador-allende"}
    assert "salvador-allende" not in values(claims, coup, "hasActor") | values(claims, coup, "initiatedBy")


def test_who_a_relative_pronoun_names_did_the_act_of_its_active_verb(claims_of):
    claims = claims_of("General Ratko Mladic, who surrendered to Serbian police in 2011, was sent to The Hague.\n",
                       date="2011-06-01")
    assert "ratko-mladic" in values(claims, the_one(claims, "Surrender"), "hasActor")


@pytest.mark.parametrize("sentence", [
    "The Dayton Agreement, which was signed in Paris, ended the Bosnian War.",  # another passive: no act of the name's
    "General Ratko Mladic, who had ordered the shelling, was arrested in 2011.",  # the verb's object is the act
])
def test_a_relative_pronoun_lends_no_role_to_another_passive_or_to_an_object(claims_of, sentence):
    claims = claims_of(sentence + "\n", date="2011-06-01")
    assert not {s for s, p, o, _ in claims if p in ("target", "hasActor", "initiatedBy")
                and o in ("dayton-agreement", "ratko-mladic") and s.startswith(("signing", "attack"))}
