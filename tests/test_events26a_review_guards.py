"""Guards of the review of events26a (session 26): sentences of other conflicts where its rules over-matched --
travellers and shells land, a king's speech and a motorcade are met, resistance leaders are met, a mutiny of
politicians or its charges, an airlift of one climber, soldiers pounding on doors -- each with the reading the
rule keeps.
"""

from __future__ import annotations

import pytest

from .test_extraction import typed


@pytest.mark.parametrize("text", [
    "Landing in Kigali on Monday, the envoy said the talks would resume.",
    "His landing at Entebbe was delayed by fog.",
    "After landing at Goma airport, the minister met aid workers.",
    "A mortar round fired by rebels landed near the market on 3 May.",
    "Rebel shells landed on the town on 3 May."])
def test_travellers_and_shells_landing_deploy_no_one(claims_of, text):
    assert not typed(claims_of(text + "\n", date="2010-01-01"), "Deployment"), text


def test_armed_men_landing_after_a_word_of_time_are_deployed(claims_of):
    text = "After landing at Port Said, the paratroopers seized the canal.\n"
    assert typed(claims_of(text, date="2010-01-01"), "Deployment")
