"""A treaty's own text named and dated by its heading, a truce its preamble recalls or that followed, and agreements
named "Act of ..." or "Charter of the ...".

Seen on setA of session 28 (last round's held-out treaty text and a president's address): the heading "AGREEMENT
BETWEEN THE NETHERLANDS AND THE REPUBLIC OF INDONESIA" over "(Linggadjati Agreement)" named only "AGREEMENT" (the
heading's capitals hide the short name from the rules of names), dated it by a truce its preamble recalls ("the truce
agreed between their forces on 14 October 1946"), which it swallowed, not by its line "Signed at Batavia, 25 March
1947"; and "both accepted the Act of Dominican Reconciliation" named no agreement (an act is no kind word), as "the
Charter of the United Nations" did not before, and "the ceasefire that followed" fighting of 2021 was the ceasefire of
2022. The sentences here are invented, of other conflicts; the near-misses are a heading of no agreement, a date in
prose, an agreement of the same kind named again, a state's own acts, a club's charter, and an agreement named again
with no relative clause.
"""

from __future__ import annotations

import pytest

from .test_extraction import typed, values

AGREEMENTS = ("Agreement", "Ceasefire", "Treaty", "Protocol", "Armistice")


def _accords(claims) -> set[str]:
    return {e for cls in AGREEMENTS for e in typed(claims, cls)}


TREATY = """{title}
({name})

Initialled at {first}
Signed at {signed}

PREAMBLE

The Parties, having regard to the ceasefire agreed between their forces on {truce},

Have agreed upon the following Articles:

Article 1
The Parties shall withdraw their forces to the positions held before the war.
"""


@pytest.mark.parametrize(("title", "name", "entity", "first", "signed", "date", "truce"), [
    ("TREATY BETWEEN THE STATE OF ERITREA AND THE FEDERAL DEMOCRATIC REPUBLIC OF ETHIOPIA", "Algiers Agreement",
     "algiers-agreement", "Addis Ababa, 3 May 2000", "Algiers, 12 December 2000", "2000-12-12", "18 June 2000"),
    ("AGREEMENT BETWEEN THE GOVERNMENT OF ANGOLA AND UNITA", "Lusaka Protocol", "lusaka-protocol",
     "Lusaka, 31 October 1994", "Lusaka, 15 November 1994", "1994-11-15", "20 September 1994"),
    ("TREATY OF PEACE BETWEEN ECUADOR AND PERU", "Brasilia Peace Accord", "brasilia-peace-accord",
     "Rio de Janeiro, 10 October 1998", "Brasilia, 26 October 1998", "1998-10-26", "17 February 1995"),
])
def test_a_treatys_heading_names_it_and_its_signed_line_dates_it(claims_of, title, name, entity, first, signed, date,
                                                                  truce):
    claims = claims_of(TREATY.format(title=title, name=name, first=first, signed=signed, truce=truce),
                       date="2001-01-01")
    assert entity in _accords(claims)
    assert values(claims, entity, "date") == {date}
    truces = typed(claims, "Ceasefire") - {entity}
    assert len(truces) == 1  # the truce its preamble recalls is another agreement
    assert {v[:4] for t in truces for v in values(claims, t, "date")} == {truce[-4:]}


@pytest.mark.parametrize("heading", [
    "ARCHIVE NOTES ON THE BORDER\n(Drafts For The Lusaka Protocol)",
    "PEACE TALKS RESUME IN THE CAPITAL\n(Reactions Around The Region)",
])
def test_a_heading_over_no_short_name_names_none(claims_of, heading):
    claims = claims_of(f"{heading}\n\nThe ministers spoke of the border on Monday.\n", date="2016-01-01")
    assert not _accords(claims)


def test_a_signing_line_that_goes_on_dates_no_title(claims_of):
    claims = claims_of("Officials recalled the Algiers Agreement of June 2000.\nSigned at Algiers, 12 December 2000, "
                       "the later treaty ended the war.\n", date="2001-01-01")
    assert "2000-12-12" not in values(claims, "algiers-agreement", "date")


