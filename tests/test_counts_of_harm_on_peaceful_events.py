"""A count of people harmed is never a meeting's, talks' or a signing's: a relative aside that tells a meeting
before an accusation of killing leaves the dead to the killing (the final review of session 26)."""

from __future__ import annotations

from .test_extraction import typed


def test_the_dead_after_a_meeting_in_an_aside_are_the_killings(claims_of):
    claims = claims_of("President Hosni Mubarak, who had met Arafat in Cairo, accused Israel of killing more than "
                       "150 Palestinians.\n", date="2000-10-20")
    killing, meeting = typed(claims, "Killing"), typed(claims, "Meeting")
    assert {s for s, p, _, _ in claims if p == "deaths"} == killing and killing
    assert not {s for s, p, _, _ in claims if p == "deaths"} & meeting


def test_the_dead_of_a_battle_told_after_talks_stay_the_battles(claims_of):
    claims = claims_of("After talks in Geneva failed, the battle for Kismayo killed 40 people on 3 May 2008.\n",
                       date="2008-05-10")
    assert {s for s, p, _, _ in claims if p == "deaths"} == typed(claims, "Battle")
