"""An act's noun as the object of a verb of denying or claiming is denied or reported, as "denied that" and "claimed
that" make it; a claim "to have" done a deed is unconfirmed (session 29).

The typing of "The army denied the massacre at Kibeho" and "The rebels claimed the capture of Mopti" was asserted:
the sentence vouches for neither. Only the noun phrase right after the verb is read so: "denied any involvement in
the attack", "claimed responsibility for the bombing", "denied ordering the killings" take the act as told.
"""

from __future__ import annotations

import pytest


def _modalities(extraction_of, text: str, cls: str) -> set[str]:
    claims = extraction_of(text + "\n", "2020-01-01").claims
    return {c.modality for c in claims if c.predicate == "type" and c.obj == cls}


@pytest.mark.parametrize(("text", "cls", "modality"), [
    ("The army denied the massacre at Kibeho.", "Killing", "Denied"),
    ("The army denied the bombing of the hospital in Idlib.", "Attack", "Denied"),
    ("The rebels claimed the capture of Mopti on Tuesday.", "Capture", "Reported"),
    ("Rebels claim capture of Mopti.", "Capture", "Reported"),
    ("Rebels claim to have shot down a jet over Misrata.", "Attack", "Unconfirmed"),
])
def test_an_act_denied_or_claimed_as_an_object_is_not_asserted(extraction_of, text, cls, modality):
    assert _modalities(extraction_of, text, cls) == {modality}


@pytest.mark.parametrize(("text", "cls"), [
    ("Moscow denied any involvement in the attack on the convoy.", "Attack"),
    ("Hamas claimed responsibility for the bombing in Jerusalem.", "Attack"),
    ("The government claimed victory in the battle for Kismayo.", "Battle"),
    ("Coard has always denied ordering the killings.", "Killing"),
])
def test_an_act_the_denied_or_claimed_words_take_as_told_stays_asserted(extraction_of, text, cls):
    assert _modalities(extraction_of, text, cls) == {"Asserted"}
