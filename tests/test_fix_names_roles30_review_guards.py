"""Guards from the review of names30 and roles30: sentences of other kinds on which their rules claimed what the
sentence does not tell.

- a person told from a known town of the same name by the title before it ("President Jackson") is no place: no event
  happened "at" that person;
- a title after "the" opens the name of a thing (a liner, a hotel), not a person: "aboard the Queen Mary".
"""

from __future__ import annotations

import pytest

from .test_extraction import typed


@pytest.mark.parametrize("text, person", [
    ("President Jackson signed the bill in Washington on Tuesday.", "jackson"),
    ("Judge Dallas sentenced the accused to ten years.", "dallas")])
def test_a_titled_person_named_as_a_town_is_no_place_of_the_act(claims_of, text, person):
    claims = claims_of(text + "\n", date="1990-06-01")
    assert person in typed(claims, "Person")
    assert not any(p == "hasPlace" and o == person for _, p, o, _ in claims), text


@pytest.mark.parametrize("text, word", [
    ("The Queen Victoria sailed from Southampton with 2,000 passengers.", "victoria"),
    ("Aboard the Queen Mary, guests danced until dawn.", "mary")])
def test_a_title_after_the_names_a_thing_not_a_person(claims_of, text, word):
    claims = claims_of(text + "\n", date="1990-06-01")
    assert word not in typed(claims, "Person")
