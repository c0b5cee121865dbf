"""A body's rebels or militants named by its possessive are its members as much as "party rebels" (second reading of
session 36): "the party's rebels", "Labour's rebels" are no armed group the source named, as "the union's militants"
were none already; one rule (`people_groups.members_before`) reads the word of members for both.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Hamas fired rockets at Sderot on 3 May 2021. In London, the party's rebels attacked the leader's plan to cut "
    "taxes.",
    "Hamas fired rockets at Sderot on 3 May 2021. In London, Labour's rebels attacked the leader's plan to cut taxes.",
    "Hamas fired rockets at Sderot on 3 May 2021. In London, the union's militants attacked the leader's plan.",
])
def test_a_bodys_rebels_named_by_its_possessive_are_no_armed_group_the_source_named(claims_of, text):
    claims = claims_of(text + "\n", date="2022-01-01")
    acts = {s for s, p, o, _ in claims if o == "hamas" and p in ("hasActor", "initiatedBy")}
    assert acts and all("sderot" in s for s in acts), text


def test_the_rebels_with_no_word_of_members_are_still_the_group_the_source_named(claims_of):
    claims = claims_of("Hamas fired rockets at Sderot on 3 May 2021. In Gaza, the rebels attacked Israeli posts.\n",
                       date="2022-01-01")
    assert {s for s, p, o, _ in claims if o == "hamas" and p == "hasActor" and "sderot" not in s}
