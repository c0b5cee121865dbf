"""Acts a text holds out, asks for or says never happened, told as such (session 30, branch modality30).

A promise or a threat puts its act ahead ("promised elections within a year"), and so do a meeting "called" and one
that "might be held": Planned, not Asserted. An act named before "was not carried out" or "never took place" (an
aside set off by commas or a relative clause may stand between) is Denied, and so is what a cable says "WILL NOT
REPEAT NOT" happen. What "is said to have" happened is Unconfirmed, and what
someone "contended" is their word, as what they argued is. What happened stays told: a raid "carried out", an
offensive "called off", the writer's "it should be noted that", a summit held.
"""

from __future__ import annotations

import pytest


def _modality_of(extraction_of, text: str, word: str) -> str | None:
    """The modality of the typing claim told by `word`, None if no event is typed by it."""
    return next((c.modality for c in extraction_of(text).claims if c.predicate == "type" and c.exact == word), None)


@pytest.mark.parametrize("text, word", [
    ("The junta promised elections within a year.", "elections"),
    ("The East African Community has called an emergency summit on Burundi.", "summit"),
    ("The paper suggested that a summit under OAU auspices might be held before the end of the year.", "summit"),
])
def test_an_act_held_out_or_called_is_planned(extraction_of, text, word):
    assert _modality_of(extraction_of, text, word) == "Planned"


def test_a_so_called_act_is_no_meeting_called(extraction_of):
    text = "Recalls that the so-called election organised by Colonel Bacar in June 2007 is null and void;"
    assert _modality_of(extraction_of, text, "election") != "Planned"


@pytest.mark.parametrize("text, word", [
    ("A third raid on the port of Aden, planned for the dawn of 4 May, was not carried out.", "raid"),
    ("The referendum in Western Sahara never took place.", "referendum"),
    ("The plebiscite that the Italian premier proposed never took place.", "plebiscite"),
    ("FRENCH WILL NOT REPEAT NOT WITHDRAW TO LINES OF JULY 19.", "WITHDRAW"),
])
def test_an_act_named_before_it_never_happened_is_denied(extraction_of, text, word):
    assert _modality_of(extraction_of, text, word) == "Denied"


def test_an_act_said_to_have_happened_is_unconfirmed(extraction_of):
    text = "The colonel is said to have ordered the massacre at Bisesero."
    assert _modality_of(extraction_of, text, "massacre") == "Unconfirmed"


def test_what_a_side_contended_is_its_word(extraction_of):
    text = "Peru contended that Ecuador's attack on Tiwintza in 1995 was an unlawful use of force."
    assert _modality_of(extraction_of, text, "attack") == "Reported"


@pytest.mark.parametrize("text, word", [
    ("The raid on the port of Aden was carried out at dawn on 4 May.", "raid"),
    ("The army called off the offensive on Kismayo in June.", "offensive"),
    ("It should be noted that the army shelled Bunia on 3 May.", "shelled"),
    ("The summit held in Arusha in May ended without a deal.", "summit"),
    ("The rebels had to contend with an offensive on Kismayo in June.", "offensive"),
    ("The talks that followed the attack on Jaffna never took place.", "attack"),
    ("Should the ceasefire in Idlib fail, the refugees will not return.", "ceasefire"),
    ("As promised, the Ugandan troops withdrew from Bunia on 6 May.", "withdrew"),
    ("As demanded, the rebels released the hostages in Kidal.", "released"),
])
def test_an_act_that_happened_stays_told(extraction_of, text, word):
    assert _modality_of(extraction_of, text, word) == "Asserted"
