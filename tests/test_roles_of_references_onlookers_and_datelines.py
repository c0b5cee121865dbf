"""Names a clause tells with an act that took no part in it: a point of reference, the rest of a list of pressers
or watchers, the state of a dateline and the acronym of a speaker.

- "fighting at Lukaya, south of Kampala", "arrested 40 protesters in Thika, north-east of Nairobi": a place set off
  by a comma and a bare compass direction after the place it locates is only the point of reference (with no place before it, "an exchange of fire south of Kirkuk", the
  direction still says where);
- "Under pressure from the United States, the Soviet Union and the United Nations, the three invaders withdrew":
  every name of the list the presser opens pressed for the act, none did it (before, only the first was silent and
  the others became its actors and places);
- "DAR ES SALAAM, Tanzania, April 11 (AP) - ...", "GOMA, North Kivu, Congo, Nov 20 (Reuters) -": the region and
  state after a dateline's city are where the report was filed, as the city is, not where the act happened;
- "The UN Mission in South Sudan (UNMISS) confirmed the attack": the acronym in brackets after a name that takes no
  role (a speaker, a source cited) is the same body and takes none either.
Each rule holds outside war too: an arrest of protesters, a carmaker's withdrawal, a trade agreement, a union
confirming a strike."""

from __future__ import annotations

import pytest


def _roles(claims, predicates=("hasActor", "initiatedBy", "target", "hasPlace", "party")):
    return {o for _, p, o, _ in claims if p in predicates}


@pytest.mark.parametrize("sentence, date, reference, place", [
    ("Tanzania said its forces killed several hundred Libyan soldiers in fighting at Lukaya, south of Kampala, "
     "last month.", "1979-04-11", "kampala", "lukaya"),
    ("27 April - Northern and southern armoured brigades clash at Amran, north of Sanaa.", "1994-07-07", "sanaa",
     "amran"),
    ("Police arrested 40 protesters in Thika, north-east of Nairobi, on Sunday.", "2023-05-01", "nairobi", "thika"),
])
def test_a_place_named_after_a_comma_and_a_compass_direction_is_a_point_of_reference(
        claims_of, sentence, date, reference, place):
    claims = claims_of(sentence + "\n", date=date)
    assert place in _roles(claims, ("hasPlace",)) and reference not in _roles(claims)


def test_a_direction_with_no_place_before_it_still_says_where(claims_of):
    claims = claims_of("He said an exchange of fire south of Kirkuk early on Monday had been brief.\n",
                       date="2017-10-17")
    assert "kirkuk" in _roles(claims, ("hasPlace",))


@pytest.mark.parametrize("sentence, date, place", [
    ("On Monday, south of Kampala, Tanzanian troops attacked a Libyan convoy.", "1979-04-11", "kampala"),
    ("Israel struck Hezbollah, south of Beirut, on Friday.", "2023-11-20", "beirut"),
])
def test_a_direction_after_a_name_of_no_place_still_says_where(claims_of, sentence, date, place):
    """Only a place's name before the comma is what the direction locates: after "On Monday," or after the
    object of the act, the place after the direction is where the act was (before, any capitalised word did)."""
    assert place in _roles(claims_of(sentence + "\n", date=date), ("hasPlace",))


@pytest.mark.parametrize("sentence, date, pressers, kept", [
    ("Under pressure from the United States, the Soviet Union and the United Nations, the three invaders withdrew.",
     "1957-01-10", {"united-states", "soviet-union", "united-nations"}, set()),
    ("Under pressure from Egypt, Qatar and the United States, Israeli troops withdrew from Rafah.", "2023-05-01",
     {"egypt", "qatar", "united-states"}, {"israeli-armed-forces", "rafah"}),
    ("Under pressure from Washington, Brussels and Tokyo, the carmaker withdrew from the Russian market.",
     "2023-05-01", {"washington", "brussels", "tokyo", "united-states"}, set()),
    ("The truce took effect on Monday, monitored by the African Union and the United Nations.", "2023-05-01",
     {"african-union", "united-nations"}, set()),
])
def test_every_name_of_a_list_of_pressers_or_watchers_takes_no_role(claims_of, sentence, date, pressers, kept):
    claims = claims_of(sentence + "\n", date=date)
    assert not pressers & _roles(claims) and kept <= _roles(claims)


