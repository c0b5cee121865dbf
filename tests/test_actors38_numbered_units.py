"""actors38: a military unit numbered in plain figures, British and Indian style ("3 Commando Brigade", "16 Air
Assault Brigade", "5 Infantry Brigade"), is one armed group named in full, as an ordinal's unit is ("7th Infantry
Brigade"); and a battalion's regiment after a comma, as US forces write it ("3rd Battalion, 4th Marines", "Second
Battalion, Ninth Marines", "1st Battalion, 7th Cavalry"), is part of the battalion's name, not a unit of its own.
Guards: a count of men of a unit ("15 Parachute Regiment soldiers"), a date ("on 4 May Division Street"), a firm or
a street named after a unit ("3 Infantry Brigade Holdings", "12 Brigade Road"), and sentences of sport, business,
courts and weather.
"""

from __future__ import annotations

import pytest

from .test_extraction import typed


@pytest.mark.parametrize("text, unit", [
    ("On 21 May 1982 3 Commando Brigade landed at San Carlos and advanced on Port Stanley.", "3-commando-brigade"),
    ("In March 2003 16 Air Assault Brigade crossed into southern Iraq near Basra.", "16-air-assault-brigade"),
    ("The rebels ambushed a patrol of 5 Infantry Brigade near Freetown on 8 May 2000.", "5-infantry-brigade"),
    ("The 3rd Battalion, 4th Marines entered Baghdad on 9 April 2003.", "3rd-battalion-4th-marines"),
    ("Second Battalion, Ninth Marines assaulted Koh Tang island on 15 May 1975.", "second-battalion-ninth-marines"),
    ("The 1st Battalion, 7th Cavalry fought the North Vietnamese at Ia Drang in November 1965.",
     "1st-battalion-7th-cavalry"),
    ("Insurgents fired on the 1st Battalion, 5th Infantry Regiment near Mosul on 2 May 2004.",
     "1st-battalion-5th-infantry-regiment"),
])
def test_a_unit_numbered_in_figures_or_with_its_regiment_is_one_armed_group_named_in_full(claims_of, text, unit):
    groups = typed(claims_of(text + "\n", date="2010-01-01"), "ArmedGroup")
    assert unit in groups, (text, groups)


@pytest.mark.parametrize("text, part", [
    ("On 21 May 1982 3 Commando Brigade landed at San Carlos and advanced on Port Stanley.", "commando-brigade"),
])
def test_the_parts_of_such_a_name_are_no_units_of_their_own(claims_of, text, part):
    assert part not in typed(claims_of(text + "\n", date="2010-01-01"), "Actor"), text


@pytest.mark.parametrize("text", [
    "He scored 2 Premier Division goals for Dundee on 4 May 2019.",  # sport
    "Shares of 3 Infantry Brigade Holdings rose 4 percent on Monday.",  # business
    "The bakery at 12 Brigade Road closed after the storm on 3 January.",  # weather
    "The court heard on 4 May Division Street that the tenant owed rent.",  # courts
    "The company sent 500 Army officers a survey in June.",
    "About 1,500 Royal Regiment fans travelled to the final in Cardiff.",
    "The museum shows 40 Guards Regiment uniforms from the 1850s.",
    "Section 3 Transport Regiment rules were read out in court on Tuesday.",
])
def test_a_count_a_date_a_firm_or_a_street_is_no_numbered_unit(claims_of, text):
    actors = typed(claims_of(text + "\n", date="2015-01-01"), "Actor")
    assert not {a for a in actors if a[:1].isdigit()}, (text, actors)
