"""Misreadings seen on texts about wars nobody tuned for (Gaza 2014, the Israel-Hezbollah war of 2024, the
Gaza truce of November 2023). Each on the text's sentence and one of our own."""

from __future__ import annotations

import pytest

from claimgraph.lang import cues

from .test_extraction import the_one, typed, values


@pytest.mark.parametrize("text, day", [
    ("On 23 September Israel launched a wave of air strikes on southern Lebanon. The Lebanese health ministry said "
     "558 people were killed that day, the deadliest day in Lebanon since the end of the civil war in 1990. On 27 "
     "September Israeli aircraft struck Hezbollah's headquarters in Dahieh.", "2024-09-27"),
    ("On 3 March 2019 the rebels shelled the port. It was the heaviest shelling since the signing of the accord of "
     "2011. On 5 March the army struck back.", "2019-03-05")])
def test_a_year_that_dates_what_a_span_counts_from_gives_no_year_to_a_later_day(claims_of, text, day):
    """"since the end of the civil war in 1990": the year dates the point the comparison counts from, not the
    story's time; the year-less "27 September" after it was dated 1990-09-27."""
    claims = claims_of(text, date="2025-06-01")
    assert day in {o for s, p, o, _ in claims if p == "startDate"}
    assert not {o for s, p, o, _ in claims if p == "startDate" and o.endswith(day[4:]) and o != day}


@pytest.mark.parametrize("before, counted", [
    ("the deadliest day in Lebanon since the end of the civil war in ", True),
    ("the town had been quiet since the army withdrew in ", False),
    ("the town had been quiet since the war broke out in ", False)])
def test_a_year_after_since_and_a_past_verb_of_any_form_tells_a_time_no_point_of_comparison(before, counted):
    """"since the war broke out in 2011" tells when, as "since the army withdrew in" would with an -ed verb; the
    noun phrase only excluded -ed verbs (review20, finding 9)."""
    assert (cues("dates").SINCE_YEAR.search(before) is not None) is counted


@pytest.mark.parametrize("text, attack", [
    ("On 7 October 2023 Hamas-led gunmen attacked Israeli towns. Israel declared war the next day.", "Attack"),
    ("Armed men from the north attacked Ethiopian villages. Ethiopia declared war.", "Attack")])
def test_a_war_declared_when_no_war_was_told_is_no_attack_told_before(claims_of, text, attack):
    """"Israel declared war the next day": the declared war was read as the attack told before it (typed War,
    its declarer an actor of the attack); with no war told, the declaration tells a war of its own."""
    claims = claims_of(text, date="2023-12-05")
    assert not typed(claims, attack) & typed(claims, "War")
    assert typed(claims, "War")


@pytest.mark.parametrize("text, war_class, act_date", [
    ("On 7 October 2023 Hamas-led gunmen attacked Israeli towns. Israel declared war the next day and began an air "
     "campaign, followed by a ground offensive in northern Gaza from 27 October.", "War", "2023-10-27"),
    ("Ethiopia declared war on Eritrea in June 1998 and launched an air campaign against Asmara.", "War", None)])
def test_an_indefinite_act_after_a_war_of_its_sentence_is_an_act_of_that_war(claims_of, text, war_class, act_date):
    """"declared war ... and began an air campaign, followed by a ground offensive ... from 27 October": the
    campaign and the offensive were read as the war itself (typed Offensive, started on 27 October)."""
    claims = claims_of(text, date="2023-12-05")
    war = the_one(claims, war_class)
    assert "Offensive" not in {o for s, p, o, _ in claims if s == war and p == "type"}
    assert not values(claims, war, "startDate")
    acts = typed(claims, "Offensive")
    assert acts and all(values(claims, act, "partOf") == {war} for act in acts)
    if act_date:
        assert act_date in {o for act in acts for o in values(claims, act, "startDate")}


@pytest.mark.parametrize("text, war, start, initiator", [
    ("In the Yom Kippur War, Egypt launched a surprise attack on 6 October 1973.", "yom-kippur-war", "1973-10-06",
     "egypt"),
    ("The Gulf War of 1991 was a war fought by a coalition against Iraq, and a ground offensive began on 24 February "
     "1991.", "gulf-war", None, None)])
def test_a_dated_act_opening_an_undated_war_told_as_its_setting_starts_it(claims_of, text, war, start, initiator):
    """"In the Yom Kippur War, Egypt launched a surprise attack on 6 October 1973": read as an act of the war,
    the attack took the war's first day and initiator (review20, finding 7); the Gulf War's ground offensive,
    told after the war, stays an act fought in it."""
    claims = claims_of(text, date="2000-01-01")
    assert values(claims, war, "startDate") == ({start} if start else set())
    assert values(claims, war, "initiatedBy") == ({initiator} if initiator else set())


@pytest.mark.parametrize("text, parties", [
    ("The deal was approved by the Israeli cabinet on 22 November and announced by Qatar the same day.", {"israel"}),
    ("The treaty was signed by Ethiopia and Eritrea and was later endorsed by the African Union.",
     {"ethiopia", "eritrea"})])
def test_who_announced_an_agreement_after_its_parties_is_no_party(claims_of, text, parties):
    """"approved by the Israeli cabinet ... and announced by Qatar": the "by" of the parties, earlier in the
    sentence, made the announcer a party too; the cue nearest a name is the one that governs it."""
    claims = claims_of(text, date="2023-12-05")
    assert {o for s, p, o, _ in claims if p == "party"} == parties
