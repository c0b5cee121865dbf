"""Acts a rule of session 24 found that another reading took for something told before (review47): a resolution
a body voted for became the agreement a later sentence names, armed men advancing joined the attack of the
sentence before, and "The Crimea peninsula" opening a sentence became a region of its own. Each on the
reviewer's sentence."""

from __future__ import annotations

from .test_extraction import the_one, typed, values


def test_a_resolution_a_body_voted_for_is_no_agreement_a_later_sentence_names(claims_of):
    claims = claims_of("The Organization of American States voted 20-1 to deplore the intervention. "
                       "The ceasefire agreement collapsed in May.")
    resolution = the_one(claims, "Resolution")
    assert "Ceasefire" not in {o for s, p, o, _ in claims if s == resolution and p == "type"}
    assert values(claims, resolution, "party") == {"organization-of-american-states"}
    assert typed(claims, "Ceasefire") - {resolution}


def test_armed_men_advancing_push_on_their_own_not_in_the_act_told_before(claims_of):
    claims = claims_of("Rebels attacked a convoy near Goma. "
                       "The Salvadoran army advanced along the main road towards the capital.")
    push = the_one(claims, "Offensive")
    attack = the_one(claims, "Attack")
    assert push != attack
    assert "salvadoran-armed-forces" not in values(claims, attack, "hasActor")


def test_a_known_region_named_before_peninsula_at_a_sentences_start_is_that_region(claims_of):
    claims = claims_of("The Crimea peninsula was annexed by Russia in 2014.", date="2014-05-01")
    assert "crimea" in typed(claims, "Region") and "crimea-peninsula" not in typed(claims, "Region")


def test_soldiers_who_fought_in_the_war_took_part_in_it_and_no_clash_of_its_own(claims_of):
    """"fought" is a clash only where no noun names the fight: "in the war" names it (a sayer's claim about who
    fought stays about the war, and the sayer initiates nothing); "in the streets" does not."""
    claims = claims_of("Armenia claimed that Turkish soldiers fought in the war. Troops fought in the streets of Mogadishu.")
    war = the_one(claims, "War")
    assert "turkish-armed-forces" in values(claims, war, "hasActor")
    assert not {s for s, p, o, _ in claims if p == "initiatedBy" and o == "armenia"}
    assert "mogadishu" in values(claims, the_one(claims, "Clash"), "hasPlace")
