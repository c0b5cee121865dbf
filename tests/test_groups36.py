"""groups36: a group a noun for people names alone ("the hostages", "masked gunmen", "his crew",
`recognise.people_groups.unnamed`) is an actor of its own where its sentence tells an act: a cg:PopulationGroup, or a
cg:ArmedGroup for armed men, one per noun and source (its id holds the source's: "the hostages" of two sources are
two groups), taking its role in the act. Guards: a generic plural told of no act, a group a name or a demonym
qualifies, and sentences of other kinds of text (sport, business, science, weather, politics).
"""

from __future__ import annotations

import pytest

from .test_extraction import typed


def roles(claims, entity: str) -> set[str]:
    return {p for s, p, o, _ in claims if o == entity and p in ("hasActor", "initiatedBy", "target")}


@pytest.mark.parametrize("text, cls, group", [
    ("Masked gunmen attacked the convoy near Gulu on 3 May 2001.", "ArmedGroup", "gunmen-t"),
    ("Insurgents seized the airport at Kalu on 2 June 2004.", "ArmedGroup", "insurgents-t"),
    ("On 20 March 2009 soldiers fired on demonstrators outside the palace.", "PopulationGroup", "demonstrators-t"),
    ("British troops stormed the camp and freed the hostages on 10 September 2000.", "PopulationGroup",
     "hostages-t"),
])
def test_a_group_a_noun_alone_names_with_an_act_is_an_actor_of_its_source(claims_of, text, cls, group):
    claims = claims_of(text + "\n", date="2010-01-01")
    assert group in typed(claims, cls), text
    assert roles(claims, group), text


def test_one_noun_names_one_group_of_the_source(claims_of):
    text = ("Gunmen seized the school in Beslan on 1 September 2004. On 3 September the gunmen shot two teachers, "
            "and six gunmen were killed.\n")
    assert typed(claims_of(text, date="2010-01-01"), "ArmedGroup") >= {"gunmen-t"}
    assert not {e for e in typed(claims_of(text, date="2010-01-01"), "Actor") if "gunmen" in e} - {"gunmen-t"}


@pytest.mark.parametrize("text", [
    "Refugees often face hardship.",  # a generic plural, no act
    "Many villagers keep goats and grow maize on the slopes.",
    "The crew of the research vessel counted whales off the cape in May.",  # science
    "The attackers scored twice in the second half and the visitors won 3-1.",  # sport
    "Protesters gathered outside the stadium before the final on Sunday.",
    "Passengers faced delays of up to three hours after snow closed the runway.",  # weather
    "Shares rose after the strikers returned to the assembly line on Monday.",  # business
    "Pilgrims walked the last stage of the route to Santiago in June.",
])
def test_a_group_told_of_no_act_of_war_is_no_actor(claims_of, text):
    claims = claims_of(text + "\n", date="2015-01-01")
    assert not {s for s, p, o, _ in claims if p == "type" and o in ("PopulationGroup", "ArmedGroup")}, text


@pytest.mark.parametrize("text", [
    "American hostages were freed on 20 January 1981.",  # a demonym says whose: not the noun alone
    "Taliban gunmen attacked the school on 9 October 2012.",  # a name says whose
])
def test_a_group_a_name_or_a_demonym_qualifies_is_not_the_noun_alone(claims_of, text):
    claims = claims_of(text + "\n", date="2015-01-01")
    assert not {s for s, p, o, _ in claims if p == "type" and s in ("hostages-t", "gunmen-t")}, text


@pytest.mark.parametrize("text", [
    "Russia said it would defend Russian peacekeeping soldiers stationed in Tskhinvali, and its jets struck Gori.",
    "Napoleon raised an army and invaded Russia in 1812.",
    "Gunmen from the cartel shot two police officers in Culiacan on 5 January 2023.",
])
def test_a_states_men_no_word_tells_whose_are_no_force_of_their_own(claims_of, text):
    claims = claims_of(text + "\n", date="2024-01-01")
    assert not {s for s, p, o, _ in claims if p == "type" and s in ("army-t", "police-t")}, text


def test_the_army_and_the_police_no_force_named_before_are_the_sources_own(claims_of):
    claims = claims_of("The army fired on the crowd in Conakry on 28 September 2009, and the police arrested dozens.\n",
                       date="2010-01-01")
    assert {"army-t", "police-t"} <= typed(claims, "Actor")


def test_the_troops_are_the_one_force_named_before(claims_of):
    claims = claims_of("Guinean troops surrounded the stadium in Conakry on 28 September 2009. The troops then opened "
                       "fire on the rally.\n", date="2010-01-01")
    assert "army-t" not in typed(claims, "Actor")
    assert "guinean-armed-forces" in {o for s, p, o, _ in claims if p in ("hasActor", "initiatedBy")}


@pytest.mark.parametrize("text, group", [
    ("Libyan rebels stormed the compound in Tripoli on 23 August 2011. The rebels then seized the airport.",
     "libyan-rebels"),
    ("Hamas fired rockets at Sderot on 3 May 2021. Israel said the rebels had fired 300 rockets.", "hamas"),
])
def test_the_rebels_are_the_armed_group_the_source_named(claims_of, text, group):
    actors = typed(claims_of(text + "\n", date="2022-01-01"), "Actor")
    assert group in actors and "separatist-forces" not in actors, text


def test_the_rebels_of_a_source_that_named_two_groups_are_their_own(claims_of):
    text = "Hamas and Hezbollah fired rockets on 3 May 2021. The rebels fired again on 5 May.\n"
    assert "separatist-forces" in typed(claims_of(text, date="2022-01-01"), "Actor")


def test_a_group_that_opens_a_comment_of_saying_takes_no_part_but_one_told_after_a_comma_does(claims_of):
    """"Colonel Ruiz, the army has confirmed, led the raid": the army says, Ruiz acts (as in
    test_roles29_review_guards); "In May, the army shelled the town, and ten died" keeps the army the shelling's."""
    claims = claims_of("Colonel Ruiz, the army has confirmed, led the raid on the town.\n", date="2001-01-01")
    assert "army-t" not in typed(claims, "Actor")
    assert "ruiz" in {o for _, p, o, _ in claims if p in ("hasActor", "initiatedBy")}
    claims = claims_of("In May, the army shelled the town, and ten people died.\n", date="2001-01-01")
    assert "army-t" in {o for _, p, o, _ in claims if p in ("hasActor", "initiatedBy")}
