"""Guards of the review of session 26's agree26 rules: the near-misses its rules read as agreements, or took away.

A reporter's "Is there a side deal?" tells no agreement, but an inverted statement "Only in 1997 was there a
ceasefire." does; a place an accord is named after is that accord only as its subject, not inside another's phrase ("a
truce negotiated in Lusaka was signed"); a lower-case convention attended or ended by a party is no treaty; a heading
that names a party's convention, a ministry's memorandum or is about an agreement is no agreement's title, and a
title's parties stay outside its name.
"""

from __future__ import annotations

import pytest

from .test_extraction import typed, values

AGREEMENTS = ("Agreement", "Ceasefire", "Treaty", "Protocol", "Armistice")


def _accords(claims) -> set[str]:
    return {e for cls in AGREEMENTS for e in typed(claims, cls)}


@pytest.mark.parametrize("sentence", [
    "Only in 1997 was there a ceasefire between the government and the rebels.",
    "Not until 1994 was there a peace agreement in Angola.",
])
def test_an_inverted_statement_after_was_there_tells_an_agreement(claims_of, sentence):
    assert _accords(claims_of(sentence + "\n", date="2000-01-01"))


def test_a_place_inside_another_accords_phrase_stays_a_place(claims_of):
    claims = claims_of("The Lusaka Protocol ended the fighting in 1994. A new truce negotiated in Lusaka was signed in "
                       "1999.\n", date="2000-01-01")
    assert "1999" not in values(claims, "lusaka-protocol", "date")
    assert "lusaka" in typed(claims, "Place")


@pytest.mark.parametrize("sentence", [
    "Delegates at the convention of 1968 nominated Hubert Humphrey after riots in Chicago.",
    "The congress concluded the party convention in Havana on 3 May 1975.",
])
def test_a_gatherings_convention_is_no_treaty(claims_of, sentence):
    assert not typed(claims_of(sentence + "\n", date="2000-01-01"), "Treaty")


@pytest.mark.parametrize(("heading", "word"), [
    ("Memorandum of the Ministry of Defence, 3 March 1999", "ministry"),
    ("Document 12. Convention of the Communist Party, 26 August 1968", "party"),
])
def test_a_heading_of_a_bodys_paper_or_gathering_names_no_agreement(claims_of, heading, word):
    claims = claims_of(f"{heading}\n\nThe ministry spoke of the border.\n", date="2016-01-01")
    assert not any(word in e for e in _accords(claims))


def test_a_heading_about_an_agreement_does_not_take_its_words_into_the_name(claims_of):
    claims = claims_of("Reactions To The Lusaka Protocol, 1994\n\nThe ministry spoke of the border.\n",
                       date="2016-01-01")
    assert not any("reactions" in e for e in _accords(claims))


def test_a_titles_parties_stay_its_parties(claims_of):
    """The title's name ends before "between": the states after it are named, and are the treaty's parties."""
    claims = claims_of("8. Treaty of Friendship between India and the Soviet Union, 9 August 1971\n\nThe text follows "
                       "in full.\n", date="2005-01-01")
    [treaty] = typed(claims, "Treaty")
    assert values(claims, treaty, "party") >= {"india", "soviet-union"}
    assert values(claims, treaty, "date") == {"1971-08-09"}
