"""Guards for the review of session 29's merged rules: each states a case two rules merged from separate branches
read wrongly together.

- A named person who died after an aside between commas suffered the death ("Sergeant Okello, a Kenyan, died"): the
  aside keeps the name the passive subject of the verb of dying, so it is the death's target, never its actor.
- A person addressed takes no role and names no event (its label), whatever title of a name stands before it,
  after a lone speaker's tag in capitals too; a title written with a full stop ("Brig.") ends no sentence.
- A named person's death told in a clause of its own (after "; " or ", and") is a Killing, though another clause of
  the sentence holds an event word; in the event word's own clause it is that event's dead.
"""

from __future__ import annotations

import pytest

ROLES = ("hasActor", "initiatedBy", "target", "party")


def roles_of(claims, name):
    return {p for _, p, o, _ in claims if o == name and p in ROLES}


@pytest.mark.parametrize("text, person", [
    ("Sergeant Okello, a Kenyan, died at the checkpoint.", "okello"),
    ("Captain Moreau, the company's commander, died near the bridge.", "moreau"),
    ("Major Adeyemi, an Igbo officer, died at the roadblock.", "adeyemi"),
])
def test_a_named_person_who_died_after_an_aside_suffered_the_death(claims_of, text, person):
    claims = claims_of(text + "\n", date="1999-03-01")
    assert roles_of(claims, person) == {"target"}


@pytest.mark.parametrize("text, person", [
    ("General Okonkwo, they bombed the camp at Kpando.", "okonkwo"),
    ("Major Ferreira, the rebels had shelled the market at Zahle.", "ferreira"),
])
def test_a_person_addressed_names_no_event(claims_of, text, person):
    """Whom a speaker turns to is a listener: no actor of the act, nor of its label."""
    claims = claims_of(text + "\n", date="1999-03-01")
    events = {s for s, p, o, _ in claims if p == "type" and o == "Event"}
    assert events and not any(person in s for s in events)


@pytest.mark.parametrize("text, person", [
    ("Rt Hon Okafor, they shelled the town of Kasama.", "okafor"),
    ("Admiral Kessler, they shelled the port of Rijeka.", "kessler"),
    ("Sergeant Lindqvist, they attacked the depot at Kismayo.", "lindqvist"),
    ("MS ADAMS: General Okoye, they bombed the camp at Kpando.", "okoye"),
    ("Brig. Osei, they attacked the depot at Tamale.", "osei"),
    ("Lt. Varga, they shelled the station at Kosice.", "varga"),
])
def test_a_person_addressed_by_any_title_takes_no_role(claims_of, text, person):
    """The titles of names (`person_titles`) and the forms of address, after a lone speaker's tag too, and a title
    written with a full stop, which ends no sentence."""
    claims = claims_of(text + "\n", date="1999-03-01")
    assert (person, "type", "Person", False) in claims
    assert not roles_of(claims, person)


def test_a_title_stop_ends_no_sentence_but_a_title_word_may():
    from claimgraph.recognise.nlp import pipeline
    assert len(list(pipeline()("Brig. Osei and Sgt. Ruiz led the raid.").sents)) == 1
    assert len(list(pipeline()("He met the President. Museveni spoke first.").sents)) == 2


@pytest.mark.parametrize("text, person", [
    ("Rebels claimed the capture of Mopti, and Sergeant Diallo was dead.", "diallo"),
    ("Militants seized the airport at Gao; Captain Traore died there.", "traore"),
])
def test_a_named_death_in_a_clause_of_its_own_is_a_killing(claims_of, text, person):
    """An event word in another clause of the sentence tells no cause of the named death."""
    claims = claims_of(text + "\n", date="1999-03-01")
    killings = {s for s, p, o, _ in claims if p == "type" and o == "Killing"}
    assert any((k, "target", person, False) in claims for k in killings)


def test_a_named_death_in_the_clause_of_an_event_word_is_that_events(claims_of):
    claims = claims_of("Dr Carlson died in the attack on the convoy.\n", date="1999-03-01")
    assert not {s for s, p, o, _ in claims if p == "type" and o == "Killing"}
