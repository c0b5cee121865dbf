"""Acts kept apart, and acts kept together, on sentences of review 21: a clause joined after a negation tells an
act of its own; an act told within a known war is an act of it, not the war; "later" as an adverb sets no war
apart; whom a thing was lost to acts in nothing; "the attacks" may name the one attack its paragraph told; a count
reaches the act named in a later clause when its own clause names none."""

from __future__ import annotations

import pytest


def _about(claims, subject: str, predicate: str) -> set[str]:
    return {o for s, p, o, _ in claims if s == subject and p == predicate}


def _typed(claims, cls: str) -> set[str]:
    return {s for s, p, o, _ in claims if p == "type" and o == cls}


@pytest.mark.parametrize("verb", ["fired rockets at", "attacked", "shelled"])
def test_an_act_joined_after_a_negation_is_another_act(extraction_of, verb):
    """"Israel did not attack Iran and Hezbollah fired rockets at Haifa": resolve named one act per family and
    sentence, so Hezbollah's rockets were the attack not made, typed both Denied and asserted, with Hezbollah and
    Haifa as its asserted actor and place. The clause joined after the negation tells an act of its own."""
    claims = extraction_of(f"Israel did not attack Iran and Hezbollah {verb} Haifa.", "2024-05-01").claims
    denied = {c.subject for c in claims if c.predicate == "type" and c.obj == "Attack" and c.modality == "Denied"}
    made = {c.subject for c in claims if c.predicate == "type" and c.obj == "Attack" and c.modality != "Denied"}
    assert len(denied) == 1 and len(made) == 1 and not denied & made
    [act] = made
    assert {("hasActor", "hezbollah"), ("hasPlace", "haifa")} <= {
        (c.predicate, getattr(c.obj, "value", c.obj)) for c in claims if c.subject == act}


@pytest.mark.parametrize("text, war, act_class", [
    ("In the Korean War, Chinese troops launched an offensive on 25 November 1950.", "korean-war", "Offensive"),
    ("In the Iran-Iraq War, Iran launched an offensive on Basra on 9 January 1987.", "iran-iraq-war", "Offensive"),
    ("In the Yom Kippur War, the Israeli army launched a counterattack on 15 October 1973.", "yom-kippur-war",
     "Attack")])
def test_an_act_told_within_a_known_war_is_an_act_of_it_not_the_war(claims_of, text, war, act_class):
    """"In the Korean War, Chinese troops launched an offensive on 25 November 1950": read as the act that opened
    the war, the offensive was merged into it, and the Korean War began on 25 November 1950, initiated by the
    Chinese forces, typed Offensive. The act stays an act of the war, which takes nothing of it: no word says the
    act opened the war."""
    claims = claims_of(text, date="2000-01-01")
    assert not {p for s, p, o, _ in claims if s == war and p in ("startDate", "initiatedBy")}
    assert act_class not in _about(claims, war, "type")
    acts = _typed(claims, act_class)
    assert acts and all(_about(claims, act, "partOf") == {war} for act in acts)


def test_the_act_that_opened_a_war_gives_it_its_start_not_its_class(claims_of):
    """"In the Yom Kippur War, Egypt launched a surprise attack on 6 October 1973": the attack, merged into the
    war, gave it its first day and initiator, and its class too (the war typed Attack). A surprise attack opens the
    war: an act of it, whose day and doer are the war's."""
    claims = claims_of("In the Yom Kippur War, Egypt launched a surprise attack on 6 October 1973.", date="2000-01-01")
    assert "Attack" not in _about(claims, "yom-kippur-war", "type")
    assert _about(claims, "yom-kippur-war", "startDate") == {"1973-10-06"}
    assert _about(claims, "yom-kippur-war", "initiatedBy") == {"egypt"}
    assert {"yom-kippur-war"} == {o for s, p, o, _ in claims if p == "partOf" and "Attack" in _about(claims, s, "type")}


@pytest.mark.parametrize("text, predicate, value", [
    ("The Iran-Iraq War began in September 1980. Eight years later the war ended with a ceasefire.", "endDate",
     "1988"),
    ("The Iran-Iraq War began in September 1980. Years later the war spread to the Gulf.", "hasPlace", "gulf")])
def test_an_adverb_of_time_before_the_war_sets_no_other_war_apart(claims_of, text, predicate, value):
    """"Eight years later the war ended": the adverb "later" was read as the adjective of "the later war in
    Tigray", and a new war took the end and the ceasefire. Only an adjective after a determiner sets a war apart."""
    claims = claims_of(text, date="2000-01-01")
    assert value in _about(claims, "iran-iraq-war", predicate)
    assert not {s for s, p, o, _ in claims if p == "type" and o == "War"} - {"iran-iraq-war"}


def test_whom_a_thing_was_lost_to_before_an_adverb_and_a_passive_acts_in_nothing(claims_of):
    """"The land lost to Azerbaijan was later shelled by Armenian forces": the adverb between "was" and "shelled"
    hid the passive verb, "lost to" was read as the finite verb, and Azerbaijan, who gained the land, became an
    actor of the Armenian shelling."""
    claims = claims_of("The land lost to Azerbaijan was later shelled by Armenian forces.", date="2021-01-01")
    assert not any(o == "azerbaijan" and p in ("hasActor", "initiatedBy", "target") for s, p, o, _ in claims)
    assert {"armenian-armed-forces"} <= {o for s, p, o, _ in claims if p in ("hasActor", "initiatedBy")}


def test_the_attacks_may_name_the_one_attack_its_paragraph_told(claims_of):
    """"Russia launched a massive missile attack on Kyiv on 10 October 2022. The attacks killed 19 people.": the
    plural was kept from any attack a singular noun told, and the dead went to a new attack with no place and no
    date. Within its paragraph "the attacks" may name the one attack told (only an earlier paragraph's is another)."""
    claims = claims_of("Russia launched a massive missile attack on Kyiv on 10 October 2022. The attacks killed 19 "
                       "people.", date="2022-10-11")
    [attack] = _typed(claims, "Attack")
    assert "19" in _about(claims, attack, "deaths") and "kyiv" in _about(claims, attack, "hasPlace")


def test_a_count_reaches_a_later_clause_naming_the_happening_again_when_its_own_names_none(claims_of):
    """"At least 40 people died in Kano, and the bombing was later claimed by Boko Haram": a count keeps to its own
    clause's event, and the dead went to no event at all. A definite noun of the later clause names the happening
    the count's clause told without an event word: the bombing's dead."""
    claims = claims_of("At least 40 people died in Kano, and the bombing was later claimed by Boko Haram.",
                       date="2015-01-01")
    [attack] = _typed(claims, "Attack")
    assert _about(claims, attack, "deaths") == {"40"}
