"""Guards of the review of session 29's events29b rules: what they read wrong, mended.

An attack, a bombing or a killing "claimed" by its author is owned, as with "claimed responsibility for": the act
stays told (a gain claimed, "claimed the capture of Mopti", stays reported). "Taking effect" after a form of "be" or
of beginning is an effect felt ("air strikes were taking effect on the supply lines"), no entry into force; the
participle after an accord's noun ("a ceasefire taking effect at midnight") stays one.
One who is described as claiming a deed ("a man claiming to have witnessed", "veterans who claim to have fought")
hedges neither the act the deed touches nor the clause around it: only a finite "claim(ed) to have" is hearsay.
"""

from __future__ import annotations

import pytest

from .test_extraction import typed


def _modalities(extraction_of, text: str, cls: str) -> set[str]:
    claims = extraction_of(text + "\n", "2020-01-01").claims
    return {c.modality for c in claims if c.predicate == "type" and c.obj == cls}


@pytest.mark.parametrize(("text", "cls"), [
    ("Islamic State claimed the attack on the church in Kabul.", "Attack"),
    ("The Taliban claimed the bombing of the hotel in a statement.", "Attack"),
    ("The group claimed the killing of two soldiers near Gao.", "Killing"),
])
def test_a_blow_claimed_by_its_author_stays_told(extraction_of, text, cls):
    assert _modalities(extraction_of, text, cls) == {"Asserted"}


def test_a_gain_claimed_stays_reported(extraction_of):
    assert _modalities(extraction_of, "The guerrillas claimed the capture of Kismayo.", "Capture") == {"Reported"}


@pytest.mark.parametrize("sentence", [
    "Air strikes were taking effect on the rebel supply lines around Knin.",
    "Threats of sanctions against Serbia are taking effect, diplomats said.",
])
def test_an_effect_felt_is_no_entry_into_force(claims_of, sentence):
    assert not typed(claims_of(sentence + "\n", date="1995-04-30"), "EntryIntoForce")


@pytest.mark.parametrize(("text", "cls"), [
    ("A man claiming to have witnessed the massacre at Srebrenica testified on Monday.", "Killing"),
    ("Veterans who claim to have fought in the battle of Kursk met in Moscow.", "Battle"),
    ("Veterans who claim to have fought in the battle of Kursk met in Moscow.", "Meeting"),
])
def test_a_person_described_as_claiming_a_deed_hedges_no_act(extraction_of, text, cls):
    assert _modalities(extraction_of, text, cls) == {"Asserted"}
