"""Guards for the final review of session 28's merged rules.

- The subject of a verb of dying ("Five civilians died", "are dead", "lost their lives") suffered the deaths: never
  their actor (`labels.passive_subject_end`).
"""

from __future__ import annotations

import pytest


def _roles(claims, predicates):
    return {(s, o) for s, p, o, _ in claims if p in predicates}


def _of_class(claims, cls):
    return {s for s, p, o, _ in claims if p == "type" and o == cls}


@pytest.mark.parametrize("sentence, date, dead", [
    ("Five Somali civilians died.", "1993-10-04", "somali-civilians"),
    ("Eight Cuban volunteers are believed to have died.", "1983-10-26", "cuban-volunteers"),
    ("Sixty-four Vietnamese sailors died.", "1988-03-14", "vietnam"),
    ("Three Iraqi officers are dead.", "1991-02-01", "iraq"),
])
def test_the_dead_are_no_actors_of_their_deaths(claims_of, sentence, date, dead):
    claims = claims_of(sentence + "\n", date=date)
    killings = _of_class(claims, "Killing")
    assert killings
    assert not any(o == dead for _, o in _roles(claims, {"hasActor", "initiatedBy"}))


def test_the_dead_named_by_a_people_group_are_the_target(claims_of):
    claims = claims_of("Five Somali civilians died.\n", date="1993-10-04")
    assert any((k, "somali-civilians") in _roles(claims, {"target"}) for k in _of_class(claims, "Killing"))


def test_who_killed_stays_the_actor(claims_of):
    """Near miss: an active verb of killing keeps its subject as actor."""
    claims = claims_of("Ethiopian troops killed five Somali civilians.\n", date="2007-01-10")
    assert any(o == "ethiopia" or "ethiopia" in o for _, o in _roles(claims, {"hasActor", "initiatedBy"}))
