"""A truce one side declares, or a ceasefire told taking effect, is a happening (its entry into force), no accord.

Seen on the development set and the fresh texts of session 20: the gold types "the Ethiopian government declared
'an indefinite humanitarian truce'" (tigray_01), "the ceasefire declared with the FARC" (colombia-2016_05) and
"a ceasefire took effect across Algeria" (algeria-1962) as events; the pipeline made each an Agreement. So does the
gold of session 21's texts with one side's ceasefire, whatever verb tells it ("Beijing announced a unilateral
ceasefire", sino-indian-1962), and with the ceasefire an agreement provides for (a stipulated term: "It provides for
an immediate ceasefire", black-september-1970, car-2013), and with the ceasefire a relative clause says one side declared
("a ceasefire that Beijing declared on its own terms", sino-indian-1962). A ceasefire the parties are only called on
to commit to is none at all ("called on both parties to commit to a ceasefire", djibouti-eritrea-2008). A truce agreed, a ceasefire signed and "the ceasefire" told
before that takes effect stay agreements. Each test has a sentence of that material and one of another shape.
"""

from __future__ import annotations

import pytest

from .test_extraction import typed

AGREEMENTS = ("Agreement", "Ceasefire", "Treaty", "Protocol", "Armistice")


def _accords(claims) -> set[str]:
    return {e for cls in AGREEMENTS for e in typed(claims, cls)}


@pytest.mark.parametrize("sentence", [
    'Fighting slowed down, and on 24 March 2022, the Ethiopian government declared "an indefinite humanitarian truce."',
    "Santos stated that the ceasefire declared with the FARC, in force since August 29, would continue until "
    "October 31.",
    "On Sunday the rebels declared a unilateral ceasefire across the province.",
])
def test_a_truce_one_side_declared_is_an_event_not_an_agreement(claims_of, sentence):
    claims = claims_of(sentence + "\n", date="2022-04-01")
    assert not _accords(claims)
    assert typed(claims, "EntryIntoForce")


@pytest.mark.parametrize("sentence", [
    "Under the accords a ceasefire took effect across Algeria at noon the following day, 19 March 1962.",
    "After weeks of shelling a truce finally came into effect in the capital on 12 May 2019.",
])
def test_a_ceasefire_that_took_effect_is_an_event_not_a_second_agreement(claims_of, sentence):
    claims = claims_of(sentence + "\n", date="2019-06-01")
    assert not typed(claims, "Ceasefire")
    assert typed(claims, "EntryIntoForce")


@pytest.mark.parametrize("sentence", [
    "A truce agreed by local commanders on 28 April broke down the next day.",
    "Talks resumed weeks later, and a definitive ceasefire was signed in Oslo on 4 December 1996.",
    "The ceasefire agreement took effect on Monday.",
    "The government declared the truce void on Monday.",
    "An agreement signed in Ouagadougou ended the fighting. The ceasefire took effect on 11 April.",
])
def test_a_truce_agreed_signed_or_told_before_stays_an_agreement(claims_of, sentence):
    assert typed(claims_of(sentence + "\n", date="2011-05-10"), "Ceasefire")


@pytest.mark.parametrize("sentence", [
    "Then, on 21 November, Beijing announced a unilateral ceasefire from midnight and said its forces would pull back.",
    "The army's unilateral truce held for a week before the shelling resumed.",
    "It lasted a month and ended not with a treaty but with a ceasefire that Beijing declared on its own terms.",
    "Aid reached the valley during the truce which the rebels declared for the feast.",
])
def test_one_sides_ceasefire_is_an_event_whatever_verb_tells_it(claims_of, sentence):
    claims = claims_of(sentence + "\n", date="2019-06-01")
    assert not _accords(claims)
    assert typed(claims, "EntryIntoForce")


@pytest.mark.parametrize("sentence", [
    "In Cairo, Hussein and Arafat sign an agreement brokered by Nasser. It provides for an immediate ceasefire, the "
    "withdrawal of the army and the guerrillas from Amman, and the release of prisoners.",
    "The Security Council adopted a resolution on Friday that provided for a nationwide truce from midnight.",
])
def test_a_ceasefire_an_accord_provides_for_is_its_term_not_a_second_agreement(claims_of, sentence):
    claims = claims_of(sentence + "\n", date="2019-06-01")
    assert not typed(claims, "Ceasefire")
    assert typed(claims, "EntryIntoForce")


@pytest.mark.parametrize("sentence", [
    "The truce that the army declared collapsed within hours.",
    "The ceasefire that both sides signed in Oslo held through the winter.",
    "The ceasefire that Moscow declared void had been signed by both sides in Minsk.",
    "The truce that both armies declared held for a week.",
    "The ceasefire that was declared in June held.",
    "Fighting resumed after the truce that the rebels declared ended.",
])
def test_a_truce_whose_clause_tells_its_end_or_signing_stays_an_agreement(claims_of, sentence):
    assert typed(claims_of(sentence + "\n", date="2019-06-01"), "Ceasefire")


@pytest.mark.parametrize("sentence", [
    "On 12 June the members of the Security Council, in a press statement, condemned Eritrea's military action "
    "against Djibouti in Ras Doumeira and Doumeira Island, called on both parties to commit to a ceasefire and urged "
    "them to show maximum restraint.",
    "The envoy pressed the two factions to agree on an immediate truce before the talks.",
])
def test_a_ceasefire_parties_are_called_on_to_commit_to_is_none(claims_of, sentence):
    claims = claims_of(sentence + "\n", date="2008-06-20")
    assert not _accords(claims)
    assert not typed(claims, "EntryIntoForce")


@pytest.mark.parametrize("sentence", [
    "The two sides went on to agree to a ceasefire on 12 May.",
    "Both sides were quick to agree to a ceasefire on 5 May.",
    "It took the two armies three weeks to agree on a truce.",
    "Despite repeated demands for restraint, the two sides went on to agree to a ceasefire on 12 May.",
    "Despite calls from the UN, Israel and Hamas went on to agree to a ceasefire on 12 May.",
    "Hoping for calm, Armenia and Azerbaijan went on to agree to a ceasefire on 12 May.",
])
def test_a_ceasefire_sides_went_on_to_agree_to_with_no_one_asking_is_concluded(claims_of, sentence):
    assert typed(claims_of(sentence + "\n", date="2020-06-01"), "Ceasefire")


def test_a_ceasefire_that_provides_for_a_withdrawal_stays_an_agreement(claims_of):
    claims = claims_of("The ceasefire signed in Minsk provided for the withdrawal of heavy weapons.\n",
                       date="2015-03-01")
    assert typed(claims, "Ceasefire")
