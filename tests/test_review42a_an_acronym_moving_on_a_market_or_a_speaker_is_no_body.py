"""s42 review of actors42: an acronym acting with no article before it is read as a body (`_told_body`), but not a
share's ticker, an index or a commodity moving on a market ("AAPL rose 3 percent", "MSFT closed higher":
`CUES.ACRONYM_MARKET_MOVE_AFTER`), a test, a unit, a degree or a player's position ("ECG showed", "MPH was", "MBA
followed", "CDM had covered": `CUES.ACRONYM_COMMON`), nor an office or a transcript's speaker set in capitals ("COUNSEL
said": `CUES.ACRONYM_SPEAKER_ROLES`). It acts after a sentence's opening connective too ("But FRELIMO denied").
"""

from __future__ import annotations

import pytest

from .test_extraction import typed


@pytest.mark.parametrize("text", [
    "AAPL rose 3 percent in early trading after the results.",  # business: tickers
    "Trading slowed, and AMZN fell 2 percent.",
    "Shares rose, and MSFT closed higher.",
    "The index fell; GOOGL slipped 1.5% by noon.",
    "Investors sold, and NVDA dropped sharply by noon.",
    "Meanwhile, BRENT rose above 80 dollars.",  # a commodity
    "The nurse said ICU was full, and ECG showed arrhythmia.",  # medicine
    "Doctors say EEG showed seizure activity.",
    "The patient improved, and CPR had worked.",
    "The car hit 90 and MPH was the unit on the sign.",  # a unit
    "At noon, AEST was the time used for the call.",  # a time zone
    "He finished school, and MBA followed two years later.",  # a degree
    "The team scored, and CDM had covered the gap.",  # a footballer's position
    "At the hearing, COUNSEL said the witness had lied.",  # a transcript's speaker
])
def test_an_acronym_of_a_market_a_test_or_a_speaker_is_no_body(claims_of, text):
    actors = typed(claims_of(text + "\n", date="2015-01-01"), "Actor")
    assert not {a for a in actors if a.isalpha() and a.upper() in text}, (text, actors)


@pytest.mark.parametrize("text, body", [
    ("But FRELIMO denied the report on 5 May 1986.", "frelimo"),
    ("Shelling went on near Beira. Then RENAMO attacked the convoy on 3 May 1986.", "renamo"),
])
def test_a_body_acting_after_a_sentence_opening_connective_is_read(claims_of, text, body):
    actors = typed(claims_of(text + "\n", date="2015-01-01"), "Actor")
    assert body in actors, (text, actors)
