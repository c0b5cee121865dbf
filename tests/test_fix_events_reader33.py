"""Guards for the second reading of session 33's event rules (branch fix-events-reader33), with invented sentences:
a signing planned and then done on the same day and place is one happening; supporters of an invasion, a man who
carries a bomb and blows himself up, a forward-looking accord and a leader who marches her supporters keep their
event; a man who died of his injuries after a fall was not killed.
"""

from __future__ import annotations

import pytest

from .test_extraction import typed


def test_a_signing_planned_and_then_done_on_its_day_is_one_happening(claims_of):
    text = ("The two presidents will sign the peace accord in Paris on 3 May. "
            "On 3 May they signed the accord in Paris.\n")
    assert len(typed(claims_of(text, date="1995-04-01"), "Signing")) == 1


@pytest.mark.parametrize("text", [
    "Supporters of the invasion of Iraq argued that it would bring peace.",
    "Putin's supporters cheered the invasion of Ukraine in Moscow."])
def test_supporters_of_an_invasion_leave_the_invasion(claims_of, text):
    assert typed(claims_of(text + "\n", date="2023-01-01"), "Attack"), text


def test_a_man_carrying_a_bomb_who_blew_himself_up_made_an_attack(claims_of):
    text = "A man carrying a bomb blew himself up in the market, killing 12.\n"
    assert typed(claims_of(text, date="2010-01-01"), "Attack")


def test_a_death_of_injuries_after_a_fall_is_no_killing(claims_of):
    text = "A man died from his injuries after a fall at work in Leeds.\n"
    assert not typed(claims_of(text, date="2010-01-01"), "Killing")


def test_a_forward_looking_agreement_signed_is_a_signing(claims_of):
    text = "The ministers signed a forward-looking agreement on trade in Geneva on 3 May 1991.\n"
    assert typed(claims_of(text, date="2001-01-01"), "Signing")


def test_a_leader_who_marches_her_supporters_to_parliament_leads_a_protest(claims_of):
    text = "She marched her supporters to parliament to demand reform.\n"
    assert typed(claims_of(text, date="2001-01-01"), "Protest")


def test_a_woman_marched_off_by_guards_is_no_protest(claims_of):
    assert not typed(claims_of("The guards marched her to the waiting van.\n", date="2001-01-01"), "Protest")
