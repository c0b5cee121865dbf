"""A body "seized of" a matter keeps it before it: no capture.

Seen on session 25's texts (set A): a resolution's closing "Decides to remain actively seized of the matter" was typed
a Capture, a spurious event. Near miss: a town seized stays a capture.
"""

from __future__ import annotations

import pytest

from .test_extraction import typed


@pytest.mark.parametrize("text", [
    "10. Decides to remain actively seized of the matter.",
    "The Security Council decided to remain seized of the situation in the region.",
    "The Assembly will remain seized of the question of the islands.",
])
def test_a_council_seized_of_a_matter_captures_nothing(claims_of, text):
    assert not typed(claims_of(text), "Capture")


def test_a_town_seized_is_captured(claims_of):
    assert typed(claims_of("Rebels seized the town hall of Goma on Monday."), "Capture")
