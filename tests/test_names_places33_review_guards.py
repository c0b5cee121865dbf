"""Guards of session 33's review of names33 and places33: sentences of other kinds of text (pastimes, clubs,
science, chat groups, language) on which the branches' rules must claim nothing the sentence does not tell."""

from __future__ import annotations

import pytest

from .conftest import place_mentions
from .test_names import found


@pytest.mark.parametrize("text, words", [
    ("She threw a Harry Potter party for her son's birthday.", "Harry Potter"),
    ("He joined a Bible Study group at the church.", "Bible Study"),
    ("The students set up a Facebook Messenger group for the class.", "Facebook Messenger"),
    ("A Star Wars group met at the convention.", "Star Wars"),
    ("The lab built a Lithium Ion cell that charges in minutes.", "Lithium Ion"),
    ("He was in a Peaky Blinders gang costume at the party.", "Peaky Blinders"),
])
def test_guard_a_thing_or_pastime_before_a_bodys_word_after_a_is_no_body(recognisers, text, words):
    """names33's owner of a part ("an Abu Sayyaf faction") reads only a part of a body after the name: a whole group,
    party or cell after "a" is named by what it is about, not by its owner."""
    assert found(recognisers, text).get(words, ("", ""))[0] != "Organization"


@pytest.mark.parametrize("text, words", [
    ("Shareholders backed the chairman of an Apple Computer subsidiary at the meeting.", "Apple Computer"),
    ("The senator met the head of a Green Energy coalition on Friday.", "Green Energy"),
    ("The leader of an Oxford College team won the quiz.", "Oxford College"),
])
def test_guard_words_after_a_role_before_a_bodys_word_are_no_person(recognisers, text, words):
    """names33's `_ROLE_OF` reads no person before a lower-case word of a body (`BODY_NOUN_AFTER`): a coalition, an
    alliance, a team, a club or a subsidiary is one too."""
    assert found(recognisers, text).get(words, ("", ""))[0] != "Person"


def test_guard_the_owner_of_a_faction_is_still_a_body(recognisers):
    names = found(recognisers, "She led a Green Party faction that opposed the merger.")
    assert names["Green Party"][0] == "Organization"


@pytest.mark.parametrize("text", [
    "He speaks Kikuyu and Swahili at home.",
    "The Kikuyu language has many speakers in Nairobi.",
    "She learned Ganda from her grandmother.",
])
def test_guard_a_tongue_is_no_town(tmp_path, text):
    assert not [words for words, _ in place_mentions(text, tmp_path) if words in ("Kikuyu", "Ganda")]
