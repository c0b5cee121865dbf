"""Which words of force name an act of war: whom and what a verb of seizing takes, what a ship sinks, who raids,
whom or what is executed. Each on a reviewer's sentence that read an act of war where there was none (or none
where there was one), and the sentence the rule was made for."""

from __future__ import annotations

import pytest

from .test_extraction import the_one, values


@pytest.mark.parametrize("text", [
    "The airline seized 20 passengers' luggage in Dubai.",
    "Customs officers seized 40 women's handbags at the airport in Lagos.",
    "The bank seized 300 homes of villagers in Kenya after the loans defaulted."])
def test_people_who_own_what_is_seized_are_not_taken(claims_of, text):
    """"seized 20 passengers' luggage", "seized 300 homes of villagers": the people own what is taken, no one is
    abducted and no count of the abducted is told."""
    claims = claims_of(text, date="2024-05-10")
    assert not {s for s, p, o, _ in claims if p == "type" and o == "Abduction"}
    assert not {o for _, p, o, _ in claims if p == "abducted"}


@pytest.mark.parametrize("text, taken", [
    ("Boko Haram militants stormed a school in Chibok in April 2014, seizing 276 girls.", "276"),
    ("Hamas gunmen attacked Israel on 7 October 2023, killing 1,200 people and taking some 250 hostages.", "250")])
def test_people_a_verb_of_seizing_takes_are_abducted(claims_of, text, taken):
    """"seizing 276 girls", "taking some 250 hostages": the people are what is taken, an abduction of them."""
    claims = claims_of(text, date="2024-05-10")
    assert values(claims, the_one(claims, "Abduction"), "abducted") == {taken}


@pytest.mark.parametrize("text", [
    "Shares sank as the carrier cut flights to Dubai.",
    "The ferry sank near the landing in Bangladesh, killing 30 people.",
    "Hopes sank as the destroyer Zumwalt failed its sea trials."])
def test_sank_is_no_attack_unless_a_warship_is_what_it_sank(claims_of, text):
    """"Hopes sank as the destroyer ...": the warship is no object of "sank"; "the carrier", "the landing" alone
    are an airline and a quay, no warships."""
    assert not {s for s, p, o, _ in claims_of(text, date="2024-05-10") if p == "type" and o == "Attack"}


@pytest.mark.parametrize("text, target", [
    ("On 2 May 1982 the British submarine HMS Conqueror sank the Argentine cruiser General Belgrano.", "argentina"),
    ("Ukrainian drones sank a Russian landing ship near Crimea.", "russia")])
def test_sank_with_a_warship_as_its_object_stays_an_attack(claims_of, text, target):
    """"sank the Argentine cruiser", "sank a Russian landing ship": an attack on the warship's state."""
    claims = claims_of(text, date="2024-05-10")
    assert target in values(claims, the_one(claims, "Attack"), "target")


@pytest.mark.parametrize("text", [
    "The FBI raid on Trump's Mar-a-Lago estate drew criticism from Republicans.",
    "Police raids on opposition offices in Dhaka continued on Monday.",
    "A raid by customs officers on a warehouse in Lagos found two tonnes of cocaine."])
def test_a_raid_by_the_law_is_no_attack(claims_of, text):
    """"The FBI raid on Trump's Mar-a-Lago estate" made an attack targeting Donald Trump: a raid by police, the FBI,
    customs is a search, no act of war."""
    claims = claims_of(text, date="2024-05-10")
    assert not {s for s, p, o, _ in claims if p == "type" and o == "Attack"}
    assert not {o for _, p, o, _ in claims if p == "target"}


@pytest.mark.parametrize("text, actor", [
    ("India said a raid by Indian warplanes destroyed a camp near Balakot on 26 February 2019.", "india"),
    ("The Hamas raid on southern Israel killed 1,200 people.", "hamas")])
def test_a_raid_by_armed_men_or_warplanes_stays_an_attack(claims_of, text, actor):
    """"a raid by Indian warplanes", "the Hamas raid": an attack by the state or group named."""
    claims = claims_of(text, date="2024-05-10")
    attack = the_one(claims, "Attack")
    assert actor in values(claims, attack, "hasActor") | values(claims, attack, "initiatedBy")


