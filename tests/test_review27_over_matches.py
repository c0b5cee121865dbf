"""Review 27's over-matches, mended: sentences of news where a rule of truce22, places22 or fixW fired though it
must not. Each test holds the reviewer's sentences (they fail at 6b877d8) and one the rule is for (it still holds).
"""

from __future__ import annotations

import pytest

from .test_extraction import typed


def _roles(claims, entity: str) -> set[str]:
    return {p for s, p, o, _ in claims if o == entity and p in ("hasActor", "initiatedBy", "target", "hasPlace")}


@pytest.mark.parametrize("sentence", [
    "The UN declared that the ceasefire had collapsed.",
    "The rebels declared the truce over on Monday.",
    "Hamas declared the ceasefire dead after the strike.",
    "The president declared the ceasefire a success.",
])
def test_a_ceasefire_only_commented_on_or_told_before_is_not_declared(claims_of, sentence):
    """"declared the truce" names one told before; "declared that ..." tells what became of it: no entry into force
    (truce22 made each an EntryIntoForce, "over" giving it an end date)."""
    claims = claims_of(sentence + "\n")
    assert not typed(claims, "EntryIntoForce")
    assert typed(claims, "Ceasefire")


def test_a_truce_declared_over_or_dead_is_its_end(claims_of):
    claims = claims_of("The rebels declared the truce over on Monday.\n")
    assert typed(claims, "Termination")
    assert not any(p == "endDate" for s, p, o, _ in claims)


def test_a_truce_declared_after_an_indefinite_article_or_none_is_still_its_entry_into_force(claims_of):
    for sentence in ("The army declared a unilateral ceasefire in Tigray.",
                     'The government declared "an indefinite humanitarian truce."'):
        assert typed(claims_of(sentence + "\n"), "EntryIntoForce")


@pytest.mark.parametrize("sentence, state", [
    ("A Russian strike on a crowded market in Kostiantynivka killed 17 people.", "russia"),
    ("An Israeli airstrike hit a market in Gaza City.", "israel"),
    ("The Russian invasion sent markets tumbling.", "russia"),
])
def test_a_market_struck_or_markets_moved_by_an_act_of_force_leave_its_side(claims_of, sentence, state):
    """A single market is a place; business news never makes an act with weapons a firm's (fixW dropped the side)."""
    assert "initiatedBy" in _roles(claims_of(sentence + "\n"), state)


def test_a_takeover_in_business_news_still_names_no_side(claims_of):
    claims = claims_of("Markets fell a year after the Chinese takeover of the port.\n")
    assert not _roles(claims, "china") & {"hasActor", "initiatedBy"}


@pytest.mark.parametrize("sentence, capital, state", [
    ("Rebels surrounded Kabul, the capital, then attacked the airport.", "kabul", "afghanistan"),
    ("Russia shelled Kyiv, the capital, then attacked Kharkiv.", "kyiv", "ukraine"),
    ("Rebels surrounded Kabul then attacked the airport.", "kabul", "afghanistan"),
])
def test_a_capital_that_is_a_verbs_object_is_the_city_before_an_aside_or_then(claims_of, sentence, capital, state):
    """places22's aside took ", the capital," and "then" took the verb after the object as the capital's own."""
    claims = claims_of(sentence + "\n")
    assert capital in typed(claims, "Settlement")
    assert state not in typed(claims, "State")


def test_a_capital_with_an_aside_or_then_before_its_verb_is_still_its_state(claims_of):
    claims = claims_of("London, wary of new obligations, refused to sign the treaty. Moscow then said it would "
                       "respond.\n")
    assert {"united-kingdom", "russia"} <= typed(claims, "State")


@pytest.mark.parametrize("sentence", ["Washington signed a new quarterback.",
                                      "Washington later signed a new quarterback."])
def test_a_capital_in_a_sentence_of_sport_is_its_team_not_its_state(claims_of, sentence):
    claims = claims_of(sentence + "\n")
    assert "united-states" not in {s for s, p, o, _ in claims}


@pytest.mark.parametrize("sentence", ["The ceasefire declared with the FARC collapsed in January.",
                                      "The truce declared by the rebels broke down in March."])
def test_a_declared_ceasefire_that_ended_takes_no_start_date_from_its_end(claims_of, sentence):
    """truce22 made it an entry into force dated by its collapse; it stays the accord that ended."""
    claims = claims_of(sentence + "\n")
    assert not typed(claims, "EntryIntoForce")
    assert typed(claims, "Ceasefire")


def test_a_ceasefire_declared_between_two_sides_is_their_agreement(claims_of):
    claims = claims_of("The mediators declared a ceasefire between the army and the rebels.\n")
    assert not typed(claims, "EntryIntoForce")
    assert any(p == "party" and o == "separatist-forces" for s, p, o, _ in claims)


def test_a_ceasefire_declared_with_a_side_that_goes_on_is_still_its_entry_into_force(claims_of):
    claims = claims_of("Santos stated that the ceasefire declared with the FARC, in force since August 29, would "
                       "continue until October 31.\n", date="2016-09-01")
    assert typed(claims, "EntryIntoForce")
