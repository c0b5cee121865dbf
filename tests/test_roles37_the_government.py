"""Roles of session 37: a bare "the government" is the government of the state the source names most, an actor or a
party where a name of that state would be (`extract.governments`, `lang.en.coreference.THE_GOVERNMENT`); with the
near-misses it must leave alone: a compound ("the government bonds", "the government lawyers"), "the government of
X" / "in X" / "'s", "the new government", and a text that names no state."""

from __future__ import annotations

import pytest

from .test_extraction import typed, values

ROLES = ("hasActor", "initiatedBy", "target", "hasPlace", "party")


def all_roles(claims, cls: str, predicates=ROLES) -> set[str]:
    return {o for e in typed(claims, cls) for p in predicates for o in values(claims, e, p)}


def government_names(extraction) -> set[str]:
    """The entities the words "the government" were typed as a name of."""
    return {c.subject for c in extraction.claims if c.predicate == "type" and c.exact.lower() == "the government"}


@pytest.mark.parametrize("text, cls, state", [
    ("Sri Lanka's war with the Tamil Tigers began in 1983. In February 2002 the government and the LTTE signed a "
     "ceasefire in Colombo.", "Signing", "sri-lanka"),
    ("Colombia has fought guerrillas for fifty years. In 2016 the government and the rebels signed a peace agreement "
     "in Havana.", "Signing", "colombia"),
    ("The fighting in Mozambique went on for fifteen years. In October 1992 the government and RENAMO signed a peace "
     "accord in Rome.", "Agreement", "mozambique"),
    ("The war in Nepal lasted ten years. The accord was signed in Kathmandu by Prime Minister Koirala for the Government "
     "and by Chairman Prachanda for the Maoists.", "Agreement", "nepal"),
])
def test_the_government_is_the_state_the_text_is_about(claims_of, text, cls, state):
    assert state in all_roles(claims_of(text + "\n", "2020-01-01"), cls), text


def test_talks_with_the_government_have_the_state_as_actor(claims_of):
    claims = claims_of("Guatemala's civil war lasted 36 years. The guerrillas met church leaders in Oslo, and direct "
                       "talks with the government opened in Mexico City in April 1991.\n", "2000-01-01")
    assert "guatemala" in all_roles(claims, "Negotiation")


def test_the_state_named_most_is_the_government_not_a_host(extraction_of):
    ex = extraction_of("The Philippines has fought the MILF on Mindanao since 1978. Malaysia hosted talks in Kuala "
                       "Lumpur. The Philippines army kept its positions. In 2014 the government and the MILF signed "
                       "a peace agreement.\n", "2014-03-27")
    assert government_names(ex) == {"philippines"}


def test_the_government_of_a_ruler_is_the_state(extraction_of):
    ex = extraction_of("Rebels advanced across the Central African Republic. In January the government of President "
                       "Bozize and the rebels signed an agreement in Libreville.\n", "2013-01-11")
    assert government_names(ex) == {"central-african-republic"}


def test_the_government_is_never_where_an_act_was(claims_of):
    claims = claims_of("The war in Nicaragua had lasted seven years. At Sapoa, near the Costa Rican border, the "
                       "government and the contras signed a ceasefire.\n", "1988-03-24")
    assert "nicaragua" in all_roles(claims, "Signing", ("hasActor",))
    assert "nicaragua" not in all_roles(claims, "Signing", ("hasPlace",))


@pytest.mark.parametrize("text", [
    # business: a compound, the bonds of a government
    "Germany's economy grew in March, and the government bonds rallied on the news from Berlin.",
    # courts: the lawyers of a government, and a government told by its state
    "In the Hague the government lawyers of Chad argued the case, and the government of Libya replied.",
    # sport: a minister of the government, and the government's own stadium
    "Kenya beat Uganda 2-0 in Nairobi, and the government minister opened the government's new stadium.",
    # weather: the offices of the government
    "The typhoon hit the Philippines on Monday, and the government offices in Manila were closed.",
    # an article and an adjective: another government, perhaps
    "Italy's parliament voted on Tuesday, and the new government was sworn in on Friday.",
    # a capital tells whose government it is
    "Afghanistan's army was thin, and the government in Kabul asked for help.",
])
def test_a_compound_a_possessor_or_an_adjective_names_no_state(extraction_of, text):
    assert not government_names(extraction_of(text + "\n", "2020-01-01")), text


def test_nothing_where_no_state_is_named(extraction_of):
    ex = extraction_of("The government fell after the vote, and the opposition leader was asked to form a cabinet.\n",
                       "2020-01-01")
    assert not government_names(ex)


@pytest.mark.parametrize("text, state", [
    ("The government withdrew from the truce, brokered by Qatar, on 3 May 2011.", None),
    ("Sudan's war in Darfur went on. In Sudan the government and JEM signed a ceasefire in April 2004, with Chad and "
     "the African Union as mediators, and Chad hosted the signing.", "sudan"),
])
def test_a_go_between_is_no_sides_government(extraction_of, text, state):
    assert government_names(extraction_of(text + "\n", "2011-05-04")) == ({state} if state else set()), text
