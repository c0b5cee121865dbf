"""Acts foreseen, not told (events27b): a noun of an act whose phrases of a preposition lead to a modal that weighs its
outcome ("An early withdrawal of Russian troops without a deal would leave a vacuum"), and an act asked about in a
question a modal opens ("Had the British not come, would the junta have held elections?"). The near-misses: a date's
month ("overrun on 7 May"), the future of a past told ("would later be blamed"), an act's own plan ("might be held"),
a question of what could have been stopped, and a question of "why", which presupposes its act.
"""

from __future__ import annotations

import pytest

from .test_extraction import typed


@pytest.mark.parametrize("text, cls", [
    ("An early withdrawal of Russian troops without a deal with Kyiv would leave a vacuum in the south.", "Withdrawal"),
    ("A blockade of Taiwan by the Chinese navy could cripple the island's economy.", "Blockade"),
    ("Had the British not come, would the junta have held elections?", "Election"),
    ("Will the rebels attack Goma in May?", "Attack")])
def test_an_act_foreseen_or_asked_about_is_none(claims_of, text, cls):
    assert not typed(claims_of(text + "\n", date="2020-01-01"), cls), text


@pytest.mark.parametrize("text, cls", [
    ("The last positions were overrun on 7 May 1954.", "Capture"),
    ("The bombing of the embassy in Nairobi in 1998 would later be blamed on al-Qaeda.", "Attack"),
    ("A summit under OAU auspices might be held before the end of the year.", "Negotiation"),
    ("Could the army have stopped the massacre in Srebrenica in July 1995?", "Killing"),
    ("Why did rebels attack Goma in May 2012?", "Attack")])
def test_acts_told_planned_or_presupposed_stay(claims_of, text, cls):
    assert typed(claims_of(text + "\n", date="2020-01-01"), cls), text
