"""Two sides that agree to an act of war's end concluded an agreement, in a chronology's present too, and whatever
else their sentence names: the act (freeing prisoners, pulling forces back) names the war.

Seen on session 21's texts: "Britain, Switzerland and West Germany agree to free Leila Khaled and other prisoners in
exchange for the last hostages" (black-september-1970: a chronology's present, a release of captives) and "They spoke
there and, according to the Kyrgyz side, agreed to pull their forces back" (kyrgyz-tajik-2022: no state or word of war
before the verb) were agreements the pipeline did not find. Each test has a sentence of that material and one of
another shape; what agreeing names outside war stays no agreement.
"""

from __future__ import annotations

import pytest

from .test_extraction import typed

AGREEMENTS = ("Agreement", "Ceasefire")


def _accords(claims) -> set[str]:
    return {e for cls in AGREEMENTS for e in typed(claims, cls)}


@pytest.mark.parametrize("sentence", [
    "30 September - Britain, Switzerland and West Germany agree to free Leila Khaled and other prisoners in exchange "
    "for the last hostages.",
    "Israel and Hamas agree to release the hostages held in Gaza.",
])
def test_two_sides_that_agree_to_free_captives_conclude_an_agreement(claims_of, sentence):
    assert len(_accords(claims_of(sentence + "\n", date="2023-11-30"))) == 1


def test_sides_that_met_and_agreed_to_pull_forces_back_concluded_an_agreement(claims_of):
    """After a meeting, an act of war's end tells that those who met are sides; "They spoke there and agreed to pull
    their forces back" (no meeting told, a pronoun for subject) tells no two sides (review 29: any "and" before the
    verb counted)."""
    sentence = "Late on Sunday they met again and agreed to pull their troops back from the ridge.\n"
    assert len(_accords(claims_of(sentence, date="2022-10-01"))) == 1


@pytest.mark.parametrize("sentence", [
    "The company and the union agree to release the staff held in the dispute.",
    "Analysts and diplomats agree that the talks will fail.",
    "The two clubs agreed to exchange players.",
])
def test_agreeing_outside_war_stays_no_agreement(claims_of, sentence):
    assert not _accords(claims_of(sentence + "\n", date="2022-10-01"))
