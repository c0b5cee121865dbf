"""actors38: a warship's name keeps its middle initial, after a navy's prefix or a kind of warship ("USS Harold E.
Holt", "the frigate Samuel B. Roberts", "HMCS John A. Macdonald"): the whole name is the ship, not "USS Harold".
Guards: a person's name with an initial and no prefix or kind of warship before it (courts, business, sport), and a
ship named without an initial.
"""

from __future__ import annotations

import pytest

from .test_extraction import typed


@pytest.mark.parametrize("text, ship, cut", [
    ("Marines boarded the Mayaguez from the USS Harold E. Holt on 15 May 1975.", "uss-harold-e-holt", "uss-harold"),
    ("On 14 April 1988 the frigate Samuel B. Roberts struck an Iranian mine in the Gulf.", "samuel-b-roberts",
     "samuel"),
    ("Iraqi jets fired two missiles at USS Samuel B. Roberts near Bahrain in 1988.", "uss-samuel-b-roberts",
     "uss-samuel"),
    ("The icebreaker escorted HMCS John A. Macdonald through the strait on 3 August 1969.",
     "hmcs-john-a-macdonald", "hmcs-john"),
])
def test_a_warships_name_keeps_its_middle_initial(claims_of, text, ship, cut):
    actors = typed(claims_of(text + "\n", date="2010-01-01"), "Actor")
    assert ship in actors and cut not in actors, (text, actors)


@pytest.mark.parametrize("text", [
    "The court heard that Harold E. Holt sold the house in Perth in 1962.",  # courts
    "Shares rose after Samuel B. Roberts joined the board on Monday.",  # business
    "Harold E. Holt scored twice in the final at Wembley on Saturday.",  # sport
    "Snow fell on the John A. Macdonald statue in Kingston overnight.",  # weather
])
def test_a_persons_name_with_an_initial_and_no_navy_before_it_is_no_ship(claims_of, text):
    actors = typed(claims_of(text + "\n", date="2015-01-01"), "Actor")
    assert not {a for a in actors if a.startswith(("uss-", "hms-", "hmcs-"))}, (text, actors)
    assert not typed(claims_of(text + "\n", date="2015-01-01"), "ArmedForce"), text


def test_a_ship_without_an_initial_stays_whole(claims_of):
    actors = typed(claims_of("USS Maddox was attacked by torpedo boats on 2 August 1964.\n", date="2010-01-01"),
                   "Actor")
    assert "uss-maddox" in actors, actors
