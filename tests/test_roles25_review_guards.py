"""The review of the session's role rules (asides, "began ..., when" openings, a force's garrison): the reviewer's
sentences, each read right (`claimgraph.extract.asides`, `claimgraph.extract.openings`, `lang.en.names.FORCE_WORDS`)."""

from __future__ import annotations

import pytest

from .test_extraction import typed, values

ROLES = ("hasActor", "initiatedBy", "target", "hasPlace")
ACTING = ("hasActor", "initiatedBy")


def roles_of(claims, event: str, predicates=ROLES) -> set[str]:
    return {o for p in predicates for o in values(claims, event, p)}


def all_roles(claims, cls: str, predicates=ROLES) -> set[str]:
    return set().union(*(roles_of(claims, e, predicates) for e in typed(claims, cls)))


@pytest.mark.parametrize("text, cls, group", [
    ("Abubakar Shekau, a leader of Boko Haram, ordered the kidnapping of schoolgirls in Chibok in April 2014.",
     "Abduction", "boko-haram"),
    ("Joseph Kony, a commander of the Lord's Resistance Army, led attacks on villages in northern Uganda in 2002.",
     "Attack", "lords-resistance-army"),
    ("Two men, who were members of Hamas, attacked a bus in Jerusalem on Sunday.", "Attack", "hamas")])
def test_the_group_a_described_person_belongs_to_stays_the_doer(claims_of, text, cls, group):
    """"a leader of Boko Haram": the person acted for the group the aside names (`CUES.AFFILIATION`)."""
    claims = claims_of(text, "2015-01-10")
    assert group in all_roles(claims, cls, ACTING)


def test_a_town_the_described_doers_went_into_is_the_place_of_their_act(claims_of):
    """"who had crossed from Rwanda into Goma": the airport attacked is Goma's; Rwanda, whence they came, is not."""
    claims = claims_of("The rebels, who had crossed from Rwanda into Goma, attacked the airport in August 1998.",
                       "1998-09-01")
    places = all_roles(claims, "Attack", ("hasPlace",))
    assert "goma" in places and "rwanda" not in places


@pytest.mark.parametrize("text, cls, wrong", [
    ("The conflict began in 1988, when Armenians in Nagorno-Karabakh voted to join Armenia, and over the next six "
     "years Azerbaijani and Armenian forces fought for the enclave while Russian diplomats mediated talks in Bishkek "
     "that produced a ceasefire in May 1994.", "War", {"russia", "bishkek"}),
    ("Fighting erupted in Khartoum in April 2023, when the Rapid Support Forces attacked army bases, and mediators "
     "from Saudi Arabia later hosted talks in Jeddah.", "Clash", {"jeddah"}),
    ("The fighting started in 2012, when M23 rebels captured Goma, and the United Nations later deployed a brigade "
     "to Kivu.", "Clash", {"united-nations"}),
    ("The Korean War broke out in June 1950, when the UN Security Council was meeting in New York.", "War",
     {"united-nations-security-council", "new-york-city"})])
def test_an_event_begun_when_takes_only_the_first_act_of_force_of_its_clause(claims_of, text, cls, wrong):
    """Only the first act after "when", an act of force, up to ", and" or "while", opened the event."""
    claims = claims_of(text, "2024-01-10")
    assert typed(claims, cls) and not wrong & all_roles(claims, cls)


def test_a_war_takes_no_town_of_its_opening_act(claims_of):
    """"seized the capital, Sanaa": no war in Sanaa (`coreference.OTHER_CLAUSE`); its doer still opened the war."""
    claims = claims_of("The war began in 2014, when the Houthis seized the capital, Sanaa.", "2018-01-10")
    [war] = typed(claims, "War")
    assert "sanaa" not in values(claims, war, "hasPlace")
    assert "houthi-movement" in roles_of(claims, war, ACTING)


def test_a_garrison_town_names_no_force(claims_of):
    """"the Pakistani garrison town of Rawalpindi": the garrison qualifies the town; no Pakistani force attacked."""
    claims = claims_of("Militants attacked the Pakistani garrison town of Rawalpindi in October 2009.", "2009-11-01")
    assert not values(claims, "pakistani-armed-forces", "type")
    assert "pakistani-armed-forces" not in all_roles(claims, "Attack")
