"""s39 mend: the line a crossing crosses (`recognise.moves._line_crossed`) is read in the verb's own sentence: its
reach of words ran on past a "!" or a "?" (no word that stops an object) into the next sentence's "the river", and made
soldiers who crossed themselves move in.
"""

from __future__ import annotations

import pytest

from .test_extraction import typed


@pytest.mark.parametrize("text", [
    "On Sunday the soldiers knelt and crossed themselves! Beyond the river, swollen by rain, lay the town.",
    "On 3 May the soldiers crossed themselves? The border, guards said, stayed shut.",
])
def test_a_line_in_the_next_sentence_is_none_the_verb_crossed(claims_of, text):
    assert not typed(claims_of(text + "\n", date="2000-01-01"), "Event"), text


def test_a_line_in_the_verbs_own_sentence_is_still_crossed(claims_of):
    text = "On 30 November the Red Army crossed the border! The river, swollen by rain, lay ahead.\n"
    assert typed(claims_of(text, date="2000-01-01"), "Event")
