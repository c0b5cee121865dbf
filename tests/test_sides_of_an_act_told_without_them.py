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


@pytest.mark.parametrize("text, act", [
    ("Fighting broke out among fans in the stands after the final whistle, and the league fined both clubs.", "Clash"),
    ("The Football War was fought between El Salvador and Honduras in July 1969. Ten years later a new customs "
     "tariff took effect on 1 May.", "EntryIntoForce")])
def test_no_war_of_two_sides_or_no_halting_names_no_side(claims_of, text, act):
    """A brawl of a text with no war has no sides to give; a tariff taking effect halts no fighting."""
    claims = claims_of(text)
    assert all(not values(claims, event, "hasActor") for event in typed(claims, act))
