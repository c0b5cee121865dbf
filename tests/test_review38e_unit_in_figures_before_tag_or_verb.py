"""s38 review of actors38: a unit numbered in plain figures stays one whole name when an abbreviation of the unit's
follows it ("3 Commando Brigade RM", "16 Air Assault Brigade HQ") or a verb in the present tense ending in "s"
("16 Air Assault Brigade deploys", "3 Commando Brigade comprises"), as headlines and descriptions write it; before,
the figure was dropped and the cut "Commando Brigade" stood as the unit. Guards: a firm's legal form after such
words ("3 Infantry Brigade PLC") and a lower-case plural of things ("40 Guards Regiment badges") still name no unit.
"""

from __future__ import annotations

import pytest

from .test_extraction import typed


@pytest.mark.parametrize("text, unit, cut", [
    ("He commanded 3 Commando Brigade RM in the Falklands in 1982.", "3-commando-brigade", "commando-brigade"),
    ("The orders reached 16 Air Assault Brigade HQ in Colchester on 2 March 2003.", "16-air-assault-brigade",
     "air-assault-brigade"),
    ("16 Air Assault Brigade deploys to Helmand in April 2006.", "16-air-assault-brigade", "air-assault-brigade"),
    ("In 1982 3 Commando Brigade comprises 40, 42 and 45 Commando.", "3-commando-brigade", "commando-brigade"),
])
def test_a_unit_in_figures_before_an_abbreviation_or_a_verb_stays_whole(claims_of, text, unit, cut):
    groups = typed(claims_of(text + "\n", date="2010-01-01"), "Actor")
    assert unit in groups and cut not in groups, (text, groups)


@pytest.mark.parametrize("text", [
    "Shares of 3 Infantry Brigade PLC rose 4 percent on Monday.",  # business
    "Shares of 3 Infantry Brigade LLC fell on Friday.",
    "The stall sells 40 Guards Regiment badges at the fair.",  # culture
])
def test_a_firms_form_or_a_plural_of_things_after_it_names_no_unit(claims_of, text):
    actors = typed(claims_of(text + "\n", date="2015-01-01"), "Actor")
    assert not {a for a in actors if a[:1].isdigit()}, (text, actors)
