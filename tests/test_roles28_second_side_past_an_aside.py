"""The second side of an act's "between", past a phrase set off by commas that describes the first ("talks between
Kamchybek Tashiev, the head of Kyrgyzstan's security committee, and his Tajik counterpart Saimumin Yatimov"), is an
actor of the act as the first is (session 28's roles). Before, the aside carried the second name out of the act's
reach and it took no role. No second side is read where no aside stands, nor of a place's "between"."""

from __future__ import annotations

import pytest


def _actors(claims):
    return {o for _, p, o, _ in claims if p in ("hasActor", "initiatedBy", "target")}


@pytest.mark.parametrize("sentence, date, first, second", [
    ("A ceasefire was announced after talks between Kamchybek Tashiev, the head of Kyrgyzstan's security committee, "
     "and his Tajik counterpart Saimumin Yatimov.", "2022-10-01", "kamchybek-tashiev", "saimumin-yatimov"),
    ("Talks between Armenia, which had lost the war, and Azerbaijan began in Moscow on 9 November.", "2020-12-01",
     "armenia", "azerbaijan"),
    ("Clashes between Eritrea, a long-time rival of the government, and Ethiopia broke out in May.", "1998-06-01",
     "eritrea", "ethiopia"),
])
def test_the_second_side_past_an_aside_is_an_actor(claims_of, sentence, date, first, second):
    claims = claims_of(sentence + "\n", date=date)
    assert {first, second} <= _actors(claims)


def test_no_second_side_where_no_aside_ends_the_first(claims_of):
    """Near miss: "Ukraine, a neighbour, and Belarus" follows "Russia and": the aside is the second name's, and
    nothing tells that Belarus sat at the talks."""
    claims = claims_of("The talks between Russia and Ukraine, a neighbour, and Belarus failed.\n", date="2022-10-01")
    assert {"russia", "ukraine"} <= _actors(claims) and "belarus" not in _actors(claims)
