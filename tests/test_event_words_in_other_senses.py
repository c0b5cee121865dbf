"""Event words of war that everyday English uses of sport, trade and crowds: "besieged", "capturing", "the killing
of" a count, "offensives", a mobilization, "met again", and a label across a pronoun joined after an act (review 22).
Each test holds a sentence of the other sense, where no event (or no count, no other actor) may be read, beside a
sentence of war where the word keeps its reading."""

from __future__ import annotations

import pytest

from .test_extraction import the_one, typed, values


@pytest.mark.parametrize("text", ["Fans besieged the stadium in Madrid after the win.\n",
                                  "Reporters besieged the minister outside parliament in London.\n"])
def test_a_crowd_that_besieged_a_place_or_a_person_laid_no_siege(claims_of, text):
    """"Fans besieged the stadium in Madrid" was a siege of Madrid: "besieged" needs armed men or an armed name as its
    subject, as "surrounded" and "took" do (`triggers.ARMED_MOVES`)."""
    assert not typed(claims_of(text, date="2024-05-01"), "Siege")
    claims = claims_of("Serb forces besieged Sarajevo from April 1992.\n", date="1995-08-01")
    assert values(claims, the_one(claims, "Siege"), "hasPlace") == {"sarajevo"}


@pytest.mark.parametrize("text, place", [
    ("In January 1996 fighters under Salman Raduyev took hostages in Kizlyar in Dagestan and were besieged in the "
     "village of Pervomayskoye.\n", "pervomayskoye"),
    ("Sarajevo was besieged by Serb forces from April 1992.\n", "sarajevo")])
def test_a_place_besieged_in_the_passive_with_no_agent_or_an_armed_one_is_a_siege(claims_of, text, place):
    """"were besieged in the village of Pervomayskoye" (Chechnya 1996), "was besieged by Serb forces": a passive
    with no agent or an armed one after "by" is a siege (`triggers.PASSIVE_MOVES`); one besieged by reporters none."""
    assert not typed(claims_of("The minister was besieged by reporters in London.\n", date="2024-05-01"), "Siege")
    claims = claims_of(text, date="2022-06-01")
    assert place in {o for s in typed(claims, "Siege") for o in values(claims, s, "hasPlace")}


@pytest.mark.parametrize("text", ["Amazon is capturing market share in Germany.\n",
                                  "The photographer was capturing the sunset over Lake Geneva.\n"])
def test_capturing_a_share_or_an_image_is_no_capture(claims_of, text):
    """"Amazon is capturing market share in Germany" was a capture in Germany: what is won, caught on film or held in
    mind is no ground taken (`triggers.CAUGHT`)."""
    assert not typed(claims_of(text, date="2024-05-01"), "Capture")
    claims = claims_of("After capturing the airport at Goma, the rebels moved south.\n", date="2012-12-01")
    assert values(claims, the_one(claims, "Capture"), "hasPlace") == {"goma"}


@pytest.mark.parametrize("text", ["The killing of two pandas at the zoo in Berlin shocked visitors.\n",
                                  "Zoo keepers mourned the killing of three gorillas in Cincinnati.\n"])
def test_the_killing_of_animals_counted_is_no_killing_and_counts_no_dead(claims_of, text):
    """"The killing of two pandas at the zoo in Berlin" was a killing of 2 dead: "the killing of" a count kills
    people counted, as "executed" does (`triggers.COUNTED_PEOPLE_ONLY`, quantities' `_VICTIMS`)."""
    claims = claims_of(text, date="2024-05-01")
    assert not typed(claims, "Killing") and not [c for c in claims if c[1] == "deaths"]
    claims = claims_of("The killing of 23 villagers near Beni was blamed on the militia.\n", date="2015-01-01")
    assert values(claims, the_one(claims, "Killing"), "deaths") == {"23"}


@pytest.mark.parametrize("text, cls", [
    ("The bank launched two marketing offensives in Madrid.\n", "Offensive"),
    ("Apple announced a general mobilization of its sales force in Berlin.\n", "Mobilisation"),
    ("Apple mobilized its sales force in Berlin.\n", "Mobilisation")])
def test_an_offensive_or_a_mobilization_of_sales_is_no_act_of_war(claims_of, text, cls):
    """"two marketing offensives in Madrid" was an offensive on Madrid: a qualifier of persuasion or sales before the
    word, or after "of" / the verb, makes it a campaign of words (`triggers.PERSUASION`, as "a diplomatic coup")."""
    assert not typed(claims_of(text, date="2024-05-01"), cls)
    claims = claims_of("In March the army launched two offensives against the rebel bases, and Armenia declared a "
                       "general mobilization of all reservists.\n", date="2020-10-01")
    assert typed(claims, "Offensive") and typed(claims, "Mobilisation")


def test_teams_that_met_in_a_final_held_no_meeting(claims_of):
    """"Celtic and Rangers met again in the cup final at Hampden" was a meeting in Hampden: "met" in a sentence of
    sport (`clauses.SPORTING`) tells a game."""
    assert not typed(claims_of("Celtic and Rangers met again in the cup final at Hampden on Saturday.\n",
                               date="2024-05-01"), "Meeting")
    claims = claims_of("The two foreign ministers met again in Geneva on Friday.\n", date="2016-05-18")
    assert values(claims, the_one(claims, "Meeting"), "hasPlace") == {"geneva"}


def test_a_label_keeps_the_actor_a_pronoun_joined_after_the_act_names_again(claims_of):
    """"Russian troops attacked Kyiv in February, but they withdrew in April": the withdrawal was labelled "withdrawal"
    (its IRI too), the pronoun read as a subject of its own; "they" are the troops (`scope.named_subject_joins`). A
    name joined so still parts the clauses' actors."""
    claims = claims_of("Russian troops attacked Kyiv in February, but they withdrew in April.\n", date="2022-05-01")
    assert the_one(claims, "Withdrawal").startswith("russian-armed-forces-withdrawal")
    claims = claims_of("Rebel troops took Goma in November 2012, and government forces withdrew in May 2013.\n",
                       date="2014-01-01")
    assert not the_one(claims, "Withdrawal").startswith("rebel")
