"""Guards for the final review of session 28's merged rules.

- The subject of a verb of dying ("Five civilians died", "are dead", "lost their lives") suffered the deaths: never
  their actor (`labels.passive_subject_end`).
- A ship an attack verb sank ("had sunk HQ-604", and each hull listed after a plural kind of ship: "sank three
  transport ships, HQ-604, HQ-605 and HQ-505") is its target, never its actor (`clause_roles._is_target`).
- A people group whose own last word names people who bear no arms ("Somali refugees", "Kurdish villagers") is no
  actor of the attack its sentence tells (`clause_roles._unarmed_people`).
- A town's name its fate tells a ship's ("The Cheonan was sunk") is the ship's own entity, not the town's: the attack on
  it has no place there (`recognise.stack._ships`).
- An act told as one side's account after a dated happening takes its date whatever cue of saying tells the account:
  the modality stage's ("complained that", "In the Tajik account, ...": `modality.ACCOUNT_TOLD`, one list).
- The owner of a side's account opening a clause ("By Eritrea's account, ...") tells the act: no actor, no place of
  it (`labels.owns_account`).
"""

from __future__ import annotations

import pytest


def _roles(claims, predicates):
    return {(s, o) for s, p, o, _ in claims if p in predicates}


def _of_class(claims, cls):
    return {s for s, p, o, _ in claims if p == "type" and o == cls}


@pytest.mark.parametrize("sentence, date, dead", [
    ("Five Somali civilians died.", "1993-10-04", "somali-civilians"),
    ("Eight Cuban volunteers are believed to have died.", "1983-10-26", "cuban-volunteers"),
    ("Sixty-four Vietnamese sailors died.", "1988-03-14", "vietnam"),
    ("Three Iraqi officers are dead.", "1991-02-01", "iraq"),
])
def test_the_dead_are_no_actors_of_their_deaths(claims_of, sentence, date, dead):
    claims = claims_of(sentence + "\n", date=date)
    killings = _of_class(claims, "Killing")
    assert killings
    assert not any(o == dead for _, o in _roles(claims, {"hasActor", "initiatedBy"}))


def test_the_dead_named_by_a_people_group_are_the_target(claims_of):
    claims = claims_of("Five Somali civilians died.\n", date="1993-10-04")
    assert any((k, "somali-civilians") in _roles(claims, {"target"}) for k in _of_class(claims, "Killing"))


def test_who_killed_stays_the_actor(claims_of):
    """Near miss: an active verb of killing keeps its subject as actor."""
    claims = claims_of("Ethiopian troops killed five Somali civilians.\n", date="2007-01-10")
    assert any(o == "ethiopia" or "ethiopia" in o for _, o in _roles(claims, {"hasActor", "initiatedBy"}))


@pytest.mark.parametrize("sentence, date, hulls", [
    ("The destroyers had sunk DD-21.", "1942-11-13", ["dd-21"]),
    ("Japanese destroyers sank two supply ships, AK-12 and AK-14.", "1942-11-13", ["ak-12", "ak-14"]),
    ("Argentine aircraft sank two frigates, F-88, F-90 and F-94.", "1982-05-21", ["f-88", "f-90", "f-94"]),
])
def test_the_hulls_an_attack_sank_are_its_targets(claims_of, sentence, date, hulls):
    claims = claims_of(sentence + "\n", date=date)
    attacks = _of_class(claims, "Attack")
    assert attacks
    for hull in hulls:
        assert any((a, hull) in _roles(claims, {"target"}) for a in attacks)
        assert not any((a, hull) in _roles(claims, {"hasActor", "initiatedBy"}) for a in attacks)


@pytest.mark.parametrize("sentence, date, group", [
    ("Western diplomats said 137 civilians killed in the shelling were Somali refugees.", "1992-05-01",
     "somali-refugees"),
    ("Aid workers said the victims of the bombing were Kurdish villagers.", "1988-03-20", "kurdish-villagers"),
])
def test_unarmed_people_named_as_a_group_are_no_actors(claims_of, sentence, date, group):
    claims = claims_of(sentence + "\n", date=date)
    assert not any(o == group for _, o in _roles(claims, {"hasActor", "initiatedBy"}))


def test_an_armed_people_group_still_acts(claims_of):
    """Near miss: soldiers bear arms: the group that attacked is the attack's actor."""
    claims = claims_of("Turkish soldiers attacked the town.\n", date="1974-07-20")
    assert _roles(claims, {"hasActor", "initiatedBy"})


@pytest.mark.parametrize("sentence, date, ship", [
    ("The Cheonan was sunk by a North Korean torpedo.", "2010-03-26", "cheonan-ship"),
    ("The Kursk was sunk by a torpedo.", "2000-08-12", "kursk-ship"),
    ("The Sheffield was sunk by an Argentine missile.", "1982-05-04", "sheffield-ship"),
])
def test_a_ship_named_as_a_town_is_no_place_of_the_attack_on_it(claims_of, sentence, date, ship):
    claims = claims_of(sentence + "\n", date=date)
    attacks = _of_class(claims, "Attack")
    assert attacks
    assert any((a, ship) in _roles(claims, {"target"}) for a in attacks)
    assert not _roles(claims, {"hasPlace"})


def _dates(claims, predicate="startDate"):
    return {(s, o) for s, p, o, _ in claims if p == predicate}


@pytest.mark.parametrize("account", [
    "Bolivian officers complained that Paraguayan troops shelled the fort.",
    "In the Paraguayan account, Bolivian troops shelled the fort.",
])
def test_an_account_told_by_any_saying_cue_takes_the_happenings_date(claims_of, account):
    text = f"Fighting began on 15 June 1932 at the lake.\n{account}\n"
    claims = claims_of(text, date="1932-06-20")
    attacks = _of_class(claims, "Attack")
    assert attacks and all((a, "1932-06-15") in _dates(claims) for a in attacks)


def test_an_act_told_outside_an_account_takes_no_date(claims_of):
    """Near miss: an act of no one's account moves the story on."""
    text = "Fighting began on 15 June 1932 at the lake.\nLater Bolivian troops shelled the fort.\n"
    claims = claims_of(text, date="1932-06-20")
    attacks = {a for a in _of_class(claims, "Attack") if "fort" in a or "bolivia" in a}
    assert not any((a, "1932-06-15") in _dates(claims) for a in attacks)


@pytest.mark.parametrize("sentence, date, owner", [
    ("By Eritrea's account, Ethiopian troops attacked first.", "1998-05-20", "eritrea"),
    ("In the Chinese account, Indian troops attacked first.", "1962-10-20", "china"),
    ("In Moscow's version, rebels shelled the market.", "1995-01-10", "moscow"),
])
def test_the_owner_of_an_account_takes_no_role_in_it(claims_of, sentence, date, owner):
    claims = claims_of(sentence + "\n", date=date)
    assert _of_class(claims, "Attack")
    assert not any(o == owner for _, o in _roles(claims, {"hasActor", "initiatedBy", "hasPlace", "target"}))


def test_a_side_named_by_all_accounts_still_acts(claims_of):
    """Near miss: "by all accounts" names no owner."""
    claims = claims_of("By all accounts, Eritrea attacked first.\n", date="1998-05-20")
    assert any(o == "eritrea" for _, o in _roles(claims, {"hasActor", "initiatedBy"}))
