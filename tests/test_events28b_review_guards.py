"""Guards from the review of branch events28b (session 28): sentences the branch read worse than the base.

The bare "claims X did" reads a claim without "that" as a verb of saying; the noun "claims" ("had territorial
claims against Azerbaijan", "pursued these claims through war", "Armenia's incriminating claims against Turkey") and
land claimed ("Morocco claims Western Sahara") say nothing: what follows stays the source's own word. So do the noun
"protests that followed" and an act "reported to the United Nations" (not "reported to have"); "denied being behind
the bombing" denies a part in the bombing, not the bombing.
"""

from __future__ import annotations

import pytest


def _role_modalities(extraction_of, text: str) -> set[str]:
    """The modalities of the actor and place roles told in `text`."""
    return {c.modality for c in extraction_of(text).claims if c.predicate in ("hasActor", "hasPlace")}


def _modality_of(extraction_of, text: str, word: str) -> str | None:
    """The modality of the typing claim told by `word`, None if no event is typed by it."""
    return next((c.modality for c in extraction_of(text).claims if c.predicate == "type" and c.exact == word), None)


@pytest.mark.parametrize("text, word", [
    ("Armenia, which had territorial claims against Azerbaijan, later pursued these claims through war and occupied "
     "Karabakh, long Azerbaijani territory, and seven surrounding regions.", "war"),
    ("Morocco claims Western Sahara, which its army invaded in 1975.", "invaded"),
    ("China claims the Paracel Islands, which its navy attacked in 1974.", "attacked"),
])
def test_the_noun_claims_or_land_claimed_reports_nothing(extraction_of, text, word):
    assert _modality_of(extraction_of, text, word) == "Asserted"


@pytest.mark.parametrize("text", [
    "Armenia, which had territorial claims against Azerbaijan, later pursued these claims through war and occupied "
    "Karabakh, long Azerbaijani territory, and seven surrounding regions.",
    "Azerbaijan fought a war with Armenia in 2020. Although Armenia's incriminating claims against Turkey remain "
    "unconfirmed, Armenia's targeting of civilian settlements throughout the war has had serious repercussions.",
])
def test_the_roles_after_the_noun_claims_are_the_sources_word(extraction_of, text):
    assert _role_modalities(extraction_of, text) == {"Asserted"}


@pytest.mark.parametrize("text, word", [
    ("Kigali claims Congolese troops shelled Gisenyi in March.", "shelled"),
    ("The rebels claimed the army had shelled Goma on Sunday.", "shelled"),
    ("Baku has claimed Armenian forces shelled Ganja overnight.", "shelled"),
])
def test_a_bare_claim_as_a_verb_still_reports(extraction_of, text, word):
    assert _modality_of(extraction_of, text, word) == "Reported"


@pytest.mark.parametrize("text, word", [
    ("The massacre at Srebrenica was reported to the United Nations by survivors in July.", "massacre"),
    ("Police opened fire on the protests that followed the election in Nairobi.", "election"),
])
def test_a_report_to_someone_or_the_noun_protests_doubts_nothing(extraction_of, text, word):
    assert _modality_of(extraction_of, text, word) == "Asserted"


@pytest.mark.parametrize("text", [
    "Turkey denied being behind the bombing of the consulate in Erbil.",
    "Syria denied being involved in the attack on the base at Tanf.",
])
def test_denying_a_part_in_an_act_does_not_deny_the_act(extraction_of, text):
    assert _role_modalities(extraction_of, text) <= {"Asserted"}
    assert "Denied" not in {c.modality for c in extraction_of(text).claims if c.predicate == "type"}


@pytest.mark.parametrize("text, word, modality", [
    ("Baghdad protests that Iranian artillery shelled Basra.", "shelled", "Reported"),
    ("Pakistan charged that Indian aircraft had bombed Lahore.", "bombed", "Unconfirmed"),
])
def test_the_verbs_kept_still_report(extraction_of, text, word, modality):
    assert _modality_of(extraction_of, text, word) == modality


def test_what_follows_proposed_by_is_told(extraction_of):
    text = "The ceasefire proposed by Egypt took effect on 7 August 1970."
    assert _modality_of(extraction_of, text, "took effect") == "Asserted"
