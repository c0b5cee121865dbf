"""Review of names32 and places32: sentences of other kinds of text on which their rules claimed what the sentence
does not tell.

names32: a list after "The accused banks were" or "The men's finalists were" is of firms or clubs, no persons; "the
Xi Jinping leadership" tells a leader's time, no body; "Thomas Cook's administration" is a firm's insolvency, no
ruler; after "Minister of Energy" a name before "deal" is the thing's; "the Council of Chief State School Officers"
is one body, no leader after its "of"; "went to Lincoln with the news" and "lost faith in Lincoln" may be the person;
"the Ed Sheeran members club" names no body; "Labour's Ana Ruiz" in a list and "Spring Budget" after an office
name no person.
places32: a bare "for" after another verb's "by" ("was criticised by X for Russia's gains") and a line of prose
that opens "For Ukraine, ..." tell no signer; "UNDER" or "HOUSE" elsewhere on a line in capitals tells no
resolution; a channel named by its genre ("The Weather Channel") is a broadcaster, no strait.
"""

from __future__ import annotations

import pytest

from .conftest import place_mentions
from .test_extraction import typed

STORY = "Notes of the week\n\n"  # a title line: the paragraph under it is the body


@pytest.mark.parametrize("text, names", [
    ("The accused banks were Bear Stearns, Merrill Lynch, Morgan Stanley and Goldman Sachs.",
     {"bear-stearns", "merrill-lynch", "morgan-stanley", "goldman-sachs"}),  # business
    ("The killed projects were Google Reader, Google Glass and Inbox Zero.", {"google-reader", "google-glass"}),
    ("The men's finalists were Real Madrid, Bayern Munich and Paris Saint-Germain.",  # sport
     {"real-madrid", "bayern-munich", "paris-saint-germain"}),
    ("Thomas Cook's administration left tourists stranded in Spain.", {"thomas-cook"}),  # a firm's insolvency
    ("The Minister of Energy Hinkley Point deal was approved.", {"hinkley-point"}),  # a thing after an office
])
def test_no_persons_of_firms_clubs_or_things(claims_of, text, names):
    assert not typed(claims_of(text, "2021-05-10"), "Person") & names


def test_a_leader_s_leadership_makes_no_body_of_the_leader(claims_of):
    claims = claims_of("The Xi Jinping leadership has tightened control of the press. Xi Jinping said the party "
                       "would lead.", "2021-05-10")
    assert "xi-jinping" not in typed(claims, "Organization")


def test_a_title_word_opening_a_body_s_own_words_after_its_of_keeps_the_body_whole(claims_of):
    claims = claims_of("The Council of Chief State School Officers met in Denver.", "2021-05-10")
    assert "council-of-chief-state-school-officers" in typed(claims, "Organization")


def test_a_surname_after_went_to_is_no_town(claims_of):
    claims = claims_of("President Abraham Lincoln read the dispatch. Stanton went to Lincoln with the news at once.",
                       "1990-01-01")
    assert "lincoln" not in typed(claims, "Place")


@pytest.mark.parametrize("text", [
    "The ceasefire signed on Monday was criticised by Senator John McCain for Russia's gains.",
    "The accord signed in Havana was praised by Donald Trump for Cuba's concessions.",
    "For Ukraine, President Joe Biden promised more aid on Tuesday.",  # a line of prose, no signature block
])
def test_no_signer_of_another_verb_s_by_or_of_a_line_of_prose(claims_of, text):
    claims = claims_of(STORY + text + "\n", "2021-05-10")
    assert not {row for row in claims if row[1] in ("represents", "party")}


@pytest.mark.parametrize("text", [
    "MARKETS UNDER PRESSURE - RESOLUTION 4000 TV SETS SOLD OUT\n\nStores were empty.",  # business
    "HOUSE PRICES: RESOLUTION 2024 HITS RECORD\n\nPrices rose again.",
])
def test_under_or_house_away_from_the_word_tells_no_resolution(claims_of, text):
    assert not typed(claims_of(text + "\n", "2024-01-01"), "Resolution")


@pytest.mark.parametrize("text", [
    "The Weather Channel said the storm would hit Florida on Tuesday.",  # weather
    "Discovery Channel was sold to Warner for two billion dollars.",  # business
    "The Travel Channel sent a crew to Peru.",
])
def test_a_channel_named_by_its_genre_is_no_strait(tmp_path, text):
    assert not [words for words, _ in place_mentions(STORY + text + "\n", tmp_path, ("Place", "Region"))
                if "Channel" in words]


@pytest.mark.parametrize("text", [
    "President Abraham Lincoln read the dispatch. Voters lost faith in Lincoln after the defeat.",
    "President Abraham Lincoln read the dispatch. The generals trusted in Lincoln to the end.",
])
def test_a_surname_after_a_word_of_trust_and_in_is_no_town(claims_of, text):
    assert "lincoln" not in typed(claims_of(text, "1990-01-01"), "Place")


def test_a_members_club_makes_no_body_of_its_namesake(claims_of):
    claims = claims_of("The Ed Sheeran members club is free. Ed Sheeran said the album was done.", "2021-05-10")
    assert "ed-sheeran" not in typed(claims, "Organization")


@pytest.mark.parametrize("text, names", [
    ("The women elected were Labour's Ana Ruiz, Reform's Tom Hale and Green's Sam Lee.",  # politics
     {"labours-ana-ruiz", "reforms-tom-hale", "greens-sam-lee"}),  # a party's possessive is no word of a name
    ("The Minister of Finance Spring Budget was delayed.", {"spring-budget"}),
])
def test_no_person_named_with_a_party_s_possessive_or_a_budget(claims_of, text, names):
    assert not typed(claims_of(text, "2021-05-10"), "Person") & names
