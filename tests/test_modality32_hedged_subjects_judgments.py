"""Acts told as possible after their noun, and judgments said of an act (session 32, branch modality32).

A modal's perfect after an act's noun, its subject ("A raid on the camp may have killed 40 civilians", "An ambush
might have been staged by the militia"), tells the act as possible: it is kept, alleged (Unconfirmed), not dropped as
one that never happened. A definite act ("The massacre in Mopti may have been ordered by the colonel") is told as
given: its typing stays Asserted, what the modal's verb says of it (who ordered it) is alleged. What someone believes
or says an act was ("Voters believe the election was rigged") is a judgment of a told act: the act stays told, not
reported. The near-misses: a modal weighing what an act would have brought about ("An earlier blockade could have
crippled the regime"), a condition, and a report of how an act went ("The rebels said the offensive was launched at
dawn": the offensive is theirs to tell).
"""

from __future__ import annotations

import pytest


def _typing(extraction_of, text: str, word: str):
    """The typing claim told by `word`, None if no event is typed by it."""
    return next((c for c in extraction_of(text).claims if c.predicate == "type" and c.exact == word), None)


def _modality_of(extraction_of, text: str, word: str) -> str | None:
    """The modality of the typing claim told by `word`, None if no event is typed by it."""
    typing = _typing(extraction_of, text, word)
    return typing.modality if typing else None


@pytest.mark.parametrize("text, word", [
    ("A raid on the camp near Mopti may have killed 40 civilians.", "raid"),
    ("An ambush on the road to Kidal might have been staged by the militia.", "ambush"),
    ("Shelling may well have damaged the hospital in Kisangani on Monday.", "Shelling"),
])
def test_an_act_its_noun_tells_before_a_hedged_perfect_is_alleged(extraction_of, text, word):
    assert _modality_of(extraction_of, text, word) == "Unconfirmed", text


def test_a_definite_act_before_a_hedged_perfect_is_told_and_its_author_alleged(extraction_of):
    text = "The massacre in Mopti may have been ordered by Colonel Amadou Diarra."
    claims = extraction_of(text).claims
    massacre = next(c for c in claims if c.predicate == "type" and c.exact == "massacre")
    assert massacre.modality == "Asserted"
    actors = [c for c in claims if c.predicate == "hasActor" and c.subject == massacre.subject]
    assert actors and all(c.modality == "Unconfirmed" for c in actors)


@pytest.mark.parametrize("text, word", [
    ("An earlier blockade of Kidal could have crippled the rebels.", "blockade"),  # weighed: no blockade
    ("The offensive on Kidal could have been halted if the reserves had come.", "offensive"),  # a condition
])
def test_a_modal_weighing_an_outcome_or_under_a_condition_keeps_no_act(extraction_of, text, word):
    assert _modality_of(extraction_of, text, word) is None, text


@pytest.mark.parametrize("text, word", [
    ("Many voters in Kenya believe the election was rigged.", "election"),
    ("Kyiv says the referendum in Crimea was illegal.", "referendum"),  # the act's own phrase between
    ("Rebels denied that the war in Yemen was over.", "war"),
])
def test_a_judgment_believed_or_said_of_an_act_leaves_the_act_told(extraction_of, text, word):
    assert _modality_of(extraction_of, text, word) == "Asserted", text


def test_how_an_act_went_said_by_someone_stays_their_report(extraction_of):
    text = "The rebels said the offensive on Kidal was launched at dawn."
    assert _modality_of(extraction_of, text, "offensive") == "Reported"


@pytest.mark.parametrize("text, word", [
    ("The rifles may have been captured by or handed over to the militia in Goma.", "handed over"),
    ("The villagers could have been killed or expelled by the army.", "expelled"),
])
def test_a_participle_joined_to_a_hedged_one_shares_its_modal(extraction_of, text, word):
    assert _modality_of(extraction_of, text, word) == "Unconfirmed", text


@pytest.mark.parametrize("text, word", [
    ("An airborne raid on the port of Mopti was planned but never carried out.", "raid"),
    ("Neither army shelled the town of Kuru during the truce.", "shelled"),
    ("Neither of the armies attacked Mopti during the truce.", "attacked"),
])
def test_an_act_planned_but_never_carried_out_or_done_by_neither_side_is_denied(extraction_of, text, word):
    assert _modality_of(extraction_of, text, word) == "Denied", text


@pytest.mark.parametrize("text, word", [
    ("Neither Moscow nor Kyiv commented on the shelling of Mopti.", "shelling"),  # two subjects, no act denied
    ("Police arrested suspected militants who attacked the convoy.", "attacked"),  # an adjective, no suspicion
    ("The suspect in the bombing of the bus was arrested in Goma.", "bombing"),  # a noun
])
def test_neither_nor_and_a_suspect_noun_or_adjective_deny_or_doubt_nothing(extraction_of, text, word):
    assert _modality_of(extraction_of, text, word) == "Asserted", text


@pytest.mark.parametrize("text, word", [
    ("Critics suspect that the army shelled the village of Kuru.", "shelled"),
    ("Some analysts suspect the rebels attacked the convoy near Goma.", "attacked"),
])
def test_what_someone_suspects_is_alleged(extraction_of, text, word):
    assert _modality_of(extraction_of, text, word) == "Unconfirmed", text
