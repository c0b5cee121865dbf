"""Events the graph never found in the developed texts of session 39 (events39): armed men who crossed a border, a
frontier, a river or a named or ceasefire line on a date ("the Red Army crossed the border on 30 November", "Japanese
forces crossed to the west bank on the night of 2 July"), an invasion or an incursion told by its move, where no known
place stands in the object, but not beside the attack its sentence tells; and the crossings of other kinds the rule
must leave alone (refugees, fans, a finish line, a storm, an index, a line crossed in words, an errand).
"""

from __future__ import annotations

import pytest

from .test_extraction import typed


@pytest.mark.parametrize("text", [
    "On 30 November the Red Army crossed the border.",
    "At dawn on 17 February, tens of thousands of troops crossed the border at more than 20 points.",
    "On the night of 2 July, Japanese forces crossed to the west bank.",
    "Pakistani soldiers crossed the Line of Control in early May 1999.",
    "On 8 June the armoured units crossed the ceasefire line.",
    "On the night of 6 October the first tanks crossed the canal.",
    "In June 1950 North Korean troops crossed the 38th parallel.",
    "On 14 August the militia crossed the river and dug in on the far bank."])
def test_armed_men_who_crossed_a_border_or_a_line_on_a_date_move_in(claims_of, text):
    assert typed(claims_of(text + "\n", date="2000-01-01"), "Event"), text


@pytest.mark.parametrize("text", [
    "Refugees crossed the border into Chad on 3 March.",
    "The team's fans crossed the border on Saturday for the away match.",
    "The hikers crossed the frontier at dawn on 4 July.",
    "On Monday the storm crossed the border into Mexico.",
    "The index crossed the 10,000 line on Tuesday.",
    "Soldiers crossed the finish line of the charity marathon on Sunday.",
    "On Sunday the Army team crossed the line first in the regatta.",
    "Striking workers crossed the picket line on Monday morning.",
    "In 2010 the army's chief crossed the line with his remarks on the budget.",
    "On 4 May the troops crossed the river to celebrate the festival.",
    "The police crossed the border on Friday to attend a training course.",
    "Soldiers from the garrison crossed the bridge on Friday to watch the football final.",
    "Troops crossed the border many times."])  # undated: no happening of its own
def test_a_crossing_of_refugees_fans_a_storm_a_finish_line_or_an_errand_is_no_event(claims_of, text):
    assert not typed(claims_of(text + "\n", date="2000-01-01"), "Event"), text


@pytest.mark.parametrize("text", [
    "On 25 June 1950 the armed forces of the North crossed the 38th parallel and invaded the South.",
    "The offensive began at dawn on 4 March, when the troops crossed the river at three points."])
def test_a_crossing_in_a_sentence_that_tells_its_attack_is_that_attack_alone(claims_of, text):
    claims = claims_of(text + "\n", date="2000-01-01")
    assert typed(claims, "Event") and not typed(claims, "Deployment"), text
