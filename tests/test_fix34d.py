"""fix34d: guards for names34's rules, from the second reading of session 34.

- a kind of armed body takes no word of a thing or a person it has as its name: "the Task Force Report", "the Task
  Force Members", "the Task Force Chair Deborah Birx" name no body "Task Force Report" (nor an armed group);
- a name before "and his" or "and her" owns only as a subject or after a preposition: after a verb it is the verb's
  object, and "his" the subject's ("He left Goldman Sachs and his wife followed him");
- a rank written without a full stop is no title before a building's or a street's name ("The Capt Cook Museum").
"""

from __future__ import annotations

import pytest

from .test_names import found
from .test_names34_operations_and_owners import persons


@pytest.mark.parametrize("text, wrong", [
    ("The Task Force Report on Housing was published on Monday in Ottawa.", "Task Force Report"),
    ("The Task Force Members met in Ottawa.", "Task Force Members"),
    ("The White House Task Force Chair Deborah Birx spoke on Friday.", "Task Force Chair Deborah Birx"),
    ("Task Force Kivu Staff moved to Goma.", "Task Force Kivu Staff"),
])
def test_guard_a_task_force_takes_no_thing_nor_role_after_it_as_its_name(recognisers, text, wrong):
    names = found(recognisers, text)
    assert wrong not in names, names
    assert not any("Task Force" in words and cls == "ArmedGroup" for words, (cls, _) in names.items()
                   if words.split()[-1] in ("Report", "Members", "Birx", "Staff")), names


@pytest.mark.parametrize("text", [
    "He left Goldman Sachs and his wife followed him to London.",
    "She sued Credit Suisse and her lawyers won.",
    "The Capt Cook Museum opened in Sydney on Monday.",
])
def test_guard_no_person_of_a_firm_after_a_verb_nor_of_a_building_after_a_rank(recognisers, text):
    assert not persons(recognisers, text), text
