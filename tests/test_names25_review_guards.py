"""The over-matches a review of session 25's name rules found, each in the reviewer's sentence, with the reading the
rule must keep: an operation "executed" or a brand "killed off" is no person, nor a people in the plural that "died";
a person the gazetteer knows or a title names is not the longer name that ends in its words; a town before a noun
after "the torpedoing of the" is no ship, nor a region that "sank into"; a club named for a state's capital is no
person; "Justice Minister" is a ministry's remit; "the" before a name after a role names a body; a known place after
"Sir"; a firm "as adviser on the debt"; a -yan adjective before a capitalised noun."""

from __future__ import annotations

from .conftest import place_mentions
from .test_names import found


def _classes(recognisers, text: str) -> dict[str, str]:
    """Each entity mention's words -> its class."""
    return {words: cls for words, (cls, _) in found(recognisers, text).items()}


def test_an_operation_executed_or_a_brand_killed_off_is_no_person(recognisers):
    assert _classes(recognisers, "Operation Serval was executed in January 2013.").get("Operation Serval") != "Person"
    assert _classes(recognisers, "Desert Storm was executed with precision in 1991.").get("Desert Storm") != "Person"
    assert _classes(recognisers, "Rolling Thunder was killed off by Congress in 1968.").get(
        "Rolling Thunder") != "Person"
    assert _classes(recognisers, "Ansar Dine was killed off as a brand.").get("Ansar Dine") != "Person"
    assert _classes(recognisers, "In 1996 Ahmed Shah was killed in Kabul.")["Ahmed Shah"] == "Person"


def test_a_people_in_the_plural_that_died_is_no_person(recognisers):
    assert _classes(recognisers, "Karen Christians died in the army raids of 1997.").get("Karen Christians") != "Person"
    assert _classes(recognisers, "Thousands of Rohingya Muslims died in 2017.").get("Rohingya Muslims") != "Person"
    assert _classes(recognisers, "On 3 May Omar Haddad died in the raid.")["Omar Haddad"] == "Person"


def test_a_known_person_named_by_a_title_is_not_the_longer_name_before(tmp_path):
    persons = place_mentions("US troops killed General Qusay Saddam Hussein in Mosul in July 2003. President Saddam "
                             "Hussein was captured in December 2003.", tmp_path, ("Person",))
    assert ("Saddam Hussein", "saddam-hussein") in persons


def test_a_town_before_a_noun_or_a_region_that_sank_into_is_no_ship(tmp_path):
    places = {words for words, _ in place_mentions(
        "After the torpedoing of the Geneva talks by the regime in 2014, fighting resumed. The Punjab sank into "
        "communal violence in 1947. The boarding of the Gaza flotilla by Israeli commandos left nine dead in 2010.",
        tmp_path)}
    assert {"Geneva", "Punjab", "Gaza"} <= places
    places = {words for words, _ in place_mentions("The sinking of the Kursk shocked Russia in 2000.", tmp_path)}
    assert "Kursk" not in places  # a verb after the name: the ship


def test_a_region_torpedoed_as_a_destination_stays_a_place(tmp_path):
    places = {words for words, _ in place_mentions(
        "The Crimea was torpedoed as a holiday destination by the annexation.", tmp_path)}
    assert "Crimea" in places


def test_a_club_named_for_a_capital_is_no_person(recognisers):
    assert _classes(recognisers, "Dynamo Kyiv said the match in Donetsk was cancelled in 2014.").get(
        "Dynamo Kyiv") != "Person"
    assert _classes(recognisers, "Sporting Lisbon, who had been leading the league, withdrew.").get(
        "Sporting Lisbon") != "Person"
    assert _classes(recognisers, "Carlos Mesa said the vote would wait.")["Carlos Mesa"] == "Person"


def test_justice_before_a_ministrys_remit_or_one_word_is_no_title(recognisers):
    assert _classes(recognisers, "Justice Minister Ali Khashan resigned in 2004.")["Ali Khashan"] == "Person"
    assert _classes(recognisers, "Justice Africa said the ceasefire was failing.").get("Africa") != "Person"


def test_a_name_after_the_after_a_role_is_a_bodys(recognisers):
    names = _classes(recognisers, "The chairman of the Joint Chiefs, General Mark Milley, spoke.")
    assert names.get("Joint Chiefs") != "Person"
    assert names["Mark Milley"] == "Person"


def test_a_known_place_after_sir_is_no_knight(recognisers):
    assert _classes(recognisers, "The UAE holds the island of Sir Bani Yas.").get("Sir Bani Yas") != "Person"


def test_a_firm_with_as_adviser_on_a_debt_is_no_person(recognisers):
    names = _classes(recognisers, "The talks resumed in 2003 with Goldman Sachs as adviser on the debt.")
    assert names.get("Goldman Sachs") != "Person"


def test_a_yan_adjective_before_a_capitalised_noun_is_no_person(recognisers):
    names = _classes(recognisers, "British troops fought the Malayan Emergency from 1948. Later Babayan said no.")
    assert names.get("Malayan") != "Person"
    assert names["Babayan"] == "Person"
