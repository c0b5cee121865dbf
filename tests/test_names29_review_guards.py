"""Review guards of session 29's names29 rules: an abbreviated rank or "Rt Hon" before another title names the person
after the last ("Lt. Col. Oliver North", "the Rt. Hon. Lord Carrington"); "the Brig Amelia" is a ship, no brigadier;
"Operation Coral Reef" is an operation, no reef."""

from __future__ import annotations

import pytest

from .test_names import found


@pytest.mark.parametrize("text, name", [
    ("Lt. Col. Oliver North shredded the files in November 1986.", "Oliver North"),
    ("Lt. General Sani Abacha took power in Abuja.", "Sani Abacha"),
    ("Brig. Gen. John Nicholson led the column to Delhi.", "John Nicholson"),
    ("Lt. Governor Ruth Cole toured the refugee camp.", "Ruth Cole"),
    ("Lt. Commander Sam Price radioed the carrier.", "Sam Price"),
    ("The Rt. Hon. Lord Carrington resigned over the invasion.", "Lord Carrington"),
    ("Rt Hon Mr Edward Heath replied to the question.", "Edward Heath"),
])
def test_an_abbreviated_rank_or_a_style_before_another_title_names_the_person_after_the_last(recognisers, text, name):
    assert found(recognisers, text)[name][0] == "Person"


def test_the_brig_before_a_name_is_a_ship_no_brigadier(recognisers):
    named = found(recognisers, "The Brig Amelia ran aground off Halifax in 1813.")
    assert "Person" not in {cls for cls, _ in named.values()}
    assert found(recognisers, "Brig Mohammed Yusuf commanded the garrison.")["Mohammed Yusuf"][0] == "Person"


def test_a_lone_surname_after_two_abbreviated_ranks_is_a_person_quoted_with_both(extraction_of):
    typed = {c.exact for c in extraction_of("On 2 May Lt. Col. Okonjo said the bridge was down.", "1990-01-01").claims
             if c.predicate == "type" and getattr(c.obj, "value", c.obj) == "Person"}
    assert "Lt. Col. Okonjo" in typed


@pytest.mark.parametrize("text, operation", [
    ("Operation Coral Reef began on 3 May 1970.", "Operation Coral Reef"),
    ("Operation Red Shoal ended in June 1968.", "Operation Red Shoal"),
    ("Operation Atoll began on 6 May 1946.", "Operation Atoll"),
])
def test_an_operation_named_for_a_reef_is_no_place(claims_of, text, operation):
    claims = claims_of(text, "1990-06-01")
    subject = operation.lower().replace(" ", "-")
    assert (subject, "type", "Operation") in {(s, p, v) for s, p, v, _ in claims}
    assert not any(s == subject and p == "type" and v in ("Region", "Place") for s, p, v, _ in claims)
