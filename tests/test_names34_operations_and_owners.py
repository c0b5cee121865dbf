"""names34: the class an unknown name gets, and names lost.

- a name opened by "Operation" is the operation's, whatever its words are shaped like: "Operation Kutuzov", "Operation
  Paul Bunyan" (a surname's ending, a given name) are no person;
- a kind of armed body named by what follows it is named so, each its own: "Task Force Vierra", "Task Force 58", not
  one "Task Force" for all;
- a name of two or three words before "and his" or "and her" is a person's ("Dolores Keene and her committee"); a rank
  written without a full stop is a title before a full name ("Cpl Musa Bangura").
Guards: sentences of other kinds of text on which these rules must claim nothing they do not tell.
"""

from __future__ import annotations

import pytest

from .test_extraction import typed
from .test_names import found


def persons(recognisers, text: str) -> set[str]:
    """The words of each mention the recognisers type a person."""
    return {words for words, (cls, _) in found(recognisers, text).items() if cls == "Person"}


@pytest.mark.parametrize("text, operation", [
    ("Operation Paul Bunyan was about one tree and nothing else.", "operation-paul-bunyan"),
    ("The army launched Operation Mikhail Kutuzov in August 1943.", "operation-mikhail-kutuzov"),
    ("Operation Kutuzov followed a week later.", "operation-kutuzov"),
    ("The men of Operation Moshe Dayan said the plan had failed.", "operation-moshe-dayan"),
])
def test_a_name_opened_by_operation_is_the_operations_never_a_person(claims_of, text, operation):
    claims = claims_of(text, date="2000-01-01")
    assert not typed(claims, "Person"), text
    assert operation in typed(claims, "Event"), text


@pytest.mark.parametrize("text, body", [
    ("Colonel Ann Reyes led Task Force Reyes to the ford.", "Task Force Reyes"),
    ("Task Force 61 shelled the beaches at dawn.", "Task Force 61"),
    ("The report went from Joint Task Force Kivu to the ministry.", "Joint Task Force Kivu"),
])
def test_a_task_force_keeps_the_name_after_its_kind(recognisers, text, body):
    names = found(recognisers, text)
    assert names.get(body, (None,))[0] == "ArmedGroup", names
    assert "Task Force" not in names


@pytest.mark.parametrize("text, person", [
    ("Thanks go to Marta Ilves and her volunteers for the dinner.", "Marta Ilves"),
    ("The patrol, with a liaison officer, Cpl Amadu Koroma, was held at the bridge.", "Amadu Koroma"),
    ("One killed: Bdr Tom Wexley, who died of wounds.", "Tom Wexley"),
])
def test_a_name_that_owns_with_his_or_her_or_a_rank_without_a_stop_names_a_person(recognisers, text, person):
    assert person in persons(recognisers, text)


@pytest.mark.parametrize("text", [
    "Great Britain and her allies declared war on Germany.",
    "The Soviet Union and her satellites walked out.",
    "The Golden State Warriors and their coach agreed a new deal.",
    "The Task Force Commander spoke to reporters.",
    "Operation Smile and its doctors repaired 200 palates last year.",
    "Sgt Pepper Lonely Hearts Club Band topped the charts in 1967.",
])
def test_guard_no_person_of_a_state_a_team_or_a_charity(recognisers, text):
    assert not persons(recognisers, text), text


@pytest.mark.parametrize("text, body", [
    ("Q: Did Task Force Orange report to the board? A: Yes, in March.", "Task Force Orange"),
    ("The Mayor's Task Force On Housing published its plan.", None),
])
def test_guard_a_task_forces_name_takes_no_question_word_nor_function_word(recognisers, text, body):
    named = {words for words, (cls, _) in found(recognisers, text).items() if "Task Force" in words}
    assert all(body == words or "On" not in words.split() and not words.startswith("Did") for words in named), named
