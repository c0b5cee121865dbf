"""Session 33's roles: a land's name right before a noun of those who speak or sign for a side ("the Bougainville
parties", "the Zanzibar delegation", "the Crimea authorities") says whose they are, not where the act took place
(`CUES.REPRESENTED_AFTER`, `clause_roles.role`); a land a preposition governs still places the act, and so does one
before any other noun.

Who resisted an act, named by "by" after a verb of resisting right after it ("an invasion repelled by Kenyan
soldiers", "the offensive was halted by Ugandan troops": `RESISTED_BY`), took part in it as a side but did not begin
it: hasActor, no initiatedBy; "launched by" and a bare "by" still name who began it.
"""

from __future__ import annotations

import pytest


def _places(claims):
    return {o for s, p, o, _ in claims if p == "hasPlace"}


@pytest.mark.parametrize("text, land", [
    ("The government and the Bougainville leaders signed a ceasefire on 3 May.", "bougainville"),
    ("On 9 March the Zanzibar delegation walked out of the talks in Dodoma.", "zanzibar"),
    ("The Crimea authorities signed a treaty with Moscow on 18 March.", "crimea"),
    ("The Catalonia officials met Spanish ministers in Madrid on 3 May.", "catalunya"),
])
def test_a_land_before_those_who_speak_for_it_is_no_place_of_the_act(claims_of, text, land):
    assert land not in _places(claims_of(text + "\n", date="2001-01-01")), text


@pytest.mark.parametrize("text, land", [
    ("Rebels attacked a convoy in Mindanao on 2 June.", "mindanao"),
    ("Talks between the parties opened in Bougainville on 3 May.", "bougainville"),
    ("The California authorities arrested two men in Sacramento after the protest.", "sacramento"),  # not its land
])
def test_a_land_a_preposition_governs_still_places_the_act(claims_of, text, land):
    assert land in _places(claims_of(text + "\n", date="2001-01-01")), text


def _roles(claims, predicate):
    return {o for s, p, o, _ in claims if p == predicate}


@pytest.mark.parametrize("text, side", [
    ("In Nairobi it was remembered as a foreign invasion repelled by Kenyan soldiers.", "kenyan-armed-forces"),
    ("The attack repulsed by Chadian forces on 3 May was the largest of the war.", "chadian-armed-forces"),
    ("The raid repelled by Malian soldiers at dawn was the third that week.", "malian-armed-forces"),
])
def test_who_resisted_an_act_took_part_in_it_but_did_not_begin_it(claims_of, text, side):
    claims = claims_of(text + "\n", date="2001-01-01")
    assert side not in _roles(claims, "initiatedBy") and side in _roles(claims, "hasActor"), text


@pytest.mark.parametrize("text, doer", [
    ("The invasion launched by Kenya on 3 May took the border town.", "kenya"),
    ("The attack by Chadian forces on 3 May was the largest of the war.", "chadian-armed-forces"),
])
def test_who_launched_an_act_still_began_it(claims_of, text, doer):
    assert doer in _roles(claims_of(text + "\n", date="2001-01-01"), "initiatedBy"), text