def test_an_agreement_of_its_own_kind_dated_again_is_the_one_named(claims_of):
    claims = claims_of("The Lusaka Protocol was signed on 15 November 1994. The protocol signed in Lusaka on "
                       "15 November 1994 ended the fighting.\n", date="1995-01-01")
    assert typed(claims, "Protocol") == {"lusaka-protocol"}


@pytest.mark.parametrize(("sentence", "entity", "date"), [
    ("On Tuesday, 2 April, both sides accepted the Act of National Concord.", "act-of-national-concord", "1991-04-02"),
    ("The Act of Chapultepec was signed in 1945 by the American republics.", "act-of-chapultepec", "1945"),
    ("On 3 May the junta and the rebels signed the Act of Asuncion in the capital.", "act-of-asuncion", "1991-05-03"),
])
def test_an_act_the_sides_concluded_is_an_agreement(claims_of, sentence, entity, date):
    claims = claims_of(sentence + "\n", date="1991-06-01")
    assert "Agreement" in values(claims, entity, "type")
    assert values(claims, entity, "date") == {date}


@pytest.mark.parametrize("sentence", [
    "Parliament adopted the Act of Union in 1707.",
    "The Act of Parliament was signed by the governor on Friday.",
    "Congress passed the Act of Settlement after a long debate.",
])
def test_a_states_own_act_is_no_agreement(claims_of, sentence):
    assert not _accords(claims_of(sentence + "\n", date="2010-01-01"))


@pytest.mark.parametrize(("sentence", "entity"), [
    ("Article 51 of the Charter of the United Nations allows self-defence.", "charter-of-the-united-nations"),
    ("The intervention broke the Charter of the Organization of American States, the envoy said.",
     "charter-of-the-organization-of-american-states"),
])
def test_a_body_of_states_charter_named_by_of_is_a_treaty(claims_of, sentence, entity):
    assert "Treaty" in values(claims_of(sentence + "\n", date="1990-01-01"), entity, "type")


@pytest.mark.parametrize("sentence", [
    "The Charter of the Football Association bars such payments.",
    "Delegates amended the Charter of the Democratic Party on Sunday.",
])
def test_a_clubs_or_partys_charter_is_no_treaty(claims_of, sentence):
    assert not _accords(claims_of(sentence + "\n", date="1990-01-01"))


@pytest.mark.parametrize("text", [
    "A ceasefire was announced on 16 September 2022 after talks in Baku. In April 2021 a quarrel over a dam escalated "
    "into fighting that killed 50 people, and the ceasefire that followed left the border undefined.",
    "The truce of June 1996 held for a month. Fighting broke out again in 1998, and the truce which followed was "
    "never signed.",
])
def test_an_agreement_that_followed_what_its_sentence_tells_is_its_own(claims_of, text):
    assert len(typed(claims_of(text + "\n", date="2022-09-30"), "Ceasefire")) == 2


def test_the_agreement_named_again_without_that_followed_is_the_one_told(claims_of):
    claims = claims_of("A ceasefire was announced on 16 September 2022 after talks in Baku. Fighting flared along "
                       "the border, and the ceasefire collapsed within hours.\n", date="2022-09-30")
    assert len(typed(claims, "Ceasefire")) == 1


def test_a_statement_signed_on_a_day_may_set_down_the_ceasefire_told_before(claims_of):
    """A dated participle makes only a truce's word its own: a broader word may be the ceasefire's document."""
    claims = claims_of("Border towns six months after the ceasefire\n\nThe war between Eritrea and Ethiopia ended with "
                       "the joint statement signed by Eritrea, Ethiopia and Algeria on 18 June 2000.\n",
                       date="2000-12-18")
    assert len(_accords(claims) | typed(claims, "Statement")) == 1
