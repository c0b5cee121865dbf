"""The reviewer's sentences against the rules of events25a (review-events25a): relations of a budget, of trade, of a
president's mistress or a king's son are no diplomatic act; a football defence, a defence case, a hotel's front or a
"Popular Front" government that collapsed is no military collapse; a farmer burning his fields or critics "torching" a
plan is no attack; a body of states voting to extend a summit or renew a term adopts no resolution; a habitual or
conditional "is killed" is no killing, and a timeline's "is killed in a bomb blast" leaves the blast its date; a
capital breaking off relations after its state did tells the same act; "had not left ... until today" still denies.
"""

from __future__ import annotations

import pytest

from .test_extraction import typed


def _typed_any(claims, *classes):
    return set().union(*(typed(claims, cls) for cls in classes))


@pytest.mark.parametrize("text", [
    "The ministry cut its relations budget by half in 2019.",
    "Trade relations between Kenya and Uganda were restored in 2003.",
    "The president broke off relations with his mistress in 1998.",
    "The king restored relations with his estranged son in 1936."])
def test_relations_of_a_budget_of_trade_or_of_a_family_are_no_diplomatic_act(claims_of, text):
    assert not _typed_any(claims_of(text + "\n", date="2020-01-01"), "Rupture", "Restoration"), text


def test_a_state_cutting_relations_with_a_state_is_still_a_rupture(claims_of):
    assert typed(claims_of("Turkey cut relations with Israel in September 2011.\n", date="2012-01-01"), "Rupture")


@pytest.mark.parametrize("text", [
    "Chelsea's defence collapsed in the second half of the final in May 2012.",
    "The defence case collapsed in court in March 2004 when the witness recanted.",
    "The front of the old hotel collapsed during the storm in 1999.",
    "The Popular Front government collapsed in June 1937."])
def test_a_team_s_defence_a_court_case_a_facade_or_a_front_government_is_no_collapse(claims_of, text):
    assert not typed(claims_of(text + "\n", date="2013-01-01"), "Collapse"), text


def test_a_garrison_that_collapsed_is_still_a_collapse(claims_of):
    assert typed(claims_of("The garrison at Dien Bien Phu collapsed on 7 May 1954.\n", date="1955-01-01"), "Collapse")


@pytest.mark.parametrize("text", ["The farmer set fire to his fields to clear them in the spring of 2001.",
                                  "Critics torched the defence minister's budget plan in 2011."])
def test_burning_stubble_or_torching_a_plan_is_no_attack(claims_of, text):
    assert not typed(claims_of(text + "\n", date="2012-01-01"), "Attack"), text


@pytest.mark.parametrize("text", ["The African Union voted to extend its summit in Addis Ababa by one day in 2008.",
                                  "The Arab League voted to renew the secretary-general's term in 2011."])
def test_a_body_of_states_voting_to_extend_a_summit_or_renew_a_term_adopts_no_resolution(claims_of, text):
    assert not typed(claims_of(text + "\n", date="2012-01-01"), "Resolution"), text


@pytest.mark.parametrize("text", ["In this war a soldier is killed every day on the eastern front.",
                                  "Civilians are killed when the army shells villages near Idlib.",
                                  "The hero is killed in the last scene of the 1979 film about Vietnam."])
def test_a_habitual_conditional_or_narrated_is_killed_is_no_killing(claims_of, text):
    assert not typed(claims_of(text + "\n", date="2012-01-01"), "Killing"), text


def test_a_timeline_s_killing_in_a_bomb_blast_leaves_the_blast_its_date(claims_of):
    claims = claims_of("3 March 2004 - A UN envoy is killed in a bomb blast in Baghdad.\n", date="2005-01-01")
    attacks = typed(claims, "Attack")
    assert attacks and any((a, "startDate", "2004-03-03") in {(s, p, o) for s, p, o, _ in claims} for a in attacks)


def test_a_capital_breaking_off_relations_after_its_state_tells_the_same_rupture(claims_of):
    claims = claims_of("Ecuador broke off diplomatic relations with Colombia after the raid. Quito broke off diplomatic "
                       "relations to protest the violation of its territory.\n", date="2008-06-01")
    assert len(typed(claims, "Rupture")) == 1


def test_not_until_today_still_denies(extraction_of):
    typing = [c for c in extraction_of("As of Friday Russian troops had not left the village of Bucha until today.\n",
                                       "2022-03-04").claims
              if c.predicate == "type" and getattr(c.obj, "value", c.obj) == "Withdrawal"]
    assert not typing or all(c.modality == "Denied" for c in typing)
