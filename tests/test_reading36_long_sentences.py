"""Rules of session 36 read a long sentence in time that grows with its length, not its square or cube (second reading
of session 36): the stretch of a charge's list between two commas is read word by word, never by splitting a word
(`modality.CHARGED_ITEM`), and a draft resolution's sentence is searched once for a state's name (`armed.named_in`).
Each text is timed against a bound far above the time it takes and far below the time the old reading took.
"""

from __future__ import annotations

import time

from .test_extraction import typed
from .test_modality35_asked_called_off_unproven import _modality_of

BOUND = 10  # seconds: the texts below take under one; the old readings took half a minute to hours


def test_a_charge_aside_with_a_long_unbroken_stretch_ends_in_time_and_leaves_the_verb_told(extraction_of):
    text = f"Mladic, accused of shelling Sarajevo, {'x' * 3000} near the old town, was arrested in 2011."
    began = time.monotonic()
    modality = _modality_of(extraction_of, text, "arrested")
    assert time.monotonic() - began < BOUND
    assert modality == "Asserted"


def test_a_draft_resolution_in_a_long_sentence_is_read_in_time_with_its_state(claims_of):
    text = "A draft resolution condemning the shelling was voted on by " + "the men and " * 700 + "France.\n"
    began = time.monotonic()
    claims = claims_of(text, "1990-01-01")
    assert time.monotonic() - began < BOUND
    assert len(typed(claims, "Resolution")) == 1
