"""Which events a text tells and whose word they rest on: an announcement that an act happened is the
announcer's report; a sayer named after what is said (", rebels said.") holds the sentence before it; a gerund of
an act ("began withdrawing", "were still attacking") and a revolt are events; armed men who have
"taken" a place captured it, as those who "took" it did; the month "May" before an act is no modal."""

from __future__ import annotations

import pytest

from claimgraph.rdf.terms import top_classes


def events(extraction) -> dict[str, set[str]]:
    """The modalities of each event word's typing claim, by the word."""
    found: dict[str, set[str]] = {}
    for c in extraction.claims:
        if c.predicate == "type" and "Event" in top_classes(c.obj):
            found.setdefault(c.exact, set()).add(c.modality)
    return found


@pytest.mark.parametrize("text, word", [
    ("On 2 April Baku announced that its troops had captured several strategic heights and the village of Seysulan. "
     "Yerevan denied that any positions had been lost.", "captured"),
    ("The Interior Ministry announced on Tuesday that rebels had shelled the airport in Kandahar.", "shelled"),
])
def test_an_announcement_that_an_act_happened_is_the_announcers_report(extraction_of, text, word):
    """"Baku announced that its troops had captured ... Seysulan" (fresh text karabakh-2016) was told as the source's
    own finding, though Yerevan denied it; what is announced is the announcer's word, as what is said is."""
    assert events(extraction_of(text))[word] == {"Reported"}


@pytest.mark.parametrize("text, word", [
    ("Another son, Mohammed, who surrendered to rebels on Sunday, escaped from house arrest the next day, rebels said.",
     "arrest"),
    ("Government troops attacked the town of Kismayo on Friday, residents said on Saturday.", "attacked"),
])
def test_a_sayer_after_what_is_said_reports_the_sentence_before_it(extraction_of, text, word):
    """", rebels said." at a sentence's end (fresh text libya-2011): all the sentence tells before it is the rebels'
    word, not the source's."""
    assert events(extraction_of(text))[word] == {"Reported"}


@pytest.mark.parametrize("text, word", [
    ("China said its troops began withdrawing from Vietnam on Monday after 17 days of fighting along the border.",
     "withdrawing"),
    ("Vietnam said today that Chinese forces were still attacking in Lang Son province.", "attacking"),
    ("After the revolt failed, some of the officers went into exile.", "revolt"),
    ("The push on the capital began on Saturday night, when residents of several Tripoli neighbourhoods rose up.",
     "rose up"),
    ("In March 1991 Shia rebels in the south rose up against the government in Basra.", "rose up"),
])
def test_a_gerund_of_an_act_and_a_revolt_are_events(extraction_of, text, word):
    """"began withdrawing" (fresh text vietnam-1979) named no withdrawal, so the one China claimed stood only where
    the text asserts it; "the revolt" and "rose up" (libya-2011: the Tripoli uprising) named no event at all."""
    assert word in events(extraction_of(text))


@pytest.mark.parametrize("text, word", [
    ("Rebel units that had taken the coastal city of Zawiyah last week advanced from the west.", "taken"),
    ("Government troops have taken Kismayo after two days of fighting.", "taken"),
])
def test_armed_men_who_have_taken_a_place_captured_it(extraction_of, text, word):
    """"rebel units that had taken the coastal city of Zawiyah" (fresh text libya-2011) told no capture: only "took"
    was read so."""
    assert word in events(extraction_of(text))


@pytest.mark.parametrize("text", [
    "The government has taken steps to protect civilians in Kabul.",
    "Troops had taken the wounded to hospital in Gori.",
])
def test_what_is_taken_that_is_no_place_is_no_capture(extraction_of, text):
    assert "taken" not in events(extraction_of(text))


@pytest.mark.parametrize("text, word", [
    ("On 2 May a car bomb in the port of Algiers killed 62 dock workers.", "bomb"),
    ("In early May rebels attacked the airport in Goma.", "attacked"),
])
def test_the_month_may_before_an_act_is_no_modal(extraction_of, text, word):
    """"On 2 May a car bomb ... killed 62 dock workers" (fresh text algeria-1962) told no attack: "May", lower-cased
    with the words before the act, was read as the modal "may" (something that may happen)."""
    assert events(extraction_of(text))[word] == {"Asserted"}


def test_the_modal_may_before_an_act_still_tells_none(extraction_of):
    assert "attack" not in events(extraction_of("Officials said the rebels may attack the town of Goma."))
