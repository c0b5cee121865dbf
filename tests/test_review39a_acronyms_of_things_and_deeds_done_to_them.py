"""s39 review of actors39: an acronym the source never spells out is no body where a deed is done to it ("the SMS was
sent", "the NPT was signed", "the SCUD was fired": a thing's, a treaty's, a weapon's), nor where it names a thing,
a weapon, an exam, a disease, a time zone or an office however it acts or owns ("the API returned", "the AWACS's
radar", "the SRSG said"); a body still where the passive tells one ("the MNLA was formed", "was driven out of Gao").
Its deeds after an adverb, a modal or an irregular past ("the LTTE then fired", "could not", "the MNLA took Gao") are
rows of tests/test_actors39_acronyms_that_act_or_own.py.
"""

from __future__ import annotations

import pytest

from .test_extraction import typed


@pytest.mark.parametrize("text", [
    "The SMS was sent to every resident of the town on Monday.",
    "The NPT was signed in 1968 and entered into force in 1970.",
    "The SCUD was fired from a launcher near the border.",
    "The MCAT was rescheduled because of the pandemic.",
    "The JSON was parsed by the server before the reply.",
    "The GRE is required by most graduate programmes.",
    "The API returned an error when the server restarted.",
    "The LED flashed red when the battery was low.",
    "The USB's cable was too short to reach the laptop.",
    "The AWACS's radar picked up the aircraft over the sea.",
    "The PTSD affected him for years after the war.",
    "The SRSG said the mission would stay until March.",
    "The GOC ordered the brigade to hold the bridge.",
])
def test_an_acronym_of_a_thing_or_one_a_deed_is_done_to_is_no_body(claims_of, text):
    actors = typed(claims_of(text + "\n", date="2015-01-01"), "Actor")
    assert not {a for a in actors if a.isalpha() and a.upper() in text}, (text, actors)




@pytest.mark.parametrize("text", [
    "In 2012 the MNLA was driven out of Gao by the Islamists.",
    "In 2012 the MNLA was formed in Gao by Tuareg veterans.",
    "In 2006 the LTTE was banned by the European Union.",
])
def test_a_passive_that_tells_a_body_keeps_it_one(claims_of, text):
    """Read on main too: these guard the passive's exceptions (`CUES.ACRONYM_UNDERGOES_AFTER`)."""
    actors = typed(claims_of(text + "\n", date="2015-01-01"), "Actor")
    assert {"mnla", "ltte"} & actors, (text, actors)
