"""Roles of session 36: the body of watchers takes no part in what they watch, a go-between named before "in the
middle" is a mediator and signs nothing, a state before a possessive is the possessor and no place of a list,
and "arap" joins a Kalenjin name (`extract.bystanders.watchers`, `lang.en.clauses.MEDIATION_AFTER_NAMES`,
`clause_roles._possessor`, `structure.locations`, `recognise.name_shapes`); with the near-misses each must not
fire on."""

from __future__ import annotations

import pytest

from .test_extraction import typed, values

ROLES = ("hasActor", "initiatedBy", "target", "hasPlace")


def all_roles(claims, cls: str, predicates=ROLES) -> set[str]:
    return {o for e in typed(claims, cls) for p in predicates for o in values(claims, e, p)}


@pytest.mark.parametrize("text, cls, body", [
    ("OSCE monitors reported heavy shelling near Donetsk as the war between Ukraine and the separatists went on.",
     "Attack", "organization-for-security-and-co-operation-in-europe"),
    ("UN military observers watched the withdrawal of Soviet troops from Jalalabad.", "Withdrawal", "united-nations"),
    ("Observers from the United Nations supervised the withdrawal of Israeli forces from the hills.",
     "Withdrawal", "united-nations")])
def test_the_body_of_watchers_is_no_actor_of_what_they_watch(claims_of, text, cls, body):
    assert body not in all_roles(claims_of(text + "\n", "2000-01-01"), cls), text


def test_the_watched_keep_their_roles(claims_of):
    claims = claims_of("UN military observers watched the withdrawal of Soviet troops from Jalalabad.\n", "2000-01-01")
    assert {"soviet-army", "jalalabad"} <= all_roles(claims, "Withdrawal")


def test_a_go_between_in_the_middle_is_a_mediator_and_no_party(claims_of):
    claims = claims_of("In July 1993 a ceasefire was signed in Sochi, with Russia in the middle, and the Georgians "
                       "moved their heavy guns out of the city.\n", "2000-01-01")
    assert "russia" not in all_roles(claims, "Agreement", ("party",))
    assert "russia" in all_roles(claims, "Agreement", ("mediator",))


def test_in_the_middle_of_names_no_go_between(claims_of):
    """The sentence of `test_a_go_between_in_the_middle_is_a_mediator_and_no_party` with "of" after "in the middle":
    Russia stands amid the fighting, no go-between of the ceasefire (a mediator is an agreement's role)."""
    claims = claims_of("In July 1993 a ceasefire was signed in Sochi, with Russia in the middle of the fighting, and "
                       "the Georgians moved their heavy guns out of the city.\n", "2000-01-01")
    assert typed(claims, "Agreement")
    assert "russia" not in all_roles(claims, "Agreement", ("mediator",))


def test_a_state_before_a_possessive_is_no_place_of_the_list_before_it(claims_of):
    claims = claims_of("At a ceremony in Helsinki, Indonesia's justice minister Hamid Awaluddin and Malik Mahmud "
                       "signed a Memorandum of Understanding.\n", "2005-08-15")
    assert "indonesia" not in all_roles(claims, "Signing", ("hasPlace",))
    assert "indonesia" in all_roles(claims, "Agreement", ("party",))


def test_a_state_before_a_possessive_place_noun_is_still_a_place(claims_of):
    claims = claims_of("Fighting raged in Syria and Iraq's Anbar province.\n", "2015-01-01")
    assert {"syria", "iraq"} <= all_roles(claims, "Event", ("hasPlace",))


def test_arap_joins_a_name(claims_of):
    claims = claims_of("Kenyan President Daniel arap Moi opened the peace talks in Nairobi.\n", "1998-01-01")
    assert "daniel-arap-moi" in all_roles(claims, "Negotiation", ("hasActor",))
    assert "daniel" not in all_roles(claims, "Negotiation", ("hasActor",))


@pytest.mark.parametrize("text", [
    "Greek sources say Turkish jets attacked the island of Imia in the war.",
    "Indian accounts say a Pakistani soldier fired first near the border post, and that the army only returned fire."])
def test_a_state_whose_sources_or_accounts_tell_an_act_takes_no_part_in_it(claims_of, text):
    roles = all_roles(claims_of(text + "\n", "2000-01-01"), "Attack")
    assert roles & {"turkey", "pakistan"} and not roles & {"greece", "india"}, text


@pytest.mark.parametrize("text", [
    "British troops shelled the port in Cyprus, Greek sources say.",
    "British troops shelled the port in Cyprus, officials say."])
def test_the_place_before_a_sayer_told_after_it_stays_a_place(claims_of, text):
    assert "cyprus" in all_roles(claims_of(text + "\n", "2000-01-01"), "Attack", ("hasPlace",)), text
