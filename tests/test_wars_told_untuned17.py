"""Misreadings seen on texts about wars nobody tuned for (Yemen 2015, the Yemen truce of 2022, Sudan
2023): a running tally's bound ("By early 2022 the war had killed ...") read as the war's start,
a month joined to a dated month ("in October and November 2022") left out of the happening's dates. Each on the
text's sentence and one of our own of another shape."""

from __future__ import annotations

import pytest

from .test_extraction import the_one, values


@pytest.mark.parametrize("text, cls", [
    ("By early 2022 the war between the Houthi movement (Ansar Allah) and the internationally recognised "
     "government had killed an estimated 150,000 people.", "War"),
    ("By March 1995 the siege of Bihac had cost more than 2,000 lives.", "Siege")])
def test_a_date_after_an_opening_by_is_a_bound_and_no_date_of_the_happening_after_it(claims_of, text, cls):
    """"By early 2022 the war ... had killed": the date stood right before "the war" and was read as its
    modifier, so the Yemeni war began in 2022 (and the siege of Bihac ended in March 1995)."""
    claims = claims_of(text, date="2022-05-01")
    event = the_one(claims, cls)
    assert not values(claims, event, "startDate") | values(claims, event, "endDate")


@pytest.mark.parametrize("text, date, start, end", [
    ("In October and November 2022 the Houthis attacked oil terminals in Hadramawt and Shabwa with drones.",
     "2023-05-01", "2022-10", "2022-11"),
    ("Serb forces shelled the town in May and June 1993, when the Muslim enclave was cut off.", "2021-05-10",
     "1993-05", "1993-06")])
def test_a_month_joined_by_and_to_a_dated_month_takes_its_year_and_opens_the_span(claims_of, text, date, start, end):
    """"In October and November 2022": the year-less "October" was read alone (the story's year), and the
    attacks began in November."""
    claims = claims_of(text, date=date)
    attack = the_one(claims, "Attack")
    assert values(claims, attack, "startDate") == {start}
    assert values(claims, attack, "endDate") == {end}


def test_two_months_apart_joined_by_and_are_two_dates_and_no_span(claims_of):
    """"struck Kyiv in March and October 2022" tells two strikes seven months apart: the rule that joins
    "October and November 2022" into a span made one of them, March to October (review20, finding 6)."""
    claims = claims_of("Russia struck Kyiv in March and October 2022.", date="2023-01-01")
    attack = the_one(claims, "Attack")
    assert not values(claims, attack, "endDate")
    assert len(values(claims, attack, "startDate")) == 1


@pytest.mark.parametrize("text, date, operation", [
    ("The offensive, which southern fighters call Operation Golden Arrow, began on Tuesday, when local militias "
     "seized the international airport. Saudi Arabia and its allies began bombing the Houthis on March 26 in what "
     "Riyadh called Operation Decisive Storm.", "2015-07-17", "operation-golden-arrow"),
    ("The army launched Operation Sea Wolf on 3 May. Since then the rebels and their allies have kept shelling the "
     "capital.", "2021-05-12", "operation-sea-wolf")])
def test_an_event_word_after_a_verb_of_aspect_is_its_subjects_act_and_no_operation_named_before(
        claims_of, text, date, operation):
    """"Saudi Arabia and its allies began bombing the Houthis on March 26": the subject's "its" was read as the
    determiner of "bombing", a definite noun naming the operation told before, which took the bombers and their
    day."""
    claims = claims_of(text, date=date)
    assert not values(claims, operation, "hasActor")
    assert len(values(claims, operation, "startDate")) == 1


@pytest.mark.parametrize("text, cls", [
    ("The pause was due to begin at midnight on July 10, but the coalition said it had not been asked by Hadi to "
     "observe it and the Houthis kept shelling Aden and Taiz.", "Attack"),
    ("The army did not withdraw from the city and the rebels attacked the airport.", "Attack")])
def test_a_negation_does_not_reach_a_clause_joined_after_it_with_its_own_subject_and_verb(extraction_of, text, cls):
    """"had not been asked by Hadi to observe it and the Houthis kept shelling Aden": the negation of the
    coalition's verb reached past "and" into a clause of its own, and the shelling, its actor and places were
    denied."""
    claims = extraction_of(text, "2015-07-17").claims
    [event] = {c.subject for c in claims if c.predicate == "type" and c.obj == cls}
    told = [c for c in claims if c.subject == event and c.predicate in ("hasActor", "hasPlace")]
    assert told and all(c.modality != "Denied" for c in told)


@pytest.mark.parametrize("text, cls, names", [
    ("Israel did not attack Iran and Hezbollah fired rockets at Haifa.", "Attack", {"hezbollah", "haifa"}),
    ("Israel did not strike the hospital and the school used as a shelter by Hamas.", "Attack", set())])
def test_a_negation_and_the_roles_end_at_the_same_clause_joined_after_it(extraction_of, text, cls, names):
    """Review 20, finding 1: the negation stopped at "and Hezbollah fired", but the roles did not: Hezbollah and
    Haifa were given the attack not made, no longer denied. The joined clause is one of its own for both. A
    participle before "by" or "as" ("the school used as a shelter by Hamas") is no verb of a clause of its own:
    the negation reaches past it."""
    claims = extraction_of(text, "2024-05-01").claims
    [event] = {c.subject for c in claims if c.predicate == "type" and c.obj == cls and c.modality == "Denied"}
    told = [c for c in claims if c.subject == event and c.predicate in ("hasActor", "hasPlace", "target")]
    assert "israel" in {getattr(c.obj, "value", c.obj) for c in told}
    assert all(c.modality == "Denied" for c in told)
    assert not names & {getattr(c.obj, "value", c.obj) for c in told}


@pytest.mark.parametrize("text, later", [
    ("Fighting around the city of Marib had intensified in 2021, and in January 2022 the Houthis launched missile "
     "and drone attacks on Abu Dhabi, killing three people.", "2022-01"),
    ("Clashes around Kismayo went on through 2011, and in October 2012 Kenyan troops stormed the port.", "2012-10")])
def test_a_happening_of_a_sentence_dated_otherwise_than_the_one_it_named_first_is_another(claims_of, text, later):
    """"Fighting around Marib had intensified in 2021, and in January 2022 the Houthis launched ... attacks on Abu
    Dhabi": a second event word of the sentence's family was the fighting named first, whatever its date, and the
    fighting around Marib took the strike on Abu Dhabi's day, place and dead."""
    claims = claims_of(text, date="2022-05-01")
    clash = the_one(claims, "Clash")
    assert later not in values(claims, clash, "startDate")
    assert {s for s, p, o, _ in claims if p == "startDate" and o == later} - {clash}
