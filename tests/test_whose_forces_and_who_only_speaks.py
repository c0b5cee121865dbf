"""Who did an act a single clause tells: a state's forces told by "its" ("Baku announced that its troops had
captured"), and who only speaks of the act: has not confirmed it, counted its figures or named it. Each on a
sentence of the fresh texts of session 20 that was misread, and one of another shape."""

from __future__ import annotations

import pytest

from .test_extraction import the_one, values


@pytest.mark.parametrize("text, cls, force", [
    ("On 2 April Baku announced that its troops had captured several strategic heights and the village of Seysulan.",
     "Capture", "azerbaijani-armed-forces"),
    ("China had announced on Monday, before the withdrawal statement, that its forces had captured the provincial "
     "capital of Lang Son, about 85 miles northeast of Hanoi, after several days of street fighting.",
     "Capture", "chinese-armed-forces"),
    ("Russia called it a special military operation when its troops invaded Ukraine in February 2022.",
     "Attack", "russian-armed-forces")])
def test_its_troops_are_the_armed_forces_of_the_state_named_before_them(claims_of, text, cls, force):
    """"Baku announced that its troops had captured": "its" points back to the state named nearest before it, by
    its name, its demonym or its capital; the troops that acted are that state's armed forces."""
    claims = claims_of(text, date="2021-05-10")
    assert force in values(claims, the_one(claims, cls), "hasActor")


def test_its_forces_with_no_state_named_before_them_name_no_one(claims_of):
    """"The rebels said that its forces had captured": no state stands before "its"; no state's forces acted."""
    claims = claims_of("The rebels said on Monday that its forces had captured the town of Shire.")
    assert not values(claims, the_one(claims, "Capture"), "hasActor")
