"""Acts the setA texts of session 27 told in shapes the pipeline missed (events27a), with invented sentences of
other conflicts: armed men sent somewhere by a verb whose object they are, counted, owned or qualified ("sent its army
across the border", "airlifted troops to", "dispatched two battalions to", "ordered ten battalions to the frontier");
and the near-misses the rule must not fire on (things sent to soldiers, troops ordered to do a task, troops sent home,
a noun the armed word qualifies, a threat to send them).
"""

from __future__ import annotations

import pytest

from .test_extraction import typed


@pytest.mark.parametrize("text", [
    "Cuba sent 15,000 soldiers to Ethiopia in January 1978.",
    "In January Tanzania sent its army across the border.",
    "Libya airlifted troops to Kampala in March 1979.",
    "On 2 May the president dispatched two battalions to the frontier.",
    "Moscow despatched paratroopers to Kabul in December 1979.",
    "On Sunday Egypt ordered ten battalions to the Libyan frontier.",
    "That evening the president ordered some 400 Marines ashore.",
    "Argentina and Chile sent their men to serve under the UN flag in 1964."])
def test_armed_men_sent_somewhere_are_deployed(claims_of, text):
    assert typed(claims_of(text + "\n", date="1990-01-01"), "Deployment"), text


@pytest.mark.parametrize("text", [
    "The embassy sent a letter to the troops on Monday.",
    "The ministry sent food and medicine for soldiers in May.",
    "The general ordered the troops to withdraw on 3 June.",
    "The commander ordered troops to fire on the crowd in March.",
    "The hospital sent army doctors to the region in April.",
    "In July the government sent the troops home.",
    "The agency sent men to the moon in 1969.",
    "The president threatened to send troops to the border in May."])
def test_letters_tasks_homecomings_and_threats_deploy_no_one(claims_of, text):
    assert not typed(claims_of(text + "\n", date="1990-01-01"), "Deployment"), text


def test_armed_men_sent_in_an_accusation_are_not_asserted(extraction_of):
    text = "Ruvania accused Belmark of sending tanks and mortars across the border in May 2021."
    claims = extraction_of(text, "2021-06-01").claims
    sent = [c.modality for c in claims if c.predicate == "type" and c.obj == "Deployment"]
    assert sent == ["Unconfirmed"]


@pytest.mark.parametrize("text, cls", [
    ("On 14 July 1969 Honduras broke diplomatic relations with El Salvador. Guatemala broke relations too, a week "
     "later.", "Rupture"),
    ("On 2 May 1998 Kenya sent troops to the border. Uganda sent 2,000 soldiers as well.", "Deployment"),
    ("On 3 June 1992 Croatia restored relations with Slovenia. Hungary restored relations too.", "Restoration")])
def test_an_undated_act_of_another_subject_is_not_the_dated_act_told_before(claims_of, text, cls):
    assert len(typed(claims_of(text + "\n", date="2000-01-01"), cls)) == 2, text


def test_an_undated_act_of_the_same_subject_is_the_dated_act_told_before(claims_of):
    text = "On 14 July 1969 Honduras broke diplomatic relations with El Salvador. Honduras broke relations in anger."
    assert len(typed(claims_of(text + "\n", date="2000-01-01"), "Rupture")) == 1
