"""Killings the rules did not read (events37), with invented sentences of several conflicts and kinds of text: a
count of people by the dozen or the hundred ("killed dozens of soldiers"), killers no rule read as armed men
("rebels", "police") before a count of people, and a passive of killing with a word of report or sequence ("was
reportedly killed", "were later killed"); and the sentences of other kinds each rule must leave alone (a party's
rebels who killed amendments, hours killed, a proposal reportedly killed).
"""

from __future__ import annotations

import pytest

from .test_extraction import typed


@pytest.mark.parametrize("text", [
    "Its forces had killed dozens of Eritrean soldiers near the border.",
    "Government troops killed hundreds of civilians in the town of Bentiu.",
    "The rebels killed 40 soldiers near Gulu on 3 May.",
    "Police in the district killed seven Maoist cadres the same day.",
    "Separatists killed twelve policemen in an ambush near Kidal.",
    "His brother was reportedly killed at the palace gates.",
    "The two journalists were later killed near Bunia.",
    "The village headman was allegedly killed by militiamen in March."])
def test_killings_by_the_dozen_by_rebels_or_police_and_hedged_passives(claims_of, text):
    assert typed(claims_of(text + "\n", date="2000-01-01"), "Killing"), text


@pytest.mark.parametrize("text", [
    "Tory rebels killed 40 amendments in committee.",
    "Police killed 300 hours on paperwork last year.",
    "The rebels killed dozens of hours waiting for the vote.",
    "The pirates of the Caribbean killed 40 minutes of our evening.",
    "The frost killed dozens of vines in the valley.",
    "The proposal was reportedly killed by the cabinet.",
    "The bill was later killed in committee.",
    "Backbench rebels killed 40 clauses of the bill.",
    "Our soldier killed time reading three novels."])
def test_things_hours_and_proposals_killed_are_no_killing(claims_of, text):
    assert not typed(claims_of(text + "\n", date="2000-01-01"), "Killing"), text
