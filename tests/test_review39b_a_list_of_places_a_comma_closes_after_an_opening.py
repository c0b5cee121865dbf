"""A phrase of place that opens its clause ends at its comma ("In Geneva, Russia and the United States signed": the
states after it act), but not when the names after that comma end in "and" and a comma closes them again ("On 3 May,
in Syria, Iraq and Lebanon, militants attacked bases"): the phrase lists places on, and its clause starts after them
(`clauses.OPENING_PLACES_GO_ON`). Opening39 read the rule in any sentence and after a first opening phrase, and so
made Iraq and Lebanon actors of attacks in other sentences than a text's first.
"""

from __future__ import annotations

import pytest

from .test_extraction import the_one, values


@pytest.mark.parametrize("text, cls, places, actors", [
    ("Talks dragged on. On 3 May, in Syria, Iraq and Lebanon, militants attacked bases.",
     "Attack", {"syria", "iraq", "lebanon"}, set()),
    ("Fighting spread. On Monday, in Syria, Iraq and Lebanon, Israel attacked Hezbollah positions.",
     "Attack", {"syria", "iraq", "lebanon"}, {"israel"}),
    ("Fighting spread. In Syria, Iraq, and Lebanon, Israel attacked Hezbollah positions.",
     "Attack", {"syria", "iraq", "lebanon"}, {"israel"}),
    ("Fighting spread. In Syria, Iraq, Jordan and Lebanon, the rebels attacked army bases.",
     "Attack", {"syria", "iraq", "jordan", "lebanon"}, set())])
def test_a_list_of_places_a_comma_closes_after_an_opening_phrase_stays_places(claims_of, text, cls, places, actors):
    claims = claims_of(text + "\n", date="2000-01-01")
    event = the_one(claims, cls)
    assert places <= values(claims, event, "hasPlace"), text
    assert not places & (values(claims, event, "hasActor") | values(claims, event, "initiatedBy")), text
    assert actors <= values(claims, event, "hasActor") | values(claims, event, "initiatedBy"), text


@pytest.mark.parametrize("text, sides", [
    ("Talks stalled. On 22 July, in Istanbul, Russia and Ukraine signed a grain deal.", {"russia", "ukraine"}),
    ("Talks stalled. In Geneva, Russia, the United States and China signed a deal.", {"united-states", "china"})])
def test_states_after_an_opening_place_with_no_closing_comma_still_act(claims_of, text, sides):
    claims = claims_of(text + "\n", date="2000-01-01")
    event = the_one(claims, "Signing")
    assert sides <= values(claims, event, "hasActor") and not sides & values(claims, event, "hasPlace"), text