def test_the_clause_after_a_list_of_pressers_keeps_its_subject(claims_of):
    claims = claims_of("Under pressure from Egypt and Qatar, Hamas and Israel agreed to a truce.\n", date="2023-05-01")
    assert "hamas" in _roles(claims, ("party",)) and not {"egypt", "qatar"} & _roles(claims)


@pytest.mark.parametrize("sentence, date, presser, subject", [
    ("Under pressure from the United States, Israel and Hamas agreed to a truce.", "2023-11-22", "united-states",
     "hamas"),
    ("Under pressure from Moscow, Armenia and Azerbaijan signed a ceasefire on 10 November.", "2020-11-12", "russia",
     "azerbaijan"),
])
def test_a_list_not_closed_by_a_mark_is_the_clauses_subject(claims_of, sentence, date, presser, subject):
    """A list the presser opens is closed by a mark or the text's end after its last name; names running on into
    a verb are the clause's subject, parties of what it tells (before, the list took them in)."""
    claims = claims_of(sentence + "\n", date=date)
    assert subject in _roles(claims) and presser not in _roles(claims)


@pytest.mark.parametrize("text, date, state, kept", [
    ("DAR ES SALAAM, Tanzania, April 11 (AP) - Tanzanian troops and Ugandan exile forces captured Kampala today "
     "after a six-month war.", "1979-04-11", "tanzania", {"kampala", "tanzanian-armed-forces"}),
    ("NAIROBI, Kenya, May 3 (Reuters) - Somali troops attacked an al-Shabaab base in Jubaland on Monday.",
     "2023-05-03", "kenya", {"jubaland", "somali-armed-forces"}),
    ("GENEVA, Switzerland, June 2 (Reuters) - Boeing and Airbus signed an agreement on subsidies on Monday.",
     "2023-06-02", "switzerland", set()),
])
def test_the_state_after_a_datelines_city_is_where_the_report_was_filed(claims_of, text, date, state, kept):
    claims = claims_of(text + "\n", date=date)
    assert state not in _roles(claims) and kept <= _roles(claims)


@pytest.mark.parametrize("text, date, state, kept", [
    ("GOMA, North Kivu, Congo, Nov 20 (Reuters) - M23 rebels captured Sake on Tuesday.", "2012-11-20",
     "republic-of-the-congo", {"m23"}),
    ("KYIV, Ukraine, March 1 - Russian forces shelled Kharkiv on Tuesday.", "2022-03-01", "ukraine",
     {"kharkiv", "russian-armed-forces"}),
    ("Dar es Salaam, Tanzania, April 11 (AP) - Tanzanian troops captured Kampala today.", "1979-04-11", "tanzania",
     {"kampala", "tanzanian-armed-forces"}),
])
def test_a_dateline_of_a_region_no_agency_or_a_city_in_lower_case_is_where_the_report_was_filed(
        claims_of, text, date, state, kept):
    """The state after a dateline's region, after a city in capitals with no agency, or after a city in lower case
    before the agency is where the report was filed too (before, it became the act's place)."""
    claims = claims_of(text + "\n", date=date)
    assert state not in _roles(claims) and kept <= _roles(claims)


@pytest.mark.parametrize("text, date, silent, kept", [
    ("On 23 April Sudanese aircraft bombed a market in Rubkona. The UN Mission in South Sudan (UNMISS) confirmed the "
     "attack; local authorities reported that at least one child was killed.", "2012-04-30",
     {"un-mission-in-south-sudan"}, {"sudan", "rubkona"}),
    ("According to the International Committee of the Red Cross (ICRC), the bombing killed 12 people in Aden.",
     "2022-05-01", {"international-committee-of-the-red-cross"}, {"aden"}),
    ("The United Auto Workers (UAW) confirmed the strike at the Ford plant in Detroit.", "2023-09-20",
     {"united-auto-workers"}, set()),
])
def test_the_acronym_in_brackets_after_a_speaker_or_a_cited_source_takes_no_role(claims_of, text, date, silent, kept):
    """Who confirms an act or is cited for it holds what the clause tells, and so does its acronym given just after
    its name: before, the acronym was read as a name of its own and became an actor."""
    claims = claims_of(text + "\n", date=date)
    assert not silent & _roles(claims) and kept <= _roles(claims)
