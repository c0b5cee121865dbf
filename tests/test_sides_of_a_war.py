"""How a text tells the sides of a war: its toll on both sides, a declaration of war or of its end, one
side's offensive through the other's lines. Each on an encyclopedia's sentence and one of another war."""

from __future__ import annotations

import pytest

from .test_extraction import the_one, values

ERITREA = "The Eritrean–Ethiopian War was fought between Ethiopia and Eritrea from May 1998 to June 2000. "
CHACO = "The Chaco War was fought between Bolivia and Paraguay from June 1932 to June 1935. "
FALKLANDS = "The Falklands War was fought between Argentina and the United Kingdom in 1982. "


@pytest.mark.parametrize("text, deaths", [
    (ERITREA + "Tens of thousands of soldiers were killed on both sides; estimates range from 70,000 to 100,000 dead.",
     "70000"),
    (CHACO + "Thousands of soldiers were killed on each side; estimates range from 85,000 to 130,000 dead.", "85000")])
def test_a_toll_on_both_sides_is_the_wars_and_a_range_counts_its_lower_bound(claims_of, text, deaths):
    """"were killed on both sides" tells the war's toll, no killing of its own; "from 70,000 to 100,000 dead"
    is a range, read as its lower bound."""
    claims = claims_of(text)
    war = the_one(claims, "War")
    assert not any(p == "type" and o == "Killing" for _, p, o, _ in claims)
    assert {(s, o) for s, p, o, _ in claims if p == "deaths"} == {(war, deaths)}


@pytest.mark.parametrize("text, declared, started", [
    (ERITREA + "The war began on 6 May 1998, when a clash near Badme escalated. Eritrea occupied Badme, and Ethiopia "
     "declared war on 13 May.", "ethiopia", {"1998-05", "1998-05-06"}),
    (CHACO + "Bolivian troops attacked a Paraguayan fort in June 1932, and Paraguay declared war on 10 May 1933.",
     "paraguay", {"1932-06"})])
def test_a_war_declared_is_the_war_told_and_the_declaration_dates_no_start(claims_of, text, declared, started):
    """A declaration of war on a war the text tells is that war, the declaring state one of its sides; the
    declaration's day is not when the war began (the text said so), nor that of a second war."""
    claims = claims_of(text)
    war = the_one(claims, "War")
    assert declared in values(claims, war, "hasActor")
    assert {o for _, p, o, _ in claims if p == "startDate"} == started


@pytest.mark.parametrize("text, ended", [
    ("The Sierra Leone Civil War was fought between the government and the Revolutionary United Front. Sierra Leone "
     "and Liberia declared the state of war over in January 2002.", "2002-01"),
    (FALKLANDS + "The British government declared the war over on 20 June 1982.", "1982-06-20"),
    ("The Sierra Leone Civil War (1991-2002) was an armed conflict between the government and the Revolutionary "
     "United Front. President Kabbah declared the war over on 18 January 2002.", "2002-01-18")])
def test_a_war_declared_over_ends_at_the_declaration(claims_of, text, ended):
    """"declared the state of war over in January 2002": the date ends the war, it starts nothing; a day within
    the end the source told before ("(1991-2002)") says that end more precisely."""
    claims = claims_of(text)
    war = the_one(claims, "War")
    assert ended in values(claims, war, "endDate") and ended not in values(claims, war, "startDate")


@pytest.mark.parametrize("text, ended", [
    (ERITREA + "Prime Minister Abiy Ahmed accepted it in June 2018, and the two countries declared the state of war "
     "over in July 2018.", "2000-06"),
    ("The Korean War was fought between North Korea and South Korea from June 1950 to July 1953. Decades later the "
     "two Koreas declared the state of war over in April 2018.", "1953-07")])
def test_a_war_its_source_has_ended_keeps_that_one_end_date_when_declared_over_later(claims_of, text, ended):
    """"fought ... from May 1998 to June 2000" ... "declared the state of war over in July 2018": the formal end of a
    state of war, years later, is no second end of the war the source has already ended (one end date a source)."""
    claims = claims_of(text)
    war = the_one(claims, "War")
    assert values(claims, war, "endDate") == {ended}


@pytest.mark.parametrize("text, attacker, defender", [
    ("A final Ethiopian offensive in May 2000 broke through Eritrean lines near Barentu.", "ethiopia", "eritrea"),
    ("A Russian offensive in May 2022 broke through Ukrainian defences near Popasna.", "russia", "ukraine")])
def test_one_sides_offensive_through_the_others_lines_is_the_first_sides_act_on_the_second(
        claims_of, text, attacker, defender):
    """"A final Ethiopian offensive": the demonym's state began it (no event named after a place); whose lines
    it broke through is its target, none of its actors. "in May" after it is the month, no modal verb."""
    claims = claims_of(text)
    offensive = the_one(claims, "Offensive")
    assert values(claims, offensive, "initiatedBy") == {attacker}
    assert values(claims, offensive, "target") == {defender}
    assert defender not in values(claims, offensive, "hasActor") | values(claims, offensive, "initiatedBy")


