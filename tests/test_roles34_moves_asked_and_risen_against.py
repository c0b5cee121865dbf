"""Session 34's roles: who is asked to agree to a move, sets its date or provides for it is no actor of it when the
move's own "of" names who moved ("called upon Ethiopia and Eritrea to agree to the withdrawal of Ethiopian forces":
`clause_roles._moved_by_other`); a move told as done, or whose "of" names no one ("of its troops"), keeps the name
before it. Whom officers rose or mutinied against, after an owner's word or "the government of" ("rose against the
government of Julio Mendez", "mutinied against their French officers": `CUES.TARGET_CUE`), is the revolt's target, no
actor of it.
"""

from __future__ import annotations

import pytest


def _role(claims, predicate):
    return {o for s, p, o, _ in claims if p == predicate}


def _actors(claims):
    return _role(claims, "hasActor") | _role(claims, "initiatedBy")


@pytest.mark.parametrize("text, asked, mover", [
    ("The Security Council called upon Ethiopia and Eritrea to agree to the withdrawal of Ethiopian forces.",
     "eritrea", "ethiopian-armed-forces"),
    ("The government of Lebanon should set a date for the withdrawal of Syrian troops.", "lebanon",
     "syrian-armed-forces"),
    ("The mediators asked Chad to agree to the withdrawal of Libyan troops from the strip.", "chad",
     "libyan-armed-forces"),
])
def test_who_is_asked_to_agree_to_a_move_another_makes_is_no_actor_of_it(claims_of, text, asked, mover):
    actors = _actors(claims_of(text + "\n", date="2001-01-01"))
    assert asked not in actors and mover in actors, text


@pytest.mark.parametrize("text, mover", [
    ("Syria completed the withdrawal of Syrian troops in April.", "syria"),  # told as done
    ("Israel began the deployment of Israeli forces along the border.", "israel"),
    ("Britain agreed to the withdrawal of its troops from Suez.", "united-kingdom"),  # "of its": no one named
])
def test_who_did_a_move_or_owns_the_troops_it_names_stays_its_actor(claims_of, text, mover):
    assert mover in _actors(claims_of(text + "\n", date="2001-01-01")), text


@pytest.mark.parametrize("text, target", [
    ("On 3 May a group of young officers rose against the government of Julio Mendez.", "julio-mendez"),
    ("In 1990 the rebels launched a revolt against the regime of Omar Bongo.", "omar-bongo"),
    ("In 1980 soldiers of the garrison mutinied against their French officers.", "france"),
])
def test_whom_officers_rose_against_is_the_revolts_target(claims_of, text, target):
    claims = claims_of(text + "\n", date="2001-01-01")
    assert target in _role(claims, "target") and target not in _actors(claims), text


@pytest.mark.parametrize("text", [
    "Manchester United played against their old rivals Liverpool on Saturday.",
    "Voters turned against the government of Tony Blair in 2005.",
    "The union protested against their German owners in Frankfurt.",
    "The team rallied against their Italian opponents in the second half.",
])
def test_a_match_a_vote_or_a_protest_against_a_government_or_owners_strikes_no_target(claims_of, text):
    assert not _role(claims_of(text + "\n", date="2001-01-01"), "target"), text


def test_who_asks_for_a_move_another_makes_keeps_its_role(claims_of):
    text = "A Soviet note asking in addition for the withdrawal of Turkish troops from Cyprus arrived on 27 October."
    assert "soviet-union" in _actors(claims_of(text + "\n", date="2001-01-01")), text
