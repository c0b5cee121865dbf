"""Who suffered an act told by its active verb, by its noun and "of", or "under arrest" (session 30's roles).

- The actor named in the object of an act done to people ("Guatemalan police arrested two Honduran smugglers",
  "the expulsion of Sudanese diplomats", "shot down an Iraqi helicopter") suffered it: its target. Before, the
  object became the act's actor, beside the one who did it.
- "by" after the "of" object of such a noun ("the capture of Colonel Osei by Liberian troops") names who did it,
  as "by" right after the noun does; not "by" after a participle of its own ("the release of prisoners and a
  commission chaired by ...").
- Who is placed or held "under (house) arrest" was arrested.
- A state whose media tell of an act ("Nigerian state radio reported ...") only speaks of it.
"""

from __future__ import annotations

import pytest


def _roles(claims, predicates):
    return {(s, o) for s, p, o, _ in claims if p in predicates}


def _events(claims, cls):
    return {s for s, p, o, _ in claims if p == "type" and o == cls}


@pytest.mark.parametrize("sentence, cls, victim", [
    ("Guatemalan police arrested two Honduran smugglers near the border on 4 May.", "Arrest", "honduras"),
    ("Chad expelled Sudanese diplomats on Monday.", "Displacement", "sudan"),
    ("On 3 March Iranian gunners shot down an Iraqi helicopter over the marshes.", "Attack", "iraq"),
    ("The expulsion of Sudanese diplomats angered Khartoum.", "Displacement", "sudan"),
])
def test_the_actor_in_the_object_of_an_act_done_to_people_is_its_target_not_its_actor(
        claims_of, sentence, cls, victim):
    claims = claims_of(sentence + "\n", date="1990-06-01")
    events = _events(claims, cls)
    assert events and any(s in events and victim in o for s, o in _roles(claims, {"target"})), sentence
    assert not any(s in events and victim in o for s, o in _roles(claims, {"hasActor", "initiatedBy"})), sentence


@pytest.mark.parametrize("sentence, cls, agent", [
    ("The arrest of two Honduran smugglers by Guatemalan police caused an outcry.", "Arrest", "guatemala"),
    ("The killing of Kurdish villagers by Iraqi forces in 1988 was documented.", "Killing", "iraqi-armed-forces"),
])
def test_by_after_the_of_object_of_a_noun_of_harm_names_who_did_it(claims_of, sentence, cls, agent):
    claims = claims_of(sentence + "\n", date="1990-06-01")
    events = _events(claims, cls)
    assert any(agent in o for e in events for s, o in _roles(claims, {"initiatedBy"}) if s == e), sentence


def test_by_after_a_participle_of_its_own_names_no_agent_of_the_release(claims_of):
    claims = claims_of("It provides for the release of prisoners and a commission chaired by the Kenyan foreign "
                       "minister.\n", date="1990-06-01")
    releases = _events(claims, "Release")
    assert not any(s in releases for s, _ in _roles(claims, {"initiatedBy"}))


def test_who_is_placed_under_house_arrest_is_the_arrests_target(claims_of):
    claims = claims_of("On 5 June the mutineers seized the radio station and placed President Joseph Kabila under "
                       "house arrest.\n", date="2001-06-10")
    arrests = _events(claims, "Arrest")
    assert any((a, "joseph-kabila") in _roles(claims, {"target"}) for a in arrests)
    assert not any((a, "joseph-kabila") in _roles(claims, {"hasActor", "initiatedBy"}) for a in arrests)


@pytest.mark.parametrize("sentence, state", [
    ("Nigerian state radio reported two arrests near the border.", "nigeria"),
    ("Iranian television said three arrests had been made in Abadan.", "iran"),
])
def test_a_state_whose_media_tell_of_an_act_takes_no_part_in_it(claims_of, sentence, state):
    claims = claims_of(sentence + "\n", date="1990-06-01")
    assert state not in {o for _, o in _roles(claims, {"hasActor", "initiatedBy", "target"})}, sentence
