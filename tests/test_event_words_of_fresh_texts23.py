"""Acts that the thirty-two fresh texts tell in words the triggers did not know (session 23, events23).

Each test has a sentence of the fresh texts (bench/fresh/developed) and one of another shape that must be read the
same way, and the senses of the same words, in business and sport too, that name no act.
"""

from __future__ import annotations

from .test_extraction import typed


def test_a_holder_appointed_named_or_sworn_into_a_public_office_is_an_appointment(claims_of):
    for text in ("Nicolas Tiangaye was appointed prime minister days later.",
                 "Two days later Yeltsin named Vladimir Putin, until then director of the FSB, as prime minister.",
                 "Adama Barrow was sworn in at the Gambian embassy in Dakar in the afternoon.",
                 "Muzorewa became prime minister of a country renamed Zimbabwe Rhodesia.",
                 # another shape: a name right before the office, a body formed
                 "On Monday the junta names Colonel Amadou Sanogo interim president.",
                 "In March the king appoints a transitional government under the army chief."):
        assert typed(claims_of(text + "\n", date="2001-01-01"), "Appointment"), text
    claims = claims_of("On 30 June Parliament elected Manasseh Sogavare prime minister.\n", date="2000-12-01")
    assert typed(claims, "Election")


def test_a_name_a_captain_a_chief_executive_and_a_sworn_witness_are_no_appointment(claims_of):
    for text in ("A man named John Smith was sworn in as a witness.",
                 "The club named Smith as captain, and Apple named Tim Cook chief executive.",
                 "He was named president of the football club in May.",
                 "The street was named after the general who led the army.",
                 "The witness was sworn in on Monday, and relations became increasingly hostile."):
        claims = claims_of(text + "\n", date="2024-03-04")
        assert not (typed(claims, "Appointment") or typed(claims, "Election")), text
