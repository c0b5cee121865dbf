"""Guards from session 33's second reading of the modality cues: what they must not read into ordinary English.

A time set for an act needs a time after "for" ("planned for two years", "for maximum effect" plan nothing); a
word wrongly given, put or described about an act denies no act; "a hearing that ..." is a noun, no hearsay; a fear
ends at its cause ("because of the war": the war is told); "will explain the deployment" leaves the deployment
planned; a label of doubt ("UNCONFIRMED:") heads every sentence of its line and names no person; a noun in -us or
-ss ("census", "virus") is no plural subject of "claim" or "fear".
"""

from __future__ import annotations

import pytest


def _modality_of(extraction_of, text: str, word: str) -> str | None:
    """The modality of the typing claim told by `word`, None if no event is typed by it."""
    typing = next((c for c in extraction_of(text).claims if c.predicate == "type" and c.exact == word), None)
    return typing.modality if typing else None


@pytest.mark.parametrize("text, word, modality", [
    ("The invasion was planned for two years and Iraqi troops invaded Kuwait on 2 August 1990.", "invasion", "Asserted"),
    ("The bombing was planned for maximum effect and killed 40 people in Bali.", "bombing", "Asserted"),
    ("The summit was planned for next week in Geneva.", "summit", "Planned"),
    ("The newspaper mistakenly gave the date of the massacre in Srebrenica as 1994.", "massacre", "Asserted"),
    ("The report wrongly described the clash in Goma as a massacre.", "clash", "Asserted"),
    ("At a hearing that lasted two days, the tribunal convicted the general of ordering the massacre in Srebrenica.",
     "massacre", "Asserted"),
    ("Many investors fear the market crashed because of the war in Ukraine.", "war in Ukraine", "Asserted"),
    ("The president will explain the deployment of troops to Mali on Monday.", "deployment", "Planned"),
    ("UNCONFIRMED: militia shelled the market in Goma. Troops seized the bridge at Goma.", "seized", "Unconfirmed"),
    ("The census claim was rejected after rebels attacked the town of Goma.", "attacked", "Asserted"),
    ("The virus fear gripped Goma after rebels attacked the town.", "attacked", "Asserted"),
])
def test_modality_cues_read_no_more_than_they_say(extraction_of, text, word, modality):
    assert _modality_of(extraction_of, text, word) == modality, text


def test_a_label_of_doubt_is_no_speaker(extraction_of):
    claims = extraction_of("UNCONFIRMED: militia shelled the market in Goma.").claims
    assert not [c for c in claims if "unconfirmed" in c.subject.lower()]
