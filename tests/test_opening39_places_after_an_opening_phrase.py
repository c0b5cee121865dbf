"""A phrase of place that opens its clause and a comma ends ("In Geneva, Russia and the United States signed") names
where, and the states after its comma act; this held only at a text's very first character, as the list of the rule
(`clauses.PLACE_PHRASE_START`, once a second `OPENING`) was shadowed by the subordinate-clause openings
(`clauses.SUBORDINATE_OPENING`). Now it holds in any sentence and after a first opening phrase of time ("On 5
September, near Christchurch, Papua New Guinea and the rebels signed"), with invented sentences of several conflicts;
and the sentences a list of places or a place's state must keep (a town "near" a city and its state, a comma list
inside a clause, a first phrase that is a clause), and sentences of sport, courts, business and weather that make
no roles at all.
"""

from __future__ import annotations

import pytest

from .test_extraction import the_one, values


def _roles(claims, predicate: str) -> set[str]:
    return {o for s, p, o, _ in claims if p == predicate}


@pytest.mark.parametrize("text, cls, sides, place", [
    ("The talks had stalled for months. On 5 September, near Christchurch, Papua New Guinea and the rebels signed "
     "the truce.", "Signing", {"papua-new-guinea"}, "christchurch"),
    ("Talks dragged on. On 12 March, in Arusha, Rwanda and the rebels signed a ceasefire.",
     "Signing", {"rwanda"}, "arusha"),
    ("Earlier this year, in Minsk, Russia and Ukraine signed a ceasefire.", "Signing", {"russia", "ukraine"}, "minsk"),
    ("In 1994, in Lusaka, Angola and UNITA signed the protocol.", "Signing", {"angola"}, "lusaka"),
    ("On Friday, in Doha, Qatar and Egypt mediated talks between Israel and Hamas.",
     "Negotiation", {"qatar", "egypt"}, "doha"),
    ("The war went on for years. In Geneva, Russia and the United States signed a new arms control agreement.",
     "Signing", {"russia", "united-states"}, "geneva"),  # a second sentence: the shadowed list itself
    ("Talks dragged on. On 3 May, in Geneva, Switzerland, Armenia and Azerbaijan signed the deal.",
     "Signing", {"armenia", "azerbaijan"}, "geneva")])
def test_the_states_after_an_opening_phrase_of_place_act_in_any_sentence(claims_of, text, cls, sides, place):
    claims = claims_of(text + "\n", date="2000-01-01")
    event = the_one(claims, cls)
    assert sides <= values(claims, event, "hasActor"), text
    assert not sides & values(claims, event, "hasPlace"), text
    assert place in values(claims, event, "hasPlace"), text


def test_a_state_after_a_place_and_a_comma_in_a_second_opening_phrase_is_where_it_lies(claims_of):
    claims = claims_of("Talks dragged on. On 3 May, in Geneva, Switzerland, Armenia and Azerbaijan signed the deal.\n",
                       date="2000-01-01")
    assert values(claims, the_one(claims, "Signing"), "hasPlace") == {"geneva", "switzerland"}


@pytest.mark.parametrize("text, state", [
    ("Clashes broke out in Rimbo, near Stockholm, Sweden.", "sweden"),
    ("On 9 May, the rebels attacked Kismayo, near Mogadishu, Somalia.", "somalia"),  # the first phrase opens a clause
    ("The rebels attacked the town, near Goma, Congo and Rwanda.", "rwanda"),  # a comma inside the clause
    ("US bases in Syria, Iraq and Jordan were attacked by drones on Sunday.", "iraq")])
def test_a_place_near_a_city_and_a_list_inside_a_clause_stay_places(claims_of, text, state):
    claims = claims_of(text + "\n", date="2000-01-01")
    assert state in _roles(claims, "hasPlace") and state not in _roles(claims, "hasActor"), text


@pytest.mark.parametrize("text", [
    "The season was long. On Sunday, in Melbourne, Australia and India drew the fifth Test.",
    "The storm moved north. On Tuesday, near Darwin, Australia and Indonesia issued warnings.",
    "The court sat late. On 4 May, in The Hague, Serbia and Croatia presented their arguments.",
    "The tour went on. Later that day, at Wembley, England and Brazil played a friendly.",
    "Sales fell. In Tokyo, Japan and Korea agreed a currency swap.",
    "Meanwhile, in Madrid, Spain beat Italy 2-1.",
    "Floods hit villages in Sylhet, near Shillong, India and Bangladesh on Monday.",
    "The judge ruled in Lyon, France, that the contract stood."])
def test_openings_of_place_in_sport_courts_business_and_weather_make_no_roles(claims_of, text):
    claims = claims_of(text + "\n", date="2000-01-01")
    assert not _roles(claims, "hasActor") | _roles(claims, "hasPlace"), text
