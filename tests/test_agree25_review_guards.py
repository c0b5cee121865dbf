"""Guards of the review of session 25's agreement rules (agree25): the sentences its reviewer found read worse.

Each is a sentence of the reviewer's, invented of conflicts no developed text tells: a ceasefire talked of and then
signed, an agreement beside talks but no topic of them, "talks" and "accords" as verbs, a decision no body of states
adopted, a decision another actor made welcomed in a communiqué, "passed" without an agreement as its object, a
generic present of signing, a press communiqué, and talks aimed at a ceasefire or on a list of topics.
"""

from __future__ import annotations

import pytest

from .test_extraction import typed, values

AGREEMENTS = ("Agreement", "Ceasefire", "Treaty", "Protocol", "Armistice", "Truce")

COMMUNIQUE = """AFRICAN UNION

The Peace and Security Council of the African Union, at its meeting held on 10 June 2011, adopted the following \
decision:

The Council,

1. Welcomes the decision of 3 June 2011 by the Government of Sudan to withdraw its forces from Abyei;
"""


def _accords(claims) -> set[str]:
    return {e for cls in AGREEMENTS for e in typed(claims, cls)}


@pytest.mark.parametrize("sentence", [
    "Georgia and Russia held talks on a ceasefire in Sochi and signed one there on 24 June 1992.",
    "Negotiations for a ceasefire succeeded on 4 May, when Armenia and Azerbaijan signed it in Bishkek.",
    "During the talks the mediators praised Egypt for a ceasefire that had held since May.",
])
def test_a_ceasefire_talked_of_and_concluded_or_told_beside_talks_is_one(claims_of, sentence):
    assert typed(claims_of(sentence + "\n", date="1992-07-01"), "Ceasefire")


def test_talks_as_a_verb_open_no_topic(claims_of):
    claims = claims_of("The 1994 agreement talks about the withdrawal of Russian troops from Moldova.\n",
                       date="1996-01-01")
    assert typed(claims, "Agreement")


@pytest.mark.parametrize("sentence", [
    "The constitution accords the president of Abkhazia wide powers.",
    "The ceasefire accords with the plan the mediators put forward in March.",
])
def test_accords_as_a_verb_name_no_agreement(extraction_of, sentence):
    claims = extraction_of(sentence + "\n", "2010-05-01").claims
    assert not [c for c in claims if c.predicate == "type" and getattr(c.obj, "value", c.obj) == "Agreement"]


@pytest.mark.parametrize("sentence", [
    "The Soviet Union took the decision of 12 December 1979 to invade Afghanistan.",
    "The Union of Islamic Courts welcomed the decision of 40 clan elders to disarm.",
    "The Kirkuk Provincial Council passed a resolution on 5 May demanding the return of the displaced.",
    "The European Union issued a communiqué condemning the shelling of Donetsk.",
])
def test_a_decision_no_body_of_states_adopted_is_none(claims_of, sentence):
    assert not typed(claims_of(sentence + "\n", date="2010-06-01"), "Resolution")


def test_a_decision_welcomed_by_a_council_but_made_by_another_is_not_the_councils(claims_of):
    claims = claims_of(COMMUNIQUE, date="2011-06-11")
    [welcomed] = [r for r in typed(claims, "Resolution") if "2011-06-03" in values(claims, r, "date")]
    assert not any("council" in p for p in values(claims, welcomed, "party"))


@pytest.mark.parametrize(("sentence", "wrong"), [
    ("The truce passed its first test on 9 May, a week after Israel and Hamas agreed to it.", "2010-05-09"),
    ("Talks stalled, and the truce deadline passed on 2 May.", "2010-05-02"),
])
def test_passed_without_an_agreement_as_its_object_signs_none(claims_of, sentence, wrong):
    claims = claims_of(sentence + "\n", date="2010-06-01")
    assert wrong not in {d for e in _accords(claims) for d in values(claims, e, "date")}


def test_a_generic_present_of_signing_tells_no_treaty(claims_of):
    assert not typed(claims_of("A state that signs treaties must keep them.\n", date="2010-06-01"), "Treaty")


@pytest.mark.parametrize(("sentence", "cls"), [
    ("Russia and Ukraine agreed to resume talks aimed at a ceasefire.", "Ceasefire"),
    ("The two governments held talks on a ceasefire, a prisoner exchange and a peace treaty.", "Treaty"),
])
def test_an_agreement_talks_aim_at_or_list_is_none(claims_of, sentence, cls):
    assert not typed(claims_of(sentence + "\n", date="2010-06-01"), cls)
