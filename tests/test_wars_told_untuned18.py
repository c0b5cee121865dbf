"""Misreadings seen on texts about wars nobody tuned for (the Donbas war of 2014-15, the Black Sea Grain
Initiative of 2022-23, Kherson and the Kakhovka dam; /work/diag/untuned18). Each on the text's sentence and one
of our own of another shape."""

from __future__ import annotations

import pytest

from .test_extraction import the_one


@pytest.mark.parametrize("text, cls", [
    ("KIEV, Feb. 18 (Wire) - Ukrainian forces withdrew from the besieged railway town of Debaltseve on Wednesday, "
     "three days after a ceasefire agreed in Minsk was due to take effect, President Petro Poroshenko said.",
     "Withdrawal"),
    ("Officials said 40 people were killed in the shelling, hours before the truce was due to take effect.",
     "EntryIntoForce")])
def test_a_dateline_or_a_count_beside_a_scheduled_act_names_no_agreement(claims_of, text, cls):
    """"was due to take effect" in a sentence holding a dateline or a count: asking whether those mentions named
    an agreement looked their kind ("date", "deaths") up as a class, and the whole build failed."""
    assert the_one(claims_of(text, date="2015-02-18"), cls)
