"""s40 review of actors40 (a calling right before a full name tells a person): a calling before a club's name tells
no person ("coach Real Madrid", "striker Bayern Munich", `CUES.CLUB_OPENING_WORDS`);
a relative clause the calling heads after an article, an adjective between them allowed, takes an irregular past too
("The former coach Aston Villa sacked in June joined", "The striker Aston Villa bought last summer was"); but a past
verb with an object of its own, or with no main verb after it, is the name's own verb: a person ("The pilot Fernando
Soto shot down three planes", "The surgeon Ahmed Khalil treated forty wounded fighters").
"""

from __future__ import annotations

import pytest

from .test_extraction import typed


@pytest.mark.parametrize("text, body", [
    ("The club named coach Real Madrid as its model for the season.", "real-madrid"),  # sport
    ("The defender Inter Milan sold in January scored twice for his new club.", "inter-milan"),
    ("Veteran coach Sporting Lisbon appointed last week resigned on Monday.", "sporting-lisbon"),
    ("The club sacked coach Bayern Munich had praised.", "bayern-munich"),
    ("The striker Aston Villa bought last summer was injured.", "aston-villa"),
    ("The former coach Aston Villa sacked in June joined Leeds.", "aston-villa"),
    ("The new striker Aston Villa signed scored twice.", "aston-villa"),
])
def test_a_team_or_a_relative_clause_after_a_calling_is_no_person(claims_of, text, body):
    people = typed(claims_of(text + "\n", date="2015-01-01"), "Person")
    assert body not in people, (text, people)


@pytest.mark.parametrize("text, person", [
    ("The pilot Fernando Soto shot down three Salvadoran planes in July 1969.", "fernando-soto"),
    ("The surgeon Ahmed Khalil treated forty wounded fighters in Aleppo in 2016.", "ahmed-khalil"),
])
def test_a_calling_before_a_name_whose_own_verb_follows_tells_a_person(claims_of, text, person):
    people = typed(claims_of(text + "\n", date="2015-01-01"), "Person")
    assert person in people, (text, people)
