"""An act of fighting, or a ceasefire taking effect, told without a side: the two sides of the war the source
tells (`claimgraph.extract.belligerents.unnamed`). On an encyclopedia's sentences and one of another war; a text
with no war, and a law taking effect, name no side."""

from __future__ import annotations

import pytest

from .test_extraction import typed, values

FOOTBALL = ("The Football War was fought between El Salvador and Honduras in July 1969. The Organization of American "
            "States (OAS) met in emergency session on 15 July and called for a ceasefire. One was arranged on the night "
            "of 18 July and took effect on 20 July.")
AGACHER = ("The Agacher Strip War was fought between Burkina Faso and Mali in December 1985. The case was still pending "
           "when, in late 1985, Mali accused Burkina Faso of sending its census agents into villages that Mali regarded "
           "as its own. On 25 December 1985 fighting broke out along the frontier.")


@pytest.mark.parametrize("text, act, sides", [
    (FOOTBALL, "EntryIntoForce", {"el-salvador", "honduras"}),
    (AGACHER, "Clash", {"burkina-faso", "mali"})])
def test_an_act_of_the_war_told_without_a_side_is_the_two_sides(claims_of, text, act, sides):
    """"One was arranged ... and took effect on 20 July", "fighting broke out along the frontier": no side is
    named, and the source made two states the sides of its war: the ceasefire and the fighting are theirs."""
    claims = claims_of(text)
    [event] = typed(claims, act)
    assert values(claims, event, "hasActor") == sides


WAR = "The Football War was fought between El Salvador and Honduras in July 1969. "


@pytest.mark.parametrize("text, act", [
    ("Fighting broke out among fans in the stands after the final whistle, and the league fined both clubs.", "Clash"),
    (WAR + "Ten years later a new customs tariff took effect on 1 May.", "EntryIntoForce"),
    (WAR + "In 2009, fighting broke out in the stands during a qualifier in San Pedro Sula.", "Clash"),
    ("The Kivu conflict was fought between the Democratic Republic of the Congo and Rwanda. In 2012 the M23 rebels "
     "rose up. Fighting broke out near Goma in November.", "Clash"),
    (WAR + "The OAS called for a ceasefire. The new tariff took effect on Monday.", "EntryIntoForce"),
    (WAR + "Police kept the peace in Tegucigalpa during the election. A curfew took effect at midnight.",
     "EntryIntoForce"),
    ("The Iran–Iraq War was fought between Iran and Iraq from 1980 to 1988. In 2006 Israel and Hezbollah agreed a "
     "ceasefire in Lebanon. The ceasefire took effect on 14 August.", "EntryIntoForce"),
    ("The Yom Kippur War was fought between Israel and Egypt in October 1973. Syria also attacked Israel on the Golan "
     "Heights. The ceasefire took effect at noon on 22 October.", "EntryIntoForce")])
def test_no_war_of_two_sides_or_no_halting_names_no_side(claims_of, text, act):
    """A brawl of a text with no war has no sides to give; a tariff or a curfew taking effect halts no fighting, though
    a ceasefire or the peace was told before it; a fight of others ("the M23 rebels"), of a time after the war ("Ten
    years later", "In 2009"), or a ceasefire others agreed or a third state fought for is no act of the war's two
    states."""
    claims = claims_of(text)
    assert all(not values(claims, event, "hasActor") for event in typed(claims, act))


def test_a_fight_of_others_after_a_war_takes_its_own_sides_not_the_wars(claims_of):
    """"clashes broke out between police and protesters" ten years after the Football War: the protesters, a group of
    the source's own (`recognise.people_groups.unnamed`), fought, not El Salvador nor Honduras."""
    claims = claims_of(WAR + "Ten years later, clashes broke out between police and protesters in San Salvador.")
    [clash] = typed(claims, "Clash")
    assert "protesters-t" in values(claims, clash, "hasActor")
    assert not values(claims, clash, "hasActor") & {"el-salvador", "honduras"}
