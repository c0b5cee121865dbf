"""What a plural subject claims or fears, the wire's short hearsay, an act one is ready to do or whose time is set,
and an act blame is laid for; a correction, a chat's hearsay and a label of doubt (session 33, branch modality33).

A bare "claim" or "fear" after a lower-case plural ("Opposition leaders claim police fired on protesters", "Aid workers
fear the militia has attacked the convoy") and "fear that" make what follows someone's claim, not the source's
finding; so does the wire's "were reported killed" with no "to have been". An act its doer is "ready to" or "prepared
to" do, and one whose time is set ("A landing on the island was set for 14 May", "Elections were scheduled for 3
June") is still to come when told (Planned). A definite act blame is laid for ("traded blame for the clash") is told;
whose act it was is what is alleged. What the writer says was told wrongly ("An article wrongly said that rebels
attacked the convoy", a corrections column's) is denied; a chat's "hearing that ..." and a line headed "unconfirmed:"
are alleged; what a body "declared on 3 May that" is reported. The near-misses: a time it took to plan ("was
planned for months"), the accused between "blamed" and "for", and a lesson to come on a known act
("Students will study the invasion").
"""

from __future__ import annotations

import pytest


def _modality_of(extraction_of, text: str, word: str) -> str | None:
    """The modality of the typing claim told by `word`, None if no event is typed by it."""
    typing = next((c for c in extraction_of(text).claims if c.predicate == "type" and c.exact == word), None)
    return typing.modality if typing else None


@pytest.mark.parametrize("text, word, modality", [
    ("Opposition leaders claim police fired on unarmed protesters in Lome.", "fired", "Reported"),
    ("Aid workers fear the militia has attacked the convoy near Bunia.", "attacked", "Unconfirmed"),
    ("Residents fear that the army shelled the market in Aleppo.", "shelled", "Unconfirmed"),
    ("Three policemen were reported killed in an ambush near Jalalabad on Sunday.", "ambush", "Unconfirmed"),
])
def test_what_a_plural_subject_claims_or_fears_and_the_wires_short_hearsay_are_someones_word(
        extraction_of, text, word, modality):
    assert _modality_of(extraction_of, text, word) == modality, text


@pytest.mark.parametrize("text, word", [
    ("Marines are ready to land at Port Said.", "land"),
    ("A landing on the island was set for 14 May.", "landing"),
    ("Elections were scheduled for 3 June in Lagos.", "Elections"),
])
def test_an_act_one_is_ready_to_do_or_whose_time_is_set_is_planned(extraction_of, text, word):
    assert _modality_of(extraction_of, text, word) == "Planned", text


def test_an_act_blame_is_laid_for_is_told(extraction_of):
    assert _modality_of(extraction_of, "The two armies traded blame for the clash on the river.", "clash") == "Asserted"


@pytest.mark.parametrize("text, word, modality", [
    ("The raid was planned for months and launched on 3 May.", "raid", "Asserted"),  # a time it took to plan
    ("Moscow blamed Kyiv for the attack on the bridge in Kerch.", "attack", "Unconfirmed"),  # the accused between
    ("Students will study the invasion of Kuwait in 1990.", "invasion", "Asserted"),  # a lesson to come, a known act
    ("Pupils will describe the bombing of Dresden in February 1945.", "bombing", "Asserted"),
])
def test_near_misses_a_time_taken_to_plan_the_accused_between_and_a_lesson_to_come(extraction_of, text, word, modality):
    assert _modality_of(extraction_of, text, word) == modality, text


@pytest.mark.parametrize("text, word, modality", [
    ("An article on Monday wrongly said that rebels attacked the convoy near Gao.", "attacked", "Denied"),
    ("A report on Tuesday incorrectly stated the army captured Kidal.", "captured", "Denied"),
    ("hearing that the rebels attacked the airport in Goma??", "attacked", "Unconfirmed"),
    ("unconfirmed: militia shelled the market in Bunia\n", "shelled", "Unconfirmed"),
    ("The parliament declared on 3 May 1999 that Ruritania had invaded the province.", "invaded", "Reported"),
])
def test_a_correction_a_chats_hearsay_a_label_of_doubt_and_a_declaration(extraction_of, text, word, modality):
    assert _modality_of(extraction_of, text, word) == modality, text
