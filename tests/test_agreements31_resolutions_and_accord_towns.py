"""agreements31: resolutions and accords named after a town. A resolution is a body's act: the states it addresses
("demanded a ceasefire between Iran and Iraq") are not its parties, only the body that adopted it; a resolution's
number in a headline's capitals ("ADOPTED RESOLUTION 2231") names it too, and so does each number of a list that
carries its year and day ("resolutions 353 (1974) of 20 July, 354 (1974) of 23 July"); a screen's resolution ("a
resolution 1080 pixels high") names none. An accord named by its town and a lower-case word ("the Lomé accord", "the
Arusha accords") is told, and takes that name; a lower-case convention dated by its year and between two states ("an
1890 convention between Britain and China") is a treaty of theirs."""

from __future__ import annotations

import pytest

from .test_extraction import labels_of, the_one, typed, values

STORY = "Notes on the crisis\n\n"  # a title line: the paragraph under it is the body


@pytest.mark.parametrize("text", [
    "Resolution 479 called for a ceasefire between Ethiopia and Somalia in the Ogaden.",
    "In March 1993 the Security Council, by Resolution 812, urged an end to the fighting between Chad and Libya.",
])
def test_the_states_a_resolution_addresses_are_not_its_parties(claims_of, text):
    claims = claims_of(STORY + text + "\n", "1995-01-01")
    parties = values(claims, the_one(claims, "Resolution"), "party")
    assert not {party for party in parties if party in {"ethiopia", "somalia", "chad", "libya"}}


def test_the_body_after_by_is_still_a_resolution_s_party(claims_of):
    """Near-miss: who adopted the resolution, after "by", is its party; and an accord "between" sides keeps them."""
    claims = claims_of(STORY + "Resolution 479, adopted by the Security Council, called for a ceasefire between "
                       "Ethiopia and Somalia. A truce between Ethiopia and Somalia was signed in April 1988.\n",
                       "1995-01-01")
    assert any("security-council" in party for party in values(claims, the_one(claims, "Resolution"), "party"))
    assert {"ethiopia", "somalia"} <= values(claims, the_one(claims, "Ceasefire"), "party")


@pytest.mark.parametrize("text, number", [
    ("COUNCIL ADOPTS RESOLUTION 2231 ON THE NUCLEAR PROGRAMME", "2231"),
    ("SECURITY COUNCIL RESOLUTIONS 242 AND 338 REMAIN THE BASIS OF TALKS", "338"),
])
def test_a_resolution_in_capitals_is_named(claims_of, text, number):
    claims = claims_of(STORY + text + "\n", "2016-01-01")
    assert any(subject.endswith(number) for subject in typed(claims, "Resolution"))


@pytest.mark.parametrize("text", [
    "The new camera records video at a resolution 1080 pixels high.",
    "Set the display resolution 1920 x 1080 before the match starts.",
    "The screen has a resolution of 1080p and the phone a resolution 2400 by 1080.",
    "SCREEN RESOLUTION 1920 X 1080 SUPPORTED ON ALL MODELS",
    "Her New Year's resolution 2025 was to learn Spanish.",  # a vow of a year
    "MY NEW YEAR RESOLUTION 2024: RUN A MARATHON",
])
def test_a_screen_s_resolution_or_a_vow_is_no_agreement(claims_of, text):
    assert not typed(claims_of(STORY + text + "\n", "2016-01-01"), "Resolution")


@pytest.mark.parametrize("text, label", [
    ("The army and the rebels signed the Bamako accord on 4 March 2011, and the Bamako accord held until May.",
     "Bamako accord"),
    ("The Arusha accords were signed in August 1993 by the government of Rwanda and the Rwandan Patriotic Front.",
     "Arusha accords"),
])
def test_an_accord_named_by_its_town_and_a_lower_case_word_takes_that_name(extraction_of, claims_of, text, label):
    assert label in labels_of(extraction_of, STORY + text + "\n", "2012-01-01")
    assert typed(claims_of(STORY + text + "\n", "2012-01-01"), "Agreement")


@pytest.mark.parametrize("text", [
    "The Iran deal was signed in Vienna in July 2015 by Iran and six powers.",  # a state: with whom
    "Rebels and the army signed the 2002 ceasefire in Nairobi.",  # a year: when
    "Scholars in Geneva study treaties, and the Americans study accords.",  # no accord told
])
def test_a_state_a_year_or_a_bare_plural_names_no_accord(extraction_of, text):
    labels = labels_of(extraction_of, STORY + text + "\n", "2016-01-01")
    assert not {label for label in labels if label.split()[0] in {"Iran", "2002", "Geneva", "Americans"}
                and label.split()[-1].lower() in {"deal", "ceasefire", "treaties", "accords"}}


def test_each_number_of_a_list_with_its_year_and_day_is_a_resolution(claims_of):
    claims = claims_of(STORY + "The Council met on 16 August 1974. It recalled its resolutions 353 (1974) of 20 July, "
                       "354 (1974) of 23 July and 358 (1974) of 15 August 1974.\n", "1974-08-16")
    numbers = {subject.rsplit("-", 1)[-1] for subject in typed(claims, "Resolution")}
    assert numbers == {"353", "354", "358"}
    assert {"1974-07-20"} == values(claims, next(s for s in typed(claims, "Resolution") if s.endswith("353")), "date")


def test_its_resolutions_under_a_body_s_heading_are_the_body_s(claims_of):
    """A resolution's paragraphs have the body of its heading as subject: "Recalling its resolutions ..." are its
    own."""
    text = ("Notes on the crisis\n\nThe Security Council,\n\nRecalling its resolutions 1012 (1995) of 28 August and "
            "1040 (1996) of 29 January,\n\n1. Calls upon all parties to end the violence in Burundi.\n")
    claims = claims_of(text, "1996-03-01")
    for number in ("1012", "1040"):
        [resolution] = {s for s in typed(claims, "Resolution") if s.endswith(number)}
        assert any("security-council" in party for party in values(claims, resolution, "party"))


def test_a_state_s_own_resolution_in_passing_names_no_body(claims_of):
    """Near-miss: "its resolution" outside a paragraph under a heading ("Russia recalled ...") names no body."""
    claims = claims_of(STORY + "The Security Council met on Monday. Russia recalled its resolution 1040 on Burundi.\n",
                       "1996-03-01")
    assert not values(claims, the_one(claims, "Resolution"), "party")


def test_a_dated_convention_between_two_states_is_a_treaty_of_theirs(claims_of):
    claims = claims_of(STORY + "Beijing cited an 1890 convention between Britain and China that places the plateau on "
                       "its side.\n", "2017-08-01")
    assert {"united-kingdom", "china"} <= values(claims, the_one(claims, "Treaty"), "party")


@pytest.mark.parametrize("text", [
    "Delegates at the convention between Easter and May elected a chairman.",  # no year, no states
    "The 2019 convention between Microsoft and Google engineers drew 5,000 visitors to Seattle.",  # no state
])
def test_a_gathering_between_others_is_no_treaty(claims_of, text):
    assert not typed(claims_of(STORY + text + "\n", "2020-01-01"), "Treaty")


def test_a_resolution_s_day_takes_the_year_in_brackets_not_the_source_s(claims_of):
    claims = claims_of(STORY + "The Council recalled its resolution 1267 (1999) of 15 October on the Taliban.\n",
                       "2001-06-01")
    assert values(claims, the_one(claims, "Resolution"), "date") == {"1999-10-15"}
