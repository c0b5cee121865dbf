"""Guards of the review of session 28's roles (branch roles28): sentences its rules misread, read right.

- A state an act of harm struck under an agreement is its victim, no party of it ("Germany invaded Poland under a
  secret protocol"); a state after a preposition did not act ("Refugees from Syria returned to Lebanon under a 2019
  agreement"); a name qualifying the agreement binds none ("under the Minsk agreement": not Belarus).
- Soldiers "killed in clashes with" others fought them: "in" tells the attack whose target they are only when the
  act is one side's ("killed in a US drone strike"); of a mutual fight they stay its actors.
- The first side of "between" must be an actor: a place there ("the delegations in Doha, the Qatari capital, and the
  United States ...") starts no list of sides.
"""

from __future__ import annotations

import pytest


def _roles(claims, predicates):
    return {(s, o) for s, p, o, _ in claims if p in predicates}


def _of_class(claims, cls):
    return {s for s, p, o, _ in claims if p == "type" and o == cls}


@pytest.mark.parametrize("sentence, date, parties, victim", [
    ("Germany invaded Poland under a secret protocol signed in August.", "1940-01-01", {"germany"}, "poland"),
    ("Britain, France and Israel attacked Egypt under a secret protocol signed at Sevres.", "1957-01-01",
     {"france", "israel"}, "egypt"),
])
def test_the_state_struck_under_an_agreement_is_no_party(claims_of, sentence, date, parties, victim):
    claims = claims_of(sentence + "\n", date=date)
    bound = {o for _, o in _roles(claims, {"party"})}
    assert parties <= bound and victim not in bound


@pytest.mark.parametrize("sentence, date, unbound", [
    ("Refugees from Syria returned to Lebanon under a 2019 agreement.", "2020-01-01", {"syria", "lebanon"}),
    ("Ukraine denied that Russia had armed the separatists under the Minsk agreement.", "2016-01-01", {"belarus"}),
])
def test_no_party_after_a_preposition_nor_named_in_the_agreement(claims_of, sentence, date, unbound):
    assert not unbound & {o for _, o in _roles(claims_of(sentence + "\n", date=date), {"party"})}


@pytest.mark.parametrize("sentence, date, side", [
    ("Four Indian soldiers were killed in clashes with Chinese troops in Ladakh.", "2020-07-01", "indian-armed-forces"),
    ("Twelve Syrian soldiers were killed in fighting with Turkish forces near Idlib.", "2020-03-01",
     "syrian-armed-forces"),
])
def test_soldiers_killed_in_a_mutual_fight_are_its_actors(claims_of, sentence, date, side):
    claims = claims_of(sentence + "\n", date=date)
    clashes = _of_class(claims, "Clash")
    assert clashes and all((c, side) in _roles(claims, {"hasActor"}) for c in clashes)
    assert not any((c, side) in _roles(claims, {"target"}) for c in clashes)


def test_a_place_after_between_starts_no_list_of_sides(claims_of):
    claims = claims_of("The talks between the delegations in Doha, the Qatari capital, and the United States "
                       "welcomed the deal.\n", date="2020-03-01")
    assert "united-states" not in {o for _, o in _roles(claims, {"hasActor", "initiatedBy", "target"})}
