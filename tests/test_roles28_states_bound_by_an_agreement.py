"""The states that act under an agreement are its parties (session 28's roles): "Russia armed Syria under a 2015
defence treaty", "The Soviet Union, which had armed Somalia under a 1974 friendship treaty, ...": who acts under it
is bound by it, and so is the state it acts on or in. Before, neither was a party. States only, and never one
before a word of saying or before another agreement the act was done to."""

from __future__ import annotations

import pytest


def _parties(claims):
    return {o for _, p, o, _ in claims if p == "party"}


@pytest.mark.parametrize("sentence, date, bound", [
    ("Russia armed Syria under a 2015 defence treaty.", "2016-01-01", {"russia", "syria"}),
    ("The Soviet Union, which had armed Somalia under a 1974 friendship treaty, turned to Ethiopia.", "1978-01-01",
     {"soviet-union", "somalia"}),
    ("France, which keeps a permanent military base in Djibouti under a defence agreement concluded in 1977, sent "
     "aid.", "2008-07-01", {"france", "djibouti"}),
])
def test_the_states_acting_under_an_agreement_are_its_parties(claims_of, sentence, date, bound):
    assert bound <= _parties(claims_of(sentence + "\n", date=date))


@pytest.mark.parametrize("sentence, date, unbound", [
    ("UN observers deployed to Kosovo under the agreement signed in June.", "2000-01-01", {"united-nations"}),
    ("Serbia said Kosovo had broken the truce under the Kumanovo agreement.", "2000-01-01", {"serbia", "kosovo"}),
])
def test_no_party_of_observers_a_speaker_or_a_name_before_another_agreement(claims_of, sentence, date, unbound):
    """Near misses: observers are bound by no treaty of their own; Serbia only says; Kosovo broke the truce."""
    assert not unbound & _parties(claims_of(sentence + "\n", date=date))
