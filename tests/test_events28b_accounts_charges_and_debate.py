"""Alleged events the pipeline asserted (session 28, branch events28b).

One side's account opening a clause ("In the Chinese account, ...", "By Moscow's account, ...", "Moscow's version: ...")
reports what follows; "by all accounts" does not. "charged that" alleges as "alleged that" does; "complained that",
"protested that", "suggested that", "swears that" and "believes that" report, and so does a claim without "that"
("Kigali claims Congolese troops shelled Gisenyi"), but not a claim of responsibility for an act told. Passive hearsay
("are believed to have bombed", "were reported to have seized") doubts its clause; "are known to have" does not. Doubt
after the fact "is still debated", "remains in doubt" doubts its clause as "is still disputed" does; a debate held ("was
debated in parliament") doubts nothing.
"""

from __future__ import annotations

import pytest


def _modality_of(extraction_of, text: str, word: str) -> str | None:
    """The modality of the last typing claim told by `word`, None if no event is typed by it."""
    return next((c.modality for c in sorted(extraction_of(text).claims, key=lambda c: -c.start)
                 if c.predicate == "type" and c.exact == word), None)


@pytest.mark.parametrize("text, word, modality", [
    ("In the Chinese account, Indian troops attacked the post at Thag La on 8 September.", "attacked", "Reported"),
    ("By Moscow's account, rebels shelled the market in Grozny.", "shelled", "Reported"),
    ("In Ethiopia's version, Somali troops attacked the border post first.", "attacked", "Reported"),
    ("Pakistan charged that Indian aircraft had bombed Lahore.", "bombed", "Unconfirmed"),
    ("Baghdad protested that Iranian artillery shelled Basra.", "shelled", "Reported"),
    ("Hanoi complained that Chinese gunboats had shelled the island.", "shelled", "Reported"),
    ("Moscow's version: Georgian troops shelled Tskhinvali first.", "shelled", "Reported"),
    ("Kigali claims Congolese troops shelled Gisenyi in March.", "shelled", "Reported"),
    ("Officials suggested that Eritrean jets had bombed Adigrat.", "bombed", "Reported"),
    ("A farmer swears that Malian soldiers attacked the well at Kayes.", "attacked", "Reported"),
    ("The government believes that rebels attacked the convoy near Gulu.", "attacked", "Reported"),
])
def test_an_account_a_charge_or_a_complaint_is_not_the_sources_word(extraction_of, text, word, modality):
    assert _modality_of(extraction_of, text, word) == modality


@pytest.mark.parametrize("text, word", [
    ("By all accounts, the army shelled Kismayo in March.", "shelled"),
    ("By most accounts, the army attacked Baidoa in March.", "attacked"),
    ("Al-Shabaab claimed responsibility for the bombing of the hotel in Mogadishu.", "bombing"),
])
def test_an_account_of_no_side_is_still_told(extraction_of, text, word):
    assert _modality_of(extraction_of, text, word) == "Asserted"


@pytest.mark.parametrize("text, word", [
    ("In July 1970 the sultan was deposed in a palace coup. Britain's part in the coup is still debated.", "coup"),
    ("Who ordered the massacre at Kibeho remains in doubt.", "massacre"),
])
def test_still_debated_or_in_doubt_doubts_its_clause(extraction_of, text, word):
    assert _modality_of(extraction_of, text, word) == "Unconfirmed"


def test_a_debate_held_doubts_nothing(extraction_of):
    text = "The bombing of the bridge was debated in parliament on 3 May."
    assert _modality_of(extraction_of, text, "bombing") == "Asserted"


@pytest.mark.parametrize("text, word", [
    ("Sudanese jets are believed to have bombed Yida in April.", "bombed"),
    ("The army is thought to have attacked the camp at Zam Zam.", "attacked"),
    ("Rebels were reported to have seized Goma on Sunday.", "seized"),
])
def test_passive_hearsay_doubts_its_clause(extraction_of, text, word):
    assert _modality_of(extraction_of, text, word) == "Unconfirmed"


def test_what_is_known_to_have_happened_is_told(extraction_of):
    assert _modality_of(extraction_of, "Government troops are known to have shelled Kidal in May.", "shelled") == "Asserted"
