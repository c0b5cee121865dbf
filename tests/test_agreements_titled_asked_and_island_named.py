"""Agreements named as a document's title, asked about at a briefing, named after an island with a plural title or again
by their place, and conventions in lower case.

Seen on session 25's held-out texts, now setA's (a documentary reader and a press-briefing transcript): the reader's
headings "Document 43. The Moscow Protocol, 26 August 1968" and "Document 44. Treaty on the temporary stationing of
Soviet troops in Czechoslovakia, 16 October 1968" named no agreement (a heading in capitals is skipped as a headline)
or only "Treaty"; a reporter's "Is there a side deal?" made an asserted deal that took the next "the agreement"; and
"the Governors Island Accord" was cut to "Island Accord", its plural title dropped as a person's, and "Governors Island
was signed in July" made a region of the accord. The sentences here are invented, of other conflicts; the near-misses
are a statement's title, a heading of talks, a declarative "there was a ceasefire", a plural title before a person's
name, the accord's place where it is no accord's subject, and a party's convention or a custom.
"""

from __future__ import annotations

import pytest

from .test_extraction import typed, values

AGREEMENTS = ("Agreement", "Ceasefire", "Treaty", "Protocol", "Armistice")


def _accords(claims) -> set[str]:
    return {e for cls in AGREEMENTS for e in typed(claims, cls)}


@pytest.mark.parametrize(("heading", "entity", "cls", "date"), [
    ("Document 12. The Lusaka Protocol, 15 November 1994", "lusaka-protocol", "Protocol", "1994-11-15"),
    ("Annex II. Agreement on Cessation of Hostilities, June 18, 2000", "agreement-on-cessation-of-hostilities",
     "Agreement", "2000-06-18"),
    ("Treaty on the withdrawal of foreign forces from the border zone, March 1976",
     "treaty-on-the-withdrawal-of-foreign-forces-from-the-border-zone", "Treaty", "1976-03"),
])
def test_a_documents_title_names_its_agreement_and_dates_it(claims_of, heading, entity, cls, date):
    claims = claims_of(f"{heading}\n\nSigned after three days of talks by the two foreign ministers.\n",
                       date="2010-01-01")
    assert values(claims, entity, "type") >= {cls}
    assert values(claims, entity, "date") == {date}


@pytest.mark.parametrize("heading", [
    "Document 45. Statement of the Foreign Ministry, 21 August 1998",
    "Ceasefire talks, 12 May 2015",
    "Proclamation of the Military Council, 3 June 1989",
])
def test_a_heading_of_no_agreement_names_none(claims_of, heading):
    claims = claims_of(f"{heading}\n\nThe ministry spoke of the border.\n", date="2016-01-01")
    assert not _accords(claims)


@pytest.mark.parametrize("sentence", [
    "Q: The rebels say the colonel was promised an amnesty. Is there a side deal?",
    "Was there a secret protocol on the border posts? The minister would not say.",
    "Is there a ceasefire agreement with the militias in the north? We have seen none.",
])
def test_an_agreement_asked_about_is_none(claims_of, sentence):
    assert not _accords(claims_of(sentence + "\n", date="2012-03-01"))


def test_an_agreement_told_after_there_was_is_one(claims_of):
    claims = claims_of("The shelling stopped in May, and in June there was a ceasefire between the army and the "
                       "rebels.\n", date="2012-03-01")
    assert _accords(claims)


def test_a_question_about_a_deal_leaves_the_agreement_signed_whole(claims_of):
    """The briefing's "the agreement was reached" after the question is the agreement signed, not a second one."""
    claims = claims_of("The agreement was signed in Monrovia on Sunday by the envoy and by the rebel leader.\n\n"
                       "Q: Is there a side deal?\n\nA: No. There is no side deal. The troops were recalled once the "
                       "agreement was reached.\n", date="2003-08-20")
    assert len(_accords(claims)) == 1


@pytest.mark.parametrize(("sentence", "name"), [
    ("The Governors Island Accord of July 1993 was never honoured by the junta.", "governors-island-accord"),
    ("The Kings Road Agreement ended the siege of the old town by the militias.", "kings-road-agreement"),
])
def test_a_plural_title_before_island_or_road_opens_an_agreements_name(claims_of, sentence, name):
    assert name in _accords(claims_of(sentence + "\n", date="2000-01-01"))


def test_a_plural_title_before_a_persons_name_is_still_dropped(claims_of):
    claims = claims_of("Presidents Ilham Aliyev and Vladimir Putin met in Sochi.\n", date="2019-01-01")
    assert "ilham-aliyev" in typed(claims, "Person")


@pytest.mark.parametrize(("text", "accord", "place"), [
    ("Q: The Arusha Accords also had a deadline. Why trust them now?\n\nA: Arusha was signed in August 1993 and was "
     "never implemented.\n", "arusha-accords", "Arusha"),
    ("The Lusaka Protocol of November 1994 set a timetable for demobilisation. Lusaka was violated within weeks by "
     "both armies.\n", "lusaka-protocol", "Lusaka"),
])
def test_an_accord_named_again_by_its_place_is_the_accord(claims_of, text, accord, place):
    """haiti-1994: "Governors Island was signed in July of last year and was not honored" made a region."""
    claims = claims_of(text, date="2000-01-01")
    assert not any(s != accord and p == "type" and o == "Place" and place.lower() in s for s, p, o, _ in claims)
    assert values(claims, accord, "type") >= {"Agreement"}


def test_an_accord_named_again_by_its_place_is_credited_to_that_rule(extraction_of):
    """The mention read as the accord carries the rule that read it (cg:method), not the gazetteer's place method."""
    text = ("Q: The Arusha Accords also had a deadline. Why trust them now?\n\nA: Arusha was signed in August 1993 and "
            "was never implemented.\n")
    typing = [c for c in extraction_of(text, "2000-01-01").claims
              if c.subject == "arusha-accords" and c.predicate == "type" and c.exact == "Arusha"]
    assert typing and {c.method for c in typing} == {"accord-places.v1"}


def test_a_place_an_accord_is_named_after_stays_a_place_where_it_is_no_accords_subject(claims_of):
    claims = claims_of("The Lusaka Protocol of November 1994 set a timetable. Lusaka was quiet on Monday, and talks "
                       "in Lusaka resumed.\n", date="2000-01-01")
    assert "lusaka" in typed(claims, "Place")


@pytest.mark.parametrize(("sentence", "date"), [
    ("The Niger basin authority, created by the convention of 1964, manages the dams on the river.", "1964"),
    ("In May 1980 Chad and Niger signed a convention on the grazing rights of herders along the border.", "1980-05"),
    ("Both governments later ratified the fisheries convention that ended the trawler clashes.", None),
])
def test_a_convention_concluded_or_dated_by_its_year_is_a_treaty(claims_of, sentence, date):
    """mauritania-senegal-1989: "the Senegal River Development Organisation (OMVS), created by the convention of 1972"
    named no agreement: "convention" was read only with a capital."""
    claims = claims_of(sentence + "\n", date="2000-01-01")
    [treaty] = typed(claims, "Treaty")
    if date:
        assert values(claims, treaty, "date") == {date}


@pytest.mark.parametrize("sentence", [
    "The party convention of 1968 in Chicago ended in street battles.",
    "Delegates attended the convention in Lagos before the election.",
    "By convention, the speaker of the assembly opens the session.",
])
def test_a_convention_of_a_party_or_a_custom_is_no_treaty(claims_of, sentence):
    assert not _accords(claims_of(sentence + "\n", date="2000-01-01"))