@pytest.mark.parametrize("text, event, named", [
    ("The vessel Russia seized in the Kerch Strait in November 2018 was returned.", "Capture", "russia"),
    ("Russia struck a cargo ship Ukraine said was carrying grain near Odesa on 30 July 2023.", "Attack", "ukraine")])
def test_a_state_after_a_kind_of_vessel_stays_named(claims_of, text, event, named):
    """"The vessel Russia seized", "a cargo ship Ukraine said": the state is the subject of a clause that tells of the
    vessel, no ship's name (as "the cruiser Moskva" is). Russia seized the vessel, and Ukraine is named."""
    claims = claims_of(text, date="2023-08-01")
    assert values(claims, the_one(claims, event), "hasActor") == {"russia"}
    assert (named, "type", "State", False) in claims


@pytest.mark.parametrize("text, killed", [
    ("The evacuation plan was executed on Monday without incident.", False),
    ("The contracts were executed on 1 March by both companies.", False),
    ("Two journalists were executed in the main square on 3 March.", True),
    ("Saddam Hussein was executed in Baghdad on 30 December 2006.", True)])
def test_was_executed_is_a_killing_of_people_not_of_a_plan_carried_out(claims_of, text, killed):
    """"The evacuation plan was executed", "The contracts were executed" made killings: a plan, a contract is carried
    out. People or a person executed are killed."""
    claims = claims_of(text, date="2021-03-04")
    assert bool({s for s, p, o, _ in claims if p == "type" and o == "Killing"}) is killed


def test_executed_before_a_count_of_things_counts_no_dead(claims_of):
    """"Troops executed 40 missions and killed 12 rebels": 40 missions are no dead; the 12 are the killing's."""
    claims = claims_of("Troops executed 40 missions and killed 12 rebels in Kidal in 2013.")
    assert values(claims, the_one(claims, "Killing"), "deaths") == {"12"}


def test_executed_attacks_are_attacks_no_killing(claims_of):
    """"Hamas fighters executed 3 attacks" made a Hamas killing of 3 dead: the attacks are Hamas's, with no count of
    dead."""
    claims = claims_of("Hamas fighters executed 3 attacks on Sderot in October 2023.")
    attack = the_one(claims, "Attack")
    assert values(claims, attack, "hasActor") == {"hamas"}
    assert not values(claims, attack, "deaths")
    assert not {s for s, p, o, _ in claims if p == "type" and o == "Killing"}


@pytest.mark.parametrize("text, deaths", [
    ("Human Rights Watch revealed that the army executed 12 men in Bucha in March 2022.", "12"),
    ("The Taliban executed more than 100 former soldiers in Kandahar in 2021.", "100")])
def test_executed_before_a_count_of_people_counts_them_dead(claims_of, text, deaths):
    """"executed 12 men", "executed more than 100 former soldiers": a word describing them may stand between."""
    claims = claims_of(text, date="2022-05-10")
    assert values(claims, the_one(claims, "Killing"), "deaths") == {deaths}


@pytest.mark.parametrize("text, actor, date", [
    ("Houthi rebels seized the cargo ship Galaxy Leader in the Red Sea on 19 November 2023.", "houthi-rebels",
     "2023-11-19"),
    ("Ukrainian forces captured a Russian ammunition depot near Izium on 8 September 2022.", "ukrainian-armed-forces",
     "2022-09-08")])
def test_seizing_a_ship_or_depot_named_by_its_goods_is_a_capture(claims_of, text, actor, date):
    """"seized the cargo ship", "captured a Russian ammunition depot": the goods word qualifies the vessel or the
    place taken, a capture; only goods taken ("seized weapons and documents") are none."""
    claims = claims_of(text, date="2023-12-01")
    capture = the_one(claims, "Capture")
    assert actor in values(claims, capture, "hasActor")
    assert values(claims, capture, "startDate") == {date}
