"""Event and agreement words that the rules of session 21 (events21, agreements21) read too widely (review 25).

Each test has the reviewer's sentences, which the rules misread, and the rule's own sentence, which it must still read.
"""

from __future__ import annotations

import pytest

from claimgraph.rdf.terms import top_classes

from .test_extraction import the_one, typed, values

AGREEMENTS = ("Agreement", "Ceasefire")


@pytest.fixture
def claims(extraction_of):
    """The claims (with their modality) of one sentence dated 4 March 2024."""
    return lambda text: extraction_of(text + "\n", "2024-03-04").claims


def agreements(claims) -> set[str]:
    return set().union(*(typed(claims, cls) for cls in AGREEMENTS))


def test_agreed_after_a_meeting_concludes_an_agreement_only_between_sides_of_a_conflict(claims_of):
    for text in ("The board met on Monday and agreed to raise the dividend.",
                 "Unions met the employers and agreed on a pay rise.",
                 "The committee met on Tuesday and agreed to postpone the vote on the budget.",
                 "Party factions met and agreed to end the fighting within the party before the election.",
                 "The leaders met in Paris and agreed to disagree."):
        assert not agreements(claims_of(text + "\n", date="2024-03-04")), text
    claims = claims_of("Armenia and Azerbaijan met in Russia and agreed to exchange prisoners.\n", date="2024-03-04")
    assert values(claims, the_one(claims, "Agreement"), "party") == {"armenia", "azerbaijan"}
    claims = claims_of("In March 1990 the URNG and the National Reconciliation Commission met in Oslo and agreed to "
                       "seek a political settlement.\n", date="1996-12-30")
    assert values(claims, the_one(claims, "Agreement"), "date") == {"1990-03"}
    assert typed(claims_of("The rival clans met at the mosque on 3 March and agreed to stop the fighting.\n",
                           date="2024-03-04"), "Ceasefire")


def test_what_was_reported_after_a_comma_is_no_sayer_of_the_clause_before(claims):
    for text in ("Russian forces shelled Kharkiv on Monday, and heavy casualties were reported.",
                 "A car bomb exploded in a market in Baghdad, but no casualties were reported."):
        found = [c for c in claims(text) if c.predicate == "type" and "Event" in top_classes(c.obj)]
        assert found and {c.modality for c in found} == {"Asserted"}, text
    said = [c for c in claims("Israeli troops entered Jenin on Monday, the army said.")
            if c.predicate == "type" and "Event" in top_classes(c.obj)]
    assert said and {c.modality for c in said} == {"Reported"}


def test_rose_up_and_revolt_name_a_war_only_of_arms_or_a_people(claims_of):
    for text in ("Water levels rose up to the windows in the town of Derna.",
                 "Villagers rose up to greet the president in Gulu.",
                 "The tax revolt in California began in 1978.",
                 "The vote triggered a backbench revolt against the prime minister.",
                 "A shareholder revolt forced the chief executive of Shell to step down."):
        assert not typed(claims_of(text + "\n", date="2024-03-04"), "War"), text
    claims = claims_of("In 1956 Hungarians rose up against Soviet rule, and Soviet tanks crushed the revolt in "
                       "Budapest.\n", date="2024-03-04")
    assert typed(claims, "War")


def test_an_attacking_player_and_money_or_a_candidacy_withdrawn_name_no_act_of_war(claims_of):
    for text, cls in (("Chelsea signed an attacking midfielder from Benfica.", "Attack"),
                      ("Customers are withdrawing their savings from the bank in Athens.", "Withdrawal"),
                      ("Customers withdrew their savings from the bank in Athens.", "Withdrawal"),
                      ("Biden was withdrawing from the presidential race, aides said.", "Withdrawal"),
                      ("Biden withdrew from the presidential race in July.", "Withdrawal")):
        assert not typed(claims_of(text + "\n", date="2024-03-04"), cls), text
    assert typed(claims_of("Ukrainian troops were withdrawing from Avdiivka on Friday.\n", date="2024-03-04"),
                 "Withdrawal")
    assert typed(claims_of("Russian troops were attacking Avdiivka on Friday.\n", date="2024-03-04"), "Attack")


def test_a_diplomat_of_a_nationality_represents_no_state(claims_of):
    claims = claims_of("The French diplomat Jean Arnault met Colombian officials.\n", date="2016-03-04")
    assert not values(claims, "jean-arnault", "represents")


def test_an_announcement_with_an_object_before_a_relative_that_reports_nothing_after_it(claims):
    found = [c for c in claims("The army announced on Tuesday the names of soldiers that rebels had killed in the "
                               "ambush near Gao.") if c.predicate == "type" and "Event" in top_classes(c.obj)]
    assert found and {c.modality for c in found} == {"Asserted"}
    said = [c for c in claims("The Russian defence ministry announced on Saturday that its forces had captured "
                              "Avdiivka.") if c.predicate == "type" and "Event" in top_classes(c.obj)]
    assert said and {c.modality for c in said} == {"Reported"}


def test_may_opening_a_question_is_the_modal_and_tells_no_attack(claims_of):
    assert not typed(claims_of("May rebels attack the town of Goma?\n", date="2024-03-04"), "Attack")
    assert typed(claims_of("On 2 May a car bomb in the port of Algiers killed 62 dock workers.\n", date="1962-05-10"),
                 "Attack")
