"""s38 review of actors38: a battalion's regiment after a comma ("3rd Battalion, 4th Marines") is part of the
battalion's name only when it is the regiment's whole name; an ordinal and arm that open a higher unit's name ("the
2nd Battalion, 1st Infantry Division") are that unit's, so the text names two units, not "2nd Battalion, 1st
Infantry" and no division. Guard: the regiment's own name, with or without "Regiment", stays the battalion's.
"""

from __future__ import annotations

import pytest

from .test_extraction import typed


@pytest.mark.parametrize("text, battalion, higher", [
    ("The 2nd Battalion, 1st Infantry Division moved north of Tikrit on 13 December 2003.", "2nd-battalion",
     "1st-infantry-division"),
    ("The 1st Battalion, 1st Cavalry Division crossed the river near Baghdad in 2004.", "1st-battalion",
     "1st-cavalry-division"),
    ("A convoy of the 1st Battalion, 2nd Infantry Brigade was ambushed near Basra in 2004.", "1st-battalion",
     "2nd-infantry-brigade"),
])
def test_a_higher_units_name_after_a_battalion_and_a_comma_is_its_own(claims_of, text, battalion, higher):
    groups = typed(claims_of(text + "\n", date="2010-01-01"), "ArmedGroup")
    assert {battalion, higher} <= groups, (text, groups)


@pytest.mark.parametrize("text, unit", [
    ("The 2nd Battalion, 7th Cavalry Regiment, 1st Cavalry Division fought at Ia Drang in 1965.",
     "2nd-battalion-7th-cavalry-regiment"),
    ("The 3rd Battalion, 4th Marines entered Baghdad on 9 April 2003.", "3rd-battalion-4th-marines"),
])
def test_the_regiments_own_name_stays_the_battalions(claims_of, text, unit):
    assert unit in typed(claims_of(text + "\n", date="2010-01-01"), "ArmedGroup"), text
