"""Sentences of ordinary news in which the verbs of armed men moving name no happening of war (review 30).

Each sentence has an armed-looking word and a verb of taking, leaving, surrounding, arriving, landing, overrunning,
driving back or clashing, and tells no capture, withdrawal, siege, deployment, expulsion or clash: a town noun that
qualifies another noun, a trip, a passive with no armed agent or no place, an arrival home or for an occasion, a crowd
that overran a place, a driver who drove soldiers home, a dispute.
"""

from __future__ import annotations

import pytest

from .test_extraction import typed

NEWS = [
    # a noun of a town that qualifies another noun is no place taken
    ("The soldiers took the village children to school.", "Capture"),
    ("The troops took the town bus to the airport.", "Capture"),
    ("The army took the city council to court in 2019.", "Capture"),
    ("The Army team took the city title on Saturday.", "Capture"),
    # troops that leave a place on an errand, or leave it in a state, withdraw from nothing
    ("The soldiers left the base on Friday to spend the weekend with their families.", "Withdrawal"),
    ("The army left the city in ruins.", "Withdrawal"),
    ("The army left the town of Ypres untouched.", "Withdrawal"),
    # surrounded by no armed men, or with no place or armed men surrounded
    ("The town is surrounded on all sides by hills.", "Siege"),
    ("The singer was surrounded as she left the hotel.", "Siege"),
    ("The celebrity was surrounded at the airport by fans.", "Siege"),
    ("The president was surrounded by soldiers during the ceremony.", "Siege"),
    # arrived or landed at no place, for an occasion, or no armed men at all
    ("Soldiers arrived home on leave.", "Deployment"),
    ("The troops arrived late for dinner.", "Deployment"),
    ("Contingents of fans arrived in Paris for the final.", "Deployment"),
    ("The army band arrived in Vienna for the festival.", "Deployment"),
    ("The UN peacekeepers arrived in Geneva for a conference.", "Deployment"),
    ("Marines landed in a helicopter at the White House for the ceremony.", "Deployment"),
    # a cost overrun, a place overrun by a crowd
    ("The project overrun cost the council millions.", "Capture"),
    ("The hospital was overrun by patients during the flu season.", "Capture"),
    ("Our garden was overrun by rabbits.", "Capture"),
    # soldiers driven home by an unarmed driver
    ("The bus driver drove the soldiers back to their barracks.", "Displacement"),
    ("The sergeant drove the troops back to base after the parade.", "Displacement"),
    # a dispute
    ("Soldiers clashed over who would lead the parade.", "Clash"),
    ("The army clashed with the government over pensions.", "Clash"),
]


@pytest.mark.parametrize(("sentence", "cls"), NEWS, ids=[s for s, _ in NEWS])
def test_a_news_sentence_tells_no_move_of_war(claims_of, sentence, cls):
    assert not typed(claims_of(sentence + "\n", date="2024-03-04"), cls)
