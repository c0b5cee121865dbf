"""Session 36's second review of groups36 and events36: sentences of other kinds of text that the new rules misread,
each a guard that failed before its mend. A group a noun alone names at the text's first word is unarmed as anywhere
else; a party's militants are no armed group, nor its rebels the armed group the source named; "its soldiers" after
another state in their sentence are no force named before; a drill's fire, fire "back at" critics and the dead of a
crash, a derailment or the flu (with no verb, or "were killed" with no arms told) are no attack and no killing; a lead
or a prize seized is no capture.
"""

from __future__ import annotations

import pytest

from .test_extraction import typed


def test_a_group_of_unarmed_people_opening_the_text_is_no_side_of_the_fighting(claims_of):
    claims = claims_of("Thousands of villagers fled on 3 May as fighting spread.\n", date="2015-01-01")
    clashes = typed(claims, "Clash")
    assert not {s for s, p, o, _ in claims if s in clashes and o == "villagers-t" and p in ("hasActor", "initiatedBy")}


@pytest.mark.parametrize("text", [
    "The party militants attacked the leadership over the defeat on Sunday.",
    "Militants within the party attacked the leadership over the defeat on Sunday.",
    "Militants in the union struck at the car plant on Monday.",
])
def test_a_partys_militants_are_no_armed_group(claims_of, text):
    assert not typed(claims_of(text + "\n", date="2015-01-01"), "ArmedGroup"), text


def test_militants_in_the_hills_are_still_an_armed_group(claims_of):
    claims = claims_of("Militants in the hills attacked the convoy near Gulu on 3 May 2001.\n", date="2015-01-01")
    assert "militants-t" in typed(claims, "ArmedGroup")


def test_its_soldiers_after_another_state_are_no_force_named_before(claims_of):
    claims = claims_of("Syrian troops attacked Homs on 3 May 2012. Turkey said its soldiers shot down a Syrian jet on "
                       "the border.\n", date="2015-01-01")
    acts = {s for s, p, o, _ in claims if o == "syrian-armed-forces" and p in ("hasActor", "initiatedBy")}
    assert acts and all("homs" in s for s in acts)


@pytest.mark.parametrize("text", [
    "The crew seized the lead on the final leg of the race.",
    "The crew captured the award for best film at Cannes.",
])
def test_a_lead_or_a_prize_won_is_no_capture(claims_of, text):
    assert not typed(claims_of(text + "\n", date="2015-01-01"), "Capture"), text


@pytest.mark.parametrize("text", [
    "The army fired back at critics of the budget on Monday.",
    "The soldiers fired back at the reporters' questions during the press conference.",
    "The soldiers fired repeatedly during a training exercise near Tapa on 3 May.",
    "The army fired back in the dispute over pensions on Monday.",
])
def test_fire_in_words_or_in_a_drill_is_no_attack(claims_of, text):
    assert not typed(claims_of(text + "\n", date="2015-01-01"), "Attack"), text


@pytest.mark.parametrize("text", [
    "Ten passengers dead after bus overturns near Lyon.",
    "Two children dead after train derailed near Lyon.",
    "Flu: 12 villagers dead in the district, officials say.",
    "Passengers were killed when the bus overturned near Lyon on 3 May.",
    "Five passengers were killed in a bus crash near Lyon on 3 May.",
    "Twelve villagers were killed by the flu in the district.",
])
def test_a_toll_of_an_accident_or_an_illness_is_no_killing(claims_of, text):
    assert not typed(claims_of(text + "\n", date="2015-01-01"), "Killing"), text


@pytest.mark.parametrize("text", [
    "Five passengers were killed when a shell hit their bus near Donetsk on 3 May 2015.",
    "Twelve villagers were killed when gunmen attacked the village after the flood.",
])
def test_a_killing_with_arms_told_beside_a_mishap_is_still_a_killing(claims_of, text):
    assert typed(claims_of(text + "\n", date="2016-01-01"), "Killing"), text


@pytest.mark.parametrize("text, group", [
    ("Hamas fired rockets at Sderot on 3 May 2021. In London, the rebels in the Labour Party attacked the leader's "
     "plan to cut taxes.", "hamas"),
    ("The Taliban seized Kunduz on 28 September 2015. In Washington, the rebels of the Democratic Party attacked the "
     "speaker.", "taliban"),
    ("Hamas fired rockets at Sderot on 3 May 2021. In London, backbench rebels attacked the government over the "
     "bill.", "hamas"),
    ("The Taliban seized Kunduz on 28 September 2015. Shareholder rebels attacked the board's pay plan on Monday.",
     "taliban"),
])
def test_the_rebels_of_a_party_are_no_armed_group_the_source_named(claims_of, text, group):
    claims = claims_of(text + "\n", date="2022-01-01")
    acts = {s for s, p, o, _ in claims if o == group and p in ("hasActor", "initiatedBy")}
    assert acts and all("kunduz" in s or "sderot" in s for s in acts), text


def test_the_rebels_in_a_month_are_the_armed_group_the_source_named(claims_of):
    """A date after "the rebels in" names no body: the rebels stay the group named before (a month is no class of
    entity, once a crash of `naming._rebels_of_a_body`)."""
    claims = claims_of("The Taliban seized Kunduz on 28 September 2015. The rebels in May 2016 attacked Lashkar Gah.\n",
                       date="2022-01-01")
    assert {s for s, p, o, _ in claims if o == "taliban" and p in ("hasActor", "initiatedBy")} - typed(claims, "Capture")