@pytest.mark.parametrize("text, side, initiated", [
    ("The Chinese offensive in the smartphone market hurt Apple in India.", "china", set()),
    ("The Chinese charm offensive in Africa won friends.", "china", set()),
    ("The Brazilian attack was blunted by the Argentine defence in the final in Doha.", "brazil", set()),
    ("A final Ethiopian offensive in May 2000 broke through Eritrean lines near Barentu.", "ethiopia", {"ethiopia"})])
def test_a_demonym_before_an_offensive_of_trade_persuasion_or_sport_names_no_state_acting(
        claims_of, text, side, initiated):
    """"The Chinese offensive in the smartphone market", "the Chinese charm offensive", "The Brazilian attack ...
    in the final": a firm's country or a team, no state beginning or taking part in an act; "A final Ethiopian
    offensive" ("final" qualifies the act) is still Ethiopia's."""
    claims = claims_of(text)
    act = {s for s, p, o, _ in claims if p == "type" and o in ("Offensive", "Attack")}
    assert {o for s, p, o, _ in claims if s in act and p == "initiatedBy"} == initiated
    assert side not in {o for s, p, o, _ in claims if s in act and p in ("hasActor", "target")}


@pytest.mark.parametrize("text, mediator", [
    ("On 18 June 2000 the two sides signed a ceasefire, the Agreement on Cessation of Hostilities, in Algiers, "
     "mediated by the Organisation of African Unity.", "organisation-of-african-unity"),
    ("On 30 October 1983 the two sides agreed to a truce mediated by the Organisation of Eastern Caribbean States.",
     "organisation-of-eastern-caribbean-states")])
def test_a_body_the_gazetteer_does_not_know_mediates_the_ceasefire(claims_of, text, mediator):
    """"mediated by the Organisation of African Unity": a body named by its kind first is the ceasefire's mediator."""
    claims = claims_of(text)
    assert values(claims, the_one(claims, "Ceasefire"), "mediator") == {mediator}


@pytest.mark.parametrize("text, sides", [
    (ERITREA + "On 18 June 2000 the two sides signed a ceasefire, the Agreement on Cessation of Hostilities, in Algiers, "
     "mediated by the Organisation of African Unity.", {"ethiopia", "eritrea"}),
    (CHACO + "On 12 June 1935 the two sides signed a ceasefire in Buenos Aires.", {"bolivia", "paraguay"})])
def test_the_two_sides_that_sign_an_agreement_are_the_two_states_of_the_war_told(claims_of, text, sides):
    """"the two sides signed a ceasefire": its parties are the two states the text made the war's sides, derived
    (the sentence names them by what they are to the war)."""
    claims = claims_of(text)
    ceasefire = the_one(claims, "Ceasefire")
    assert {(o, derived) for s, p, o, derived in claims if s == ceasefire and p == "party"} == {(s, True) for s in sides}


@pytest.mark.parametrize("text", [
    ERITREA + "The Algiers Agreement, signed on 12 December 2000, formally ended the war and set up a boundary "
              "commission.",
    CHACO + "The Treaty of Buenos Aires, signed on 21 July 1938, formally ended the war."])
def test_an_agreement_ends_the_war_across_the_participle_phrase_of_its_signing(claims_of, text):
    """"The Algiers Agreement, signed on 12 December 2000, formally ended the war": the signing's phrase
    does not part the agreement from its verb of ending."""
    claims = claims_of(text)
    [agreement] = {s for s, p, o, _ in claims if p == "type" and o == "Agreement" and s != the_one(claims, "War")}
    assert values(claims, agreement, "ends") == {the_one(claims, "War")}


@pytest.mark.parametrize("text", [
    ERITREA.replace("May 1998 to June 2000", "1998 to 2000") + "Years later in Germany, the two parties signed a "
                                                                  "coalition agreement in Berlin.",
    ERITREA + "Fighting broke out in South Sudan in December 2013 between government troops and rebels loyal to Riek "
              "Machar. In August 2015 the two sides signed a peace agreement in Addis Ababa."])
def test_the_two_sides_of_a_war_sign_only_a_halting_agreement_told_near_the_war(claims_of, text):
    """"the two parties signed a coalition agreement" made Ethiopia and Eritrea its parties: the war's sides sign
    as such only an agreement that halts fighting, and only while the text still tells of the war or its sides."""
    claims = claims_of(text)
    assert not {o for _, p, o, _ in claims if p == "party"} & {"ethiopia", "eritrea"}
