"""Guards of session 33's second reading of dates33: a line stamp is a chat's or a log's.

- A chat's or a log's line stamp ("[27/06 14:32] Marko: ...", "27.06 14:32 - ...") is closed by its bracket or
  followed by a dash, a bar or a speaker and colon, or two digits each: a numbered section's "2.3 14:00 Rebels attacked the camp" is no
  day; nor is a stamp with a field 0 ("0.5 12:00").
- A stamp that opens the text opens a sentence at its bracket (no look at the character before the text).
"""

from __future__ import annotations

import pytest

from claimgraph.recognise.dates import RelativeDates
from claimgraph.recognise.labels import starts
from claimgraph.recognise.nlp import pipeline

from .test_extraction import the_one, values


def _stamp_days(text: str) -> list[str]:
    return [c.value for c in RelativeDates()(pipeline()(text)) if c.value.startswith("no-year")]


def test_a_section_number_before_a_clock_time_dates_nothing(claims_of):
    claims = claims_of("Schedule of the day\n\n2.3 14:00 Rebels attacked the camp at Goma.\n", "2021-05-10")
    assert values(claims, the_one(claims, "Attack"), "startDate") == set()


@pytest.mark.parametrize("text, values_", [
    ("1.1 09:00 Opening remarks by the chair\n3.10 10:30 Coffee break\n", []),  # a programme's numbered items
    ("[0/5 12:00] Lena: hi\n[27/06 08:00] Pavel: hi\n", ["no-year:06-27"]),  # no day 0
    ("27.06 14:32 - jets over the airport\n", ["no-year:06-27"]),  # a log's stamp and dash
    ("27.06 14:32 Marko Petrovic: jets over the airport\n", ["no-year:06-27"]),  # a speaker after it
])
def test_a_line_stamp_is_closed_or_followed_by_a_speaker_or_a_dash(text, values_):
    assert _stamp_days(text) == values_


def test_a_stamp_opening_the_text_opens_its_sentence_at_its_start():
    assert starts("[27/06 14:32] Marko: tanks on the road")[0] == 0
    assert starts("27.06 14:32 - tanks on the road [")[0] == 0  # not the text's last "[" before its start
