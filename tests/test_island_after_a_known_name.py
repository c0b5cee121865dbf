"""Land in water: a kind of it after a capitalised name is a word of that name, even where the name is a known place's:
"Ascension Island" is no Iceland ("Island", its German name, read by the foreign-name fallback); and a reef, a shoal
or an atoll after a name is a place of that name ("Johnson South Reef")."""

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


@pytest.mark.parametrize("text, place", [
    ("Marines waded ashore on Mischief Reef at low tide.", "Mischief Reef"),
    ("Coast guard cutters circled Second Thomas Shoal for a week.", "Second Thomas Shoal"),
    ("The tests went on at Mururoa Atoll until 1996.", "Mururoa Atoll"),
])
def test_a_reef_shoal_or_atoll_after_a_name_is_a_place(claims_of, text, place):
    claims = claims_of(text, "2000-01-01")
    assert any(p == "type" and v == "Place" and s == place.lower().replace(" ", "-") for s, p, v, _ in claims)


def test_a_reef_before_another_kind_keeps_that_kind(claims_of):
    claims = claims_of("The Reef Hotel was full that week.", "2000-01-01")
    assert not any(p == "type" and v == "Region" for _, p, v, _ in claims)
