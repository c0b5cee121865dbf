"""Misreadings seen on texts about wars nobody tuned for (the Donbas war of 2014-15, the Black Sea Grain
Initiative of 2022-23, Kherson and the Kakhovka dam). Each on the text's sentence and one
of our own of another shape."""

from __future__ import annotations

import pytest

from .test_extraction import the_one


@pytest.mark.parametrize("text, cls", [
    ("KIEV, Feb. 18 (Wire) - Ukrainian forces withdrew from the besieged railway town of Debaltseve on Wednesday, "
     "three days after a ceasefire agreed in Minsk was due to take effect, President Petro Poroshenko said.",
     "Withdrawal"),
    ("Officials said 40 people were killed in the shelling, hours before the truce was due to take effect.",
     "EntryIntoForce")])
def test_a_dateline_or_a_count_beside_a_scheduled_act_names_no_agreement(claims_of, text, cls):
    """"was due to take effect" in a sentence holding a dateline or a count: asking whether those mentions named
    an agreement looked their kind ("date", "deaths") up as a class, and the whole build failed."""
    assert the_one(claims_of(text, date="2015-02-18"), cls)


@pytest.mark.parametrize("text, cls", [
    ("The United Nations says more than 5,600 people have been killed since the conflict began in April last year, "
     "when pro-Russian separatists seized government buildings in the eastern Donbas region weeks after Russia "
     "annexed Crimea.", "Capture"),
    ("Amnesty International said 200 civilians died after the army started a new offensive in the north.",
     "Offensive")])
def test_who_says_what_a_clause_reports_did_not_launch_it(claims_of, text, cls):
    """"The United Nations says ... since the conflict began ..., when separatists seized": with no "that" after
    the verb of saying, the speaker was taken for who began the seizure it reports."""
    claims = claims_of(text, date="2015-02-18")
    assert not {o for s, p, o, _ in claims if s == the_one(claims, cls) and p == "initiatedBy"} & {
        "united-nations", "amnesty-international"}


def test_who_says_it_launched_an_act_still_launched_it(claims_of):
    claims = claims_of("Turkey said it had launched an offensive against Kurdish fighters.", date="2019-10-10")
    assert ("offensive-t", "initiatedBy", "turkey", False) in claims


@pytest.mark.parametrize("text, date, cls, state", [
    ("The Soviet invasion of Afghanistan began in December 1979, and Soviet troops stayed for ten years.",
     "2000-01-01", "Attack", "afghanistan"),
    ("The NATO bombing of Serbia lasted 78 days.", "2000-01-01", "Attack", "serbia")])
def test_the_state_after_an_invasion_or_bombing_of_is_a_place_struck(claims_of, text, date, cls, state):
    """"the invasion of Afghanistan": the "of" of a noun of force takes the land struck; the state was made an
    actor of its own invasion."""
    claims = claims_of(text, date=date)
    event = the_one(claims, cls)
    assert (event, "hasPlace", state, False) in claims
    assert (event, "hasActor", state, False) not in claims


@pytest.mark.parametrize("text, event, state", [
    ("The Black Sea Grain Initiative was an agreement that allowed the export of grain, other foodstuffs and "
     "fertiliser from three Ukrainian ports on the Black Sea during the Russian invasion of Ukraine.",
     "russian-invasion-of-ukraine", "ukraine"),
    ("Missiles struck two Georgian ports on Monday, the government said.", "attack-on-georgia-t", "georgia")])
def test_a_state_named_with_its_ports_is_where_they_lie(claims_of, text, event, state):
    """"from three Ukrainian ports": a demonym before a port is where the port lies; Ukraine was made an actor of
    the invasion of itself."""
    claims = claims_of(text, date="2023-08-01")
    assert (event, "hasPlace", state, False) in claims
    assert (event, "hasActor", state, False) not in claims


@pytest.mark.parametrize("text, date, told, place", [
    ("Ukraine's southern counteroffensive began in late August 2022. Kherson remains under daily Russian shelling "
     "from across the river.", "2023-07-20", "ukraine-offensive-t", "kherson"),
    ("In July, rebels shot down a transport plane over Luhansk. Observers said shelling had been reported overnight "
     "near Donetsk airport.", "2014-09-01", "rebels-attack-on-luhansk-t", "donetsk-airport")])
def test_a_bare_attack_noun_is_no_one_sided_act_told_before(claims_of, text, date, told, place):
    """"Kherson remains under daily Russian shelling": a bare attack noun was read as the frame, Ukraine's
    counteroffensive (Russia became one of its actors), or the airliner shot down months before (Donetsk
    airport became its place). It is a happening of its own."""
    claims = claims_of(text, date=date)
    assert not {o for s, p, o, _ in claims if s == told and p == "hasPlace"} & {place}
    assert not {o for s, p, o, _ in claims if s == told and p == "hasActor"} & {"russia"}
    assert any(p == "hasPlace" and o == place for s, p, o, _ in claims)


@pytest.mark.parametrize("text, told, place", [
    ("In July, Malaysia Airlines Flight MH17 was shot down over rebel-held territory near the village of Hrabove, "
     "killing all 298 people on board. A spokesman for the mission said shelling had been reported in several places "
     "along the front line overnight, including near Donetsk airport.", "attack-on-hrabove-t", "donetsk-airport"),
    ("Rebels attacked a convoy near Luhansk on Monday. The head of the mission told reporters bombing had continued "
     "overnight near Mariupol.", "rebels-attack-on-luhansk-t", "mariupol")])
def test_the_article_before_a_verb_of_saying_is_the_speakers(claims_of, text, told, place):
    """"A spokesman for the mission said shelling had been reported": the "the" of "the mission" was taken for the
    shelling's, which then named the airliner shot down months before as "the" attack told."""
    claims = claims_of(text, date="2015-02-18")
    assert (told, "hasPlace", place, False) not in claims
    assert any(p == "hasPlace" and o == place for s, p, o, _ in claims)
