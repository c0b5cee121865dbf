"""Guards from the review of dates33 and modality33 (session 33): sentences of other kinds of text through the real
pipeline, each a wrong claim one of the branches' rules made.

A programme's or a list's numbered items with their clock time ("1.2 09:30 Panel on the siege of Sarajevo") are no
chat's stamped lines: the item's number is no day and dates nothing. What the writer says was described or dated
wrongly ("wrongly described the massacre as a battle", "wrongly gave the date of the invasion") is told itself, only
its name or date mistold. A resolution's own "Declares that" in the present is its voice, not a body's reported word
(as a report's "concludes that"); and an act declared "null and void" is a known act judged, told as the source's.
A label of doubt in capitals heading a line ("UNCONFIRMED: the army has taken the airport") is no speaker: it names no
one.
"""

from __future__ import annotations

import pytest


def _modality_of(extraction_of, text: str, word: str) -> str | None:
    """The modality of the typing claim told by `word`, None if no event is typed by it."""
    typing = next((c for c in extraction_of(text).claims if c.predicate == "type" and c.exact == word), None)
    return typing.modality if typing else None


def test_a_programme_s_numbered_items_with_clock_times_date_nothing(claims_of):
    claims = claims_of("Conference programme\n1.2 09:30 Panel on the siege of Sarajevo\n"
                       "12.5 10:45 The bombing of Dresden revisited\n", "2021-05-10")
    assert not {o for s, p, o, _ in claims if p in ("startDate", "endDate", "date")}


@pytest.mark.parametrize("text, word", [
    ("Serbian media wrongly described the massacre at Srebrenica as a battle.", "massacre"),
    ("The paper wrongly gave the date of the invasion as 1990.", "invasion"),
])
def test_an_act_wrongly_named_or_dated_is_not_denied(extraction_of, text, word):
    assert _modality_of(extraction_of, text, word) == "Asserted", text


@pytest.mark.parametrize("text, word", [
    ("Declares that the annexation of the Golan Heights by Israel is illegal.", "annexation"),
    ("The Security Council declared that the annexation of the Golan was null and void.", "annexation"),
])
def test_a_resolution_s_own_declaration_and_an_act_declared_void_tell_the_act(extraction_of, text, word):
    assert _modality_of(extraction_of, text, word) == "Asserted", text


def test_a_chat_s_two_digit_stamp_still_dates_its_line(claims_of):
    claims = claims_of("Log\n14.05 09:12 militia attacked the depot\n15.05 10:00 quiet\n", "2003-05-20")
    assert {o for s, p, o, _ in claims if p == "startDate"} == {"2003-05-14"}



def test_a_label_of_doubt_in_capitals_heading_a_line_names_no_one(extraction_of):
    claims = extraction_of("UNCONFIRMED: the army has taken the airport.\n").claims
    assert not [c for c in claims if c.predicate == "type" and c.exact == "UNCONFIRMED"]
    assert _modality_of(extraction_of, "UNCONFIRMED: the army has taken the airport.\n", "taken") == "Unconfirmed"
