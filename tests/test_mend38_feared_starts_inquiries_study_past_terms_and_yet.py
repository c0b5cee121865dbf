"""Over-matches of session 38's rules found on a second reading (branch mend38), each read differently before it.

A war breaking out or fighting erupting after "the danger of" is the feared start, no event; only a change of an event
that is ("of fighting spreading", "of a truce collapsing") tells one (`lang.en.triggers.DANGER_CHANGES`). The
recommendations "of" an inquiry plan nothing the inquiry bore on; students "asked to compare" two massacres are set a
task of study, no act; an accord "on the elections held in May 1994" provides for no elections held; and a negative
question ending in "yet" ("Has not the army withdrawn from Gao yet?") is a real question, not a rhetorical one.
"""

from __future__ import annotations

import pytest

from .test_extraction import typed
from .test_modality35_asked_called_off_unproven import _modality_of


@pytest.mark.parametrize("text", [
    "Diplomats warned of the danger of war during the winter.",
    "Diplomats warned of the danger of war breaking out along the border.",
    "Diplomats warned of the risk of fighting erupting in the north.",
])
def test_a_feared_start_of_war_or_fighting_is_no_event(claims_of, text):
    claims = claims_of(text + "\n", date="2000-01-01")
    assert not typed(claims, "Event"), text


@pytest.mark.parametrize("text", [
    "The risk of fighting spreading to Kumanovo grew after the rebels attacked on 3 May 2001.",
    "Observers warned of the danger of the war escalating in the east.",
])
def test_a_feared_change_of_fighting_that_is_still_tells_it(claims_of, text):
    claims = claims_of(text + "\n", date="2000-01-01")
    assert typed(claims, "Event"), text


@pytest.mark.parametrize("text, word, modality", [
    ("The recommendations of the inquiry into the massacre at Srebrenica were published in 2002.", "inquiry",
     "Asserted"),
    ("Students are asked to compare two massacres of the Second World War.", "massacres", "Asserted"),
    ("The agreement on the elections held in May 1994 was a success.", "elections", "Asserted"),
    ("Has not the army withdrawn from Gao yet?", "withdrawn", "Unconfirmed"),
    # and what each rule was made for
    ("Its final recommendations include the deployment of observers along the Line of Control.", "deployment",
     "Planned"),
    ("The surrounded commanders asked to be arrested by UN troops rather than by the militia.", "arrested", "Planned"),
    ("The rebels asked to hold talks in Nairobi.", "talks", "Planned"),
    ("On 19 September the two security chiefs signed a protocol on the withdrawal of troops from the border.",
     "withdrawal", "Planned"),
    ("Did not the talks at Lausanne break down in July?", "talks", "Asserted"),
])
def test_modality_of_inquiries_study_tasks_past_terms_and_open_questions(extraction_of, text, word, modality):
    assert _modality_of(extraction_of, text, word) == modality, text
