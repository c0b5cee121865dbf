"""The victims of a passive verb of harm (session 28's roles).

- A group's name qualifying the noun of its own men ("Forty ICU fighters had been killed") is the subject's head
  as a demonym is ("Syrian soldiers were killed"): the group suffered the killing, its target. Before, a trigger
  that holds its auxiliary ("had been killed") hid the auxiliary from the subject's look-ahead, and the group took
  no role. A noun of whom the group holds ("Hamas hostages") still names no victim of the group's own.
- The attack told after the verb by "in" ("were killed in an Israeli airstrike") is the instrument of the harm, as
  one told by "by" is: whom the verb harmed is the attack's target, never its actor. Before, the victims became
  the airstrike's actors.
"""

from __future__ import annotations

import pytest


def _roles(claims, predicates):
    return {(s, o) for s, p, o, _ in claims if p in predicates}


@pytest.mark.parametrize("sentence, date, group", [
    ("Meles told parliament that between 2,000 and 3,000 ICU fighters had been killed.", "2007-01-10", "icu"),
    ("Twenty Hamas fighters were killed on Tuesday.", "2014-07-20", "hamas"),
    ("The army said that forty FARC guerrillas had been killed.", "2008-03-05", "farc"),
])
def test_a_group_named_before_the_noun_of_its_men_is_the_killings_target(claims_of, sentence, date, group):
    claims = claims_of(sentence + "\n", date=date)
    killings = {s for s, p, o, _ in claims if p == "type" and o == "Killing"}
    assert killings and any((k, group) in _roles(claims, {"target"}) for k in killings)


@pytest.mark.parametrize("sentence, date, group", [
    ("Twenty Hamas hostages were killed on Tuesday.", "2014-07-20", "hamas"),
    ("Iran believes Kurds were killed.", "2014-07-20", "iran"),
])
def test_a_name_that_heads_no_victim_is_no_target(claims_of, sentence, date, group):
    """Near misses: the hostages are Hamas's captives; Iran is who believes."""
    claims = claims_of(sentence + "\n", date=date)
    assert group not in {o for _, o in _roles(claims, {"target", "hasActor", "initiatedBy"})}


@pytest.mark.parametrize("sentence, date, victim, attacker", [
    ("Twelve Syrian soldiers were killed in an Israeli airstrike near Damascus.", "2023-05-01",
     "syrian-armed-forces", "israel"),
    ("Five Hamas fighters were killed in the raid.", "2014-07-20", "hamas", None),
    ("Nine Azerbaijani soldiers were killed in an Armenian attack near Tovuz.", "2020-07-20",
     "azerbaijani-armed-forces", "armenia"),
])
def test_whom_a_passive_verb_of_harm_struck_is_the_target_of_the_attack_it_was_done_in(
        claims_of, sentence, date, victim, attacker):
    claims = claims_of(sentence + "\n", date=date)
    attacks = {s for s, p, o, _ in claims if p == "type" and o == "Attack"}
    assert attacks and all((a, victim) in _roles(claims, {"target"}) for a in attacks)
    assert not any((a, victim) in _roles(claims, {"hasActor", "initiatedBy"}) for a in attacks)
    if attacker:
        assert any((a, attacker) in _roles(claims, {"initiatedBy", "hasActor"}) for a in attacks)


def test_a_place_told_by_in_after_the_verb_is_no_attack(claims_of):
    """Near miss: "in Gori" names where, and the attack told after it took its victims' town as its place only."""
    claims = claims_of("Three villagers were killed in Gori in a Russian air strike.\n", date="2008-08-12")
    attacks = {s for s, p, o, _ in claims if p == "type" and o == "Attack"}
    assert attacks and all((a, "russia") in _roles(claims, {"initiatedBy"}) for a in attacks)
    assert "gori" not in {o for _, o in _roles(claims, {"target", "hasActor", "initiatedBy"})}
