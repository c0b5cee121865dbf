"""Acts told as recommended, requested, provided for, put to a quiz or asked rhetorically, in shapes the rules of
session 37 missed (session 38, branch modality38), with sentences of sport, business, courts and weather as guards.

An act recommended ("a report recommending the complete evacuation"), one a side declares its readiness for
("declare readiness to talks") or asks for itself ("asked to be arrested"), and one an accord is named for ("signed a
protocol on the withdrawal of troops") is still to come, planned; so are the points of a plan counted in the line
that opens their list ("The thirteen points include:"). A quiz's "True or false:" alleges the statement it puts, a
definite act it names given. A question opening with its auxiliary and "not" ("Did not the talks break down?") asks to
agree: it neither denies nor alleges.
"""

from __future__ import annotations

import pytest

from .test_modality35_asked_called_off_unproven import _modality_of


@pytest.mark.parametrize("text, word", [
    ("The Security Council adopted a report recommending the complete evacuation of the demilitarised zone.",
     "evacuation"),
    ("The commission of inquiry recommended the withdrawal of all foreign forces from Katanga.", "withdrawal"),
    ("Its final recommendations include the deployment of observers along the Line of Control.", "deployment"),
    ("Both delegations declared their readiness to hold talks in Addis Ababa.", "talks"),
    ("Agreement on a full ceasefire is not achieved, though both sides declare readiness to talks.", "talks"),
    ("The junta signalled its willingness to hold elections within a year.", "elections"),
    ("The surrounded commanders asked to be arrested by UN troops rather than by the militia.", "arrested"),
    ("Hundreds of families in the enclave asked to be evacuated to Tuzla.", "evacuated"),
])
def test_an_act_recommended_readied_or_requested_is_planned(extraction_of, text, word):
    assert _modality_of(extraction_of, text, word) == "Planned", text


@pytest.mark.parametrize("text, word", [
    ("On 19 September the two security chiefs signed a protocol on the withdrawal of troops from the border.",
     "withdrawal"),
    ("Hamas and Israel concluded a deal for the release of the hostages held in Gaza.", "release of"),
    ("The parties signed an agreement concerning the evacuation of the wounded from Mariupol.", "evacuation"),
])
def test_an_act_an_accord_is_named_for_is_provided(extraction_of, text, word):
    assert _modality_of(extraction_of, text, word) == "Planned", text


def test_the_points_of_a_plan_counted_in_the_line_opening_their_list_are_provided(extraction_of):
    text = ("The accord was signed in Minsk on 12 February.\n\nThe thirteen points include:\n"
            "- withdrawal of heavy weapons from the line of contact;\n"
            "- constitutional reform, and local elections;\n")
    assert _modality_of(extraction_of, text, "withdrawal") == "Planned"
    assert _modality_of(extraction_of, text, "elections") == "Planned"


def test_a_quiz_statement_to_judge_is_alleged_a_definite_act_in_it_given(extraction_of):
    text = ("Quiz on the war\n10. True or false: British aircraft bombed air bases on the Argentine mainland.\n"
            "11. True or false: the Vulcan raid of 1 May closed Stanley airfield.\n")
    assert _modality_of(extraction_of, text, "bombed") == "Unconfirmed"
    assert _modality_of(extraction_of, text, "raid") == "Asserted"


@pytest.mark.parametrize("text, word", [
    ("Did not the talks at Lausanne break down in July?", "talks"),
    ("Did not the rebels attack the convoy near Gao?", "attack"),
    ("Wasn't the battle of the Somme the bloodiest of the war?", "battle"),
])
def test_a_question_opening_with_its_negation_asserts(extraction_of, text, word):
    assert _modality_of(extraction_of, text, word) == "Asserted", text


@pytest.mark.parametrize("text, word", [
    ("A report on the withdrawal of Soviet troops from Afghanistan was published in 1990.", "withdrawal"),
    ("Talks on the withdrawal of the troops broke down in May.", "withdrawal"),
    ("The agreement on the war in Bosnia was signed in Dayton.", "war"),
    ("The treaty on the invasion of Kuwait was never ratified.", "invasion"),
    ("The ceasefire recommended by the mediators took effect on Monday.", "took effect"),
    ("The referee asked to see the replay of the clash between the captains.", "clash"),
    ("The minister asked to be briefed on the bombing of the market.", "bombing"),
    ("Key points:\n- withdrawal of troops from the town on 3 May;\n- elections held in March.\n", "withdrawal"),
])
def test_a_known_act_beside_such_words_stays_told(extraction_of, text, word):
    assert _modality_of(extraction_of, text, word) == "Asserted", text


def test_a_negated_statement_and_a_plain_question_are_read_as_before(extraction_of):
    assert _modality_of(extraction_of, "The rebels did not attack the convoy.", "attack") == "Denied"
    assert _modality_of(extraction_of, "Did the rebels attack the convoy?", "attack") == "Unconfirmed"


@pytest.mark.parametrize("text", [
    "The board adopted a report recommending the sale of the factory.",
    "The coach recommended a week of rest after the match.",
    "The union declared its readiness to negotiate with the airline.",
    "The defendant asked to be released on bail.",
    "The clubs reached a deal for the transfer of the striker.",
    "The firms signed a memorandum of understanding on the exchange of data.",
    "3. True or false: Liverpool won the league in 2020.",
    "Didn't the storm flood the town last year?",
    "Isn't the final on Sunday?",
    "The weather service recommended that farmers harvest early.",
])
def test_sport_business_courts_and_weather_tell_no_act_of_war(extraction_of, text):
    assert not [c for c in extraction_of(text).claims if c.predicate == "type" and c.modality != "Asserted"
                and str(c.obj).rsplit("/", 1)[-1] in {"Evacuation", "Withdrawal", "Negotiation", "Attack", "Arrest"}]
