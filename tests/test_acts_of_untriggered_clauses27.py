"""A clause that tells an act with a past verb and its object, though no trigger names it, keeps its names from the
act of the clause joined after it (events27b): "On 3 May rebels ambushed a convoy near Gulu, and government troops
shelled Kitgum" tells no shelling at Gulu. The near-miss: a list of subjects before ", and" parts nothing ("Soldiers,
police, and civilians were killed in Bunia").
"""

from __future__ import annotations

import pytest

from .test_extraction import typed


def places_of(claims, cls: str) -> set[str]:
    events = typed(claims, cls)
    return {o for s, p, o, _ in claims if s in events and p == "hasPlace"}


@pytest.mark.parametrize("text, other", [
    ("On 3 May rebels ambushed a convoy near Gulu, and government troops shelled Kitgum in reprisal.", "gulu"),
    ("On 2 May fighters burned a police post near Mopti, and Malian jets bombed Tessalit.", "mopti")])
def test_a_joined_act_takes_no_place_of_the_clause_before(claims_of, text, other):
    claims = claims_of(text + "\n", date="2010-07-01")
    assert typed(claims, "Attack") and other not in places_of(claims, "Attack"), text


def test_a_list_of_subjects_parts_no_clause(claims_of):
    assert "bunia" in places_of(claims_of("Soldiers, police, and civilians were killed in Bunia on 4 May 2003.\n",
                                          date="2003-06-01"), "Killing")
