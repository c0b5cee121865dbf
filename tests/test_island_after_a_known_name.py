"""A kind of land in water after a capitalised name is a word of that name, even where the name is a known place's:
"Ascension Island" is no Iceland ("Island", its German name, read by the foreign-name fallback)."""

from __future__ import annotations

import pytest


def _states(claims) -> set[str]:
    return {subject for subject, predicate, value, _ in claims if predicate == "type" and value == "State"}


@pytest.mark.parametrize("text", [
    "The transports refuelled on Ascension Island before the drop.",
    "The fleet anchored off Christmas Island for the night.",
    "Marines landed on Wake Island at dawn.",
])
def test_island_after_a_name_is_no_state(claims_of, text):
    assert "iceland" not in _states(claims_of(text, "1964-11-30"))


def test_island_alone_after_a_lower_case_word_is_still_read(claims_of):
    assert "iceland" in _states(claims_of("Reykjavik protested, and Island was named in the German papers.", "1964-11-30"))
