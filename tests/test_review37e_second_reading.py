"""s37 second reading: what the round's rules missed or read wrongly, each found by reading the merged code.

A party fired at "for two hours" or "over the weekend" was attacked (a length of time, no figure of blame); "from
armed groups" or "from both sides" is no critic; firing that broke out among workers or staff is shooting; talks a
clause of time or cause follows did not produce the agreement named after it, and "the following talks" are talks
after nothing.
"""

from __future__ import annotations

import pytest

from .test_dates37_talks_end_in_their_agreement import talks_ends
from .test_extraction import typed


@pytest.mark.parametrize("text", [
    "The convoy came under fire for two hours near Kidal.",
    "Government troops came under fire over the weekend near Bentiu.",
    "The patrol came under fire from armed groups near Gao.",
    "The monitors' convoy came under fire from both sides near Shyrokyne.",
    "Firing broke out between police and striking workers in the square at Marikana."])
def test_shots_told_with_a_length_of_time_an_armed_source_or_workers_attack(claims_of, text):
    assert typed(claims_of(text + "\n", date="2000-01-01"), "Attack"), text


@pytest.mark.parametrize("text", [
    "The minister came under fire for two of his remarks on the budget.",
    "The airline came under fire over its refund policy."])
def test_blame_for_or_over_a_thing_is_still_no_attack(claims_of, text):
    assert not typed(claims_of(text + "\n", date="2000-01-01"), "Attack"), text


def test_talks_a_clause_of_time_follows_did_not_produce_the_agreement(claims_of):
    text = "Talks in Geneva stalled until NATO air strikes led to the Dayton Agreement, signed on 14 December 1995."
    assert "1995-12-14" not in talks_ends(claims_of(text, "2000-01-01"))
