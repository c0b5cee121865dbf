"""An agreement that is only the topic of talks is none: "agreed to hold talks on a ceasefire".

Seen on last round's interview and communiqué texts (session 24's held-out ten, now developed): talks about a ceasefire
were made a ceasefire, with the talkers its parties. The sentences here are invented, of other conflicts; the
near-misses are a ceasefire told definitely (the one the text told) and one told beside talks, not as their topic.
"""

from __future__ import annotations

import pytest

from .test_extraction import typed

AGREEMENTS = ("Agreement", "Ceasefire", "Treaty", "Protocol", "Armistice")


def _accords(claims) -> set[str]:
    return {e for cls in AGREEMENTS for e in typed(claims, cls)}


@pytest.mark.parametrize("sentence", [
    "Armenia and Azerbaijan agreed to hold talks on a ceasefire.",
    "In March the government and the rebels began negotiations with mediators in Geneva over a lasting peace "
    "agreement.",
    "Ethiopian and Eritrean envoys held discussions in Algiers about a new truce.",
    "The two sides opened ceasefire talks in Doha on Monday.",
])
def test_an_agreement_talked_of_is_none(claims_of, sentence):
    claims = claims_of(sentence + "\n", date="2010-05-01")
    assert not _accords(claims)
    assert typed(claims, "Negotiation")


@pytest.mark.parametrize("sentence", [
    "Sudan and the SPLA held talks on the ceasefire signed in May.",
    "After talks in Cairo, a ceasefire between Israel and Hamas took effect on 4 May.",
    "The talks ended on 4 May with a ceasefire between the army and the rebels.",
])
def test_an_agreement_told_beside_talks_is_one(claims_of, sentence):
    assert _accords(claims_of(sentence + "\n", date="2010-05-30"))


def test_a_topic_is_concluded_only_by_a_verb_of_it_not_of_another(claims_of):
    claims = claims_of("Mediators held talks in Geneva on a ceasefire, a prisoner exchange and a peace treaty, and a "
                       "peace treaty was signed on 3 May.\n", date="2010-06-01")
    assert not typed(claims, "Ceasefire")
    assert typed(claims, "Treaty")
