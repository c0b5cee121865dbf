"""actors41b: a name written in capitals, in a heading, a cable, a citation or a list of names, is read on a Title Case
copy of its run by the anchored rules only (`capitals.recased`, `NamesInContext.in_capitals`): a body's name that fills
the run ("UNITED STATES MARINE CORPS"), a title before a name with a middle initial ("STAFF SERGEANT ROBERT E.
LINDQVIST, USAF"), a ship after a navy's prefix ending the run ("FM HMS ARGONAUT"). Guards: headlines, slogans, legal
headings, scoreboards and weather warnings in capitals tell no actor by their capitals alone.
"""

from __future__ import annotations

import pytest

from claimgraph.rdf.terms import top_classes


def actors(claims) -> set[str]:
    return {s for s, p, o, _ in claims if p == "type" and "Actor" in top_classes(o)}


@pytest.mark.parametrize("text, actor", [
    ("The Secretary of the Navy takes pleasure in presenting the Navy Cross to\n\nCorporal Juan Perez\n"
     "UNITED STATES MARINE CORPS\n\nfor heroism at Hue on 4 February 1968.", "united-states-marine-corps"),
    ("Awarded to STAFF SERGEANT ROBERT E. LINDQVIST, USAF, who died at Da Nang on 2 March 1969.",
     "robert-e-lindqvist"),
    ("FM HMS ARGONAUT\nTO CTG 317.8\n1. Two aircraft attacked the ship in San Carlos Water on 21 May 1982.",
     "hms-argonaut"),
    ("Report of 3 June 1994 on the fighting near Aden.\nSOUTHERN ARMED FORCES COMMAND\nThe command said its "
     "units held the airport.", "southern-armed-forces-command"),
])
def test_a_name_in_capitals_is_read(claims_of, text, actor):
    found = actors(claims_of(text + "\n", date="2015-01-01"))
    assert actor in found, (text, found)


@pytest.mark.parametrize("text, not_actor", [
    ("HMS PINAFORE OPENS AT THE SAVOY\nThe operetta returns to the stage in London on Thursday.", "hms-pinafore-opens"),
    ("PRESIDENT JOHN F. KENNEDY AIRPORT DELAYS\nFlights were cancelled on Monday because of snow.", "john-f-kennedy"),
    ("FULL TIME: ARSENAL 2 CHELSEA 1\nArsenal won the derby on Saturday.", "arsenal"),
    ("ARMY COUNCIL MEETS AS PRESIDENT VISITS TROOPS\nThe council met on Monday.", "army-council"),
    ("DOWN WITH THE TAX! VOTE FOR THE FREEDOM PARTY NOW!\nLeaflets were handed out on Saturday.", "freedom-party"),
    ("SOUTHERN CROSS NEWS SERVICE\nRebels shelled the airport at Luena on 4 April 2002.",
     "southern-cross-news-service"),
    ("STORM WARNING: GALE FORCE WINDS\nGusts of 90 km/h are forecast for Tuesday.", "gale-force"),
])
def test_capitals_alone_tell_no_actor(claims_of, text, not_actor):
    found = actors(claims_of(text + "\n", date="2015-01-01"))
    assert not_actor not in found, (text, found)
