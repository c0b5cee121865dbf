"""Session 32's roles: the place a source told once by its preposition is that place where its name comes again, and
who calls an act "an illegal act" only names it and takes no part in it.

- A name no pack knows that a preposition told as a place ("clashed around Ndoleko") is that place where the source
  writes it again alone ("took control of Ndoleko"): the act there is placed. Not a longer name that opens with it
  ("Marvane Holdings"), nor one a speaker's verb follows ("Kisoro said its").
- "X called the occupation of Y an illegal act", "X called the raid on Y \"a cowardly act\"": X only names the act
  (`event_phrase.naming`), with its object and a quotation mark before the name given; "X called the talks with Z
  in W" (no name given after) still holds them.
"""

from __future__ import annotations

import pytest

from .conftest import place_mentions


def _roles(claims, predicates):
    return {(s, o) for s, p, o, _ in claims if p in predicates}


def _events(claims, cls):
    return {s for s, p, o, _ in claims if p == "type" and o == cls}


@pytest.mark.parametrize("text, cls, place", [
    ("Fighting broke out near Ndoleko on 3 May. The militia took control of Ndoleko on 9 May.", "Capture", "ndoleko"),
    ("Shells fell around Tamburi in June.\n\nIn July the army recaptured Tamburi after a week.", "Capture", "tamburi"),
])
def test_a_place_told_once_by_its_preposition_places_the_act_where_its_name_comes_again(claims_of, text, cls, place):
    claims = claims_of(text + "\n", date="2001-01-01")
    events = _events(claims, cls)
    assert events and any(s in events and o == place for s, o in _roles(claims, {"hasPlace"})), text


@pytest.mark.parametrize("text, name", [
    ("Talks were held at Marvane on Monday. Marvane Holdings reported a loss on the deal.", "marvane"),
    ("Rebels attacked the garrison at Kisoro in March. Kisoro said its losses were small.", "kisoro"),
])
def test_a_longer_name_or_a_speaker_is_no_place_told_again(extraction_of, text, name):
    claims = extraction_of(text + "\n", date="2001-01-01").claims
    second = text.index(". ") + 2
    typed = [c for c in claims if c.subject == name and c.predicate == "type"]
    assert typed and all(c.start < second for c in typed), text  # the first, told by its preposition, alone


@pytest.mark.parametrize("sentence, judge", [
    ("Sudan called the bombing of Kadugli a war crime.", "sudan"),
    ("Kenya called the raid on Garissa \"a cowardly act\" on Monday.", "kenya"),
])
def test_who_calls_an_act_a_crime_judges_it_and_takes_no_role(claims_of, sentence, judge):
    claims = claims_of(sentence + "\n", date="2001-01-01")
    events = _events(claims, "Attack")
    assert events, sentence
    assert not any(s in events and o == judge
                   for s, o in _roles(claims, {"hasActor", "initiatedBy", "target", "hasPlace"})), sentence


def test_who_calls_talks_with_no_judgement_after_still_holds_them(claims_of):
    claims = claims_of("Pakistan called the talks with India in Lahore.\n", date="2001-01-01")
    events = _events(claims, "Negotiation")
    assert any(s in events and o == "pakistan" for s, o in _roles(claims, {"hasActor", "initiatedBy"}))


def test_a_place_told_again_after_a_line_s_first_word_is_that_place(tmp_path):
    """The second reading's: a line's end, like a sentence's, comes before the capitalised word that opens the next
    line ("Yesterday"), so the name after it is a name of its own."""
    text = "Troops clashed around Tafeng on Monday\nYesterday Tafeng was shelled by the rebels.\n"
    assert [words for words, _ in place_mentions(text, tmp_path, ("Place",))].count("Tafeng") == 2
