"""agreements36: a treaty named "of" a list of what it makes ("the Treaty of Peace and Friendship") is one name, the
whole list, so the signing's date is its date; a draft resolution put to a vote is the body's act, adopted or not, and
"the draft resolution" names the draft told before; a council's or an assembly's verdict told by its verb alone ("the
General Assembly deplored the invasion") is its resolution, the body its party; "signed the accords" tells the accords
it names. A treaty of a place and a name after
"and" ("the Treaty of Versailles and Germany's borders"), a company's draft resolution, a spokesman's condemnation and
a press statement are none of these."""

from __future__ import annotations

import pytest

from .test_extraction import labels_of, the_one, typed, values

STORY = "Notes on the crisis\n\n"  # a title line: the paragraph under it is the body


@pytest.mark.parametrize("text, label, date", [
    ("The Treaty of Friendship, Cooperation and Mutual Assistance was signed in Warsaw on 14 May 1955.",
     "Treaty of Friendship, Cooperation and Mutual Assistance", "1955-05-14"),
    ("On 29 November 1984 the Treaty of Peace and Friendship was signed at the Vatican.",
     "Treaty of Peace and Friendship", "1984-11-29"),
    ("On 21 July 1938 the two states signed the Treaty of Peace, Friendship and Boundaries in Buenos Aires.",
     "Treaty of Peace, Friendship and Boundaries", "1938-07-21"),
    ("The Treaty of Amity and Cooperation was signed in Bali on 24 February 1976.",
     "Treaty of Amity and Cooperation", "1976-02-24"),
])
def test_a_treaty_named_by_a_list_of_what_it_makes_is_one_name(extraction_of, claims_of, text, label, date):
    assert label in labels_of(extraction_of, STORY + text + "\n", "1990-01-01")
    claims = claims_of(STORY + text + "\n", "1990-01-01")
    assert values(claims, the_one(claims, "Treaty"), "date") == {date}


def test_a_treaty_of_a_place_ends_before_and(extraction_of):
    """Near-miss: "the Treaty of Versailles and Germany's borders": a place's treaty; the list is no name's."""
    labels = labels_of(extraction_of, STORY + "Historians still debate the Treaty of Versailles and Germany's "
                       "borders after 1919.\n", "1990-01-01")
    assert "Treaty of Versailles" in labels
    assert not any("Germany" in label and "Treaty" in label for label in labels)


@pytest.mark.parametrize("text", [
    "A draft resolution condemning the shelling was vetoed by the Soviet Union on 4 May 1979.",
    "Draft resolution submitted by Norway, Chile and Japan\n\nThe president put it to the vote. The draft resolution "
    "was not adopted, the negative vote being that of the Soviet Union.",
])
def test_a_draft_resolution_put_to_a_vote_is_one_act_of_the_body(claims_of, text):
    claims = claims_of(STORY + text + "\n", "1990-01-01")
    assert len(typed(claims, "Resolution")) == 1


@pytest.mark.parametrize("text", [
    "The board put its draft resolution on the merger to a shareholder vote in May.",
    "Students voted on a draft resolution to rename the library.",
    "The committee's draft resolution on tuition fees passed by 12 votes to 3.",
    "Members voted on the draft resolution on pay at the union conference.",
    "Q: Did the assembly vote on the draft resolution? A: Yes, the residents' assembly voted it down.",
    "The editor sent the draft to the printer after the vote on the cover.",
])
def test_a_company_s_or_a_club_s_draft_is_no_resolution(claims_of, text):
    assert not typed(claims_of(STORY + text + "\n", "1990-01-01"), "Resolution")


@pytest.mark.parametrize("text", [
    "The U.N. General Assembly deplored the invasion a week later.",
    'A week later the U.N. General Assembly "strongly deplored" the invasion, after France vetoed a resolution.',
])
def test_an_assembly_s_verdict_is_its_resolution(claims_of, text):
    claims = claims_of(STORY + text + "\n", "1990-01-01")
    assert values(claims, the_one(claims, "Resolution"), "party") == {"united-nations-general-assembly"}


@pytest.mark.parametrize("text", [
    "The United Nations condemned the attack on the convoy.",  # a spokesman's words, maybe
    "On 12 June the members of the Security Council, in a press statement, condemned the raid on the island.",
    "The city council condemned the vandalism at the park.",
    "The Security Council condemned the shelling in Resolution 502.",  # the numbered resolution tells it
    "The Security Council president condemned the raid in a statement.",
    "NATO condemned the missile launch.",
    "The European Council demanded more ambitious climate targets from member states.",  # no act of force
    "The General Assembly of the Church of Scotland condemned the proposal by 320 votes to 45.",
    "The Parish Council deplored the state of the village hall roof.",
])
def test_a_statement_or_another_s_condemnation_is_no_new_resolution(claims_of, text):
    claims = claims_of(STORY + text + "\n", "1990-01-01")
    assert not any(subject.endswith("-t") for subject in typed(claims, "Resolution"))


def test_accords_signed_in_the_plural_are_told(claims_of):
    """"signed the accords at Tiraspol": the verb of concluding before "the" picks them out."""
    claims = claims_of(STORY + "On 31 August the two commanders signed the accords at Tiraspol, with the mediator "
                       "present.\n", "1997-01-01")
    assert values(claims, the_one(claims, "Agreement"), "date") == {"1996-08-31"}


@pytest.mark.parametrize("text", [
    "The accords were unfair, critics said.",
    "Lawyers who drafted the treaties argued about them for years.",
])
def test_accords_in_the_plural_with_no_verb_of_concluding_are_none(claims_of, text):
    """Near-miss: "the accords" with no verb of concluding before "the" names none the sentence tells."""
    assert not typed(claims_of(STORY + text + "\n", "1997-01-01"), "Agreement")
