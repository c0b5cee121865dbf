"""actors40: a calling of sport, trade or service right before a full name tells a person, in lower case or opening
its sentence, a comma between them allowed ("defender Serge Akakpo", "Striker Thomas Dossevi", "the technician, Damien
Chaussepied,"; `CUES.CALLINGS`). Guards: a name no person's (a firm, a club, a body: "the pilot Air France hired"), and
the subject of a relative clause the calling heads after an article ("The coach Aston Villa hired in June lost", "the
blogger Daily Kos quoted"), in sentences of sport, business, courts and weather.
"""

from __future__ import annotations

import pytest

from .test_extraction import typed

TEXT_PEOPLE = [
    ("Reserve goalkeeper Emeka Obinna, shot in the leg, was flown to Windhoek in January 2004.", "emeka-obinna"),
    ("Fireman Walter Prentiss was killed when the shell struck the engine room on 3 May 1969.", "walter-prentiss"),
    ("The militia ambushed the convoy near Gulu in 1996; the driver, Okello Ojara, was killed at the wheel.",
     "okello-ojara"),
    ("Striker Danilo Ferrante said the bus came under fire outside Cabinda in January 2010.", "danilo-ferrante"),
    ("The army searched for the bomb maker and his associate Basil Nuaimi near Tikrit in March 2015.",
     "basil-nuaimi"),
    ("The report named the technician, Lucien Marchetti, killed in the raid on the reactor in 1981.",
     "lucien-marchetti"),
    ("The rebels shot tribal policeman Kamau Njoroge at a roadblock near Nyeri in 1953.", "kamau-njoroge"),
]


@pytest.mark.parametrize("text, person", TEXT_PEOPLE)
def test_a_calling_before_a_full_name_tells_a_person(claims_of, text, person):
    people = typed(claims_of(text + "\n", date="2015-01-01"), "Person")
    assert person in people, (text, people)


@pytest.mark.parametrize("text, body", [
    ("The coach Aston Villa hired in June lost his first three games.", "aston-villa"),  # sport
    ("The blogger Daily Kos quoted was anonymous, the court heard on Monday.", "daily-kos"),  # courts
    ("The pilot Air France hired last year flew the Paris route.", "air-france"),  # business
    ("The nurse Royal Free Hospital hired was praised by the tribunal.", "royal-free-hospital"),  # courts
    ("Heavy rain grounded flights as the pilot Storm Ciara warnings reached the airport.", "storm-ciara"),  # weather
    ("The engineer General Electric sent arrived on Monday to inspect the turbines.", "general-electric"),  # business
])
def test_a_body_after_a_calling_or_a_relative_clause_is_no_person(claims_of, text, body):
    people = typed(claims_of(text + "\n", date="2015-01-01"), "Person")
    assert body not in people, (text, people)
