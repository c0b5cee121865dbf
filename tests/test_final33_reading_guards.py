"""Guards from the last reading of session 33's mends: each cue reads no more than its comment says.

A label of doubt heads its line only where it opens it ("reports of a massacre were unconfirmed: the army denied
them" heads nothing); a time set needs a time, not "this reason" or "500 guests"; "hearing" hears only as a verb
("At Monday's hearing that ..." is the noun); a programme's "12.5 10:45 Opening remarks:" and "2.3 14:00 - 15:00" are
no chat stamps.
"""

from __future__ import annotations

import pytest

from claimgraph.recognise.dates import RelativeDates
from claimgraph.recognise.nlp import pipeline


def _modality_of(extraction_of, text: str, word: str) -> str | None:
    """The modality of the typing claim told by `word`, None if no event is typed by it."""
    typing = next((c for c in extraction_of(text).claims if c.predicate == "type" and c.exact == word), None)
    return typing.modality if typing else None


@pytest.mark.parametrize("text, word, modality", [
    ("Officials said reports of a massacre were unconfirmed: the army denied them. Troops seized the bridge at Goma.",
     "seized", "Asserted"),
    ("The parade was planned for this reason. Rebels attacked the town of Goma on 3 May.", "attacked", "Asserted"),
    ("The invasion of Kuwait was planned for 500 guests to watch.", "invasion", "Asserted"),
    ("At Monday's hearing that followed, the tribunal convicted the general of ordering the massacre in Srebrenica.",
     "massacre", "Asserted"),
    ("I keep hearing that the rebels attacked the airport in Goma.", "attacked", "Unconfirmed"),
    ("The election was set for the spring of 2024 in Lagos.", "election", "Planned"),
])
def test_the_cues_of_doubt_and_plan_read_no_more_than_they_say(extraction_of, text, word, modality):
    assert _modality_of(extraction_of, text, word) == modality, text


@pytest.mark.parametrize("text", [
    "Programme\n12.5 10:45 Opening remarks: the chair\n",
    "Programme\n2.3 14:00 - 15:00 Coffee break\n",
])
def test_a_programme_s_items_are_no_chat_stamps(text):
    assert not [c for c in RelativeDates()(pipeline()(text)) if c.value.startswith("no-year")]
