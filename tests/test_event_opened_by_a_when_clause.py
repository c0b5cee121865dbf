"""An event told as begun "when" an act was done ("The war began in September 1980, when Iraqi troops crossed into
Iran"): the act is how the event began, so its doer and its places are the event's too (`claimgraph.extract.openings`,
`told_opened`)."""

from __future__ import annotations

import pytest

from .test_extraction import typed, values


@pytest.mark.parametrize("text, cls, actor, place", [
    ("The war began in September 1980, when Iraqi troops crossed into Iran and overran Khorramshahr.", "War",
     "iraqi-armed-forces", "iran"),
    ("Fighting broke out in May 1998, when Eritrean troops seized the town of Badme.", "Clash",
     "eritrean-armed-forces", "badme")])
def test_the_act_of_the_when_clause_gives_the_event_its_doer_and_place(claims_of, text, cls, actor, place):
    """A war takes the land of its opening act, a clash its town too (`test_roles25_review_guards`: no war in Sanaa)."""
    claims = claims_of(text, "1999-01-10")
    [event] = typed(claims, cls)
    assert actor in values(claims, event, "hasActor") | values(claims, event, "initiatedBy")
    assert place in values(claims, event, "hasPlace")


def test_the_when_clause_ends_at_a_semicolon(claims_of):
    """"; Ethiopia mobilised its reserves a week later" is another act, no part of how the fighting began."""
    claims = claims_of("Fighting broke out in May 1998, when Eritrean troops seized the town of Badme; Ethiopia "
                       "mobilised its reserves a week later.", "1999-01-10")
    [clash] = typed(claims, "Clash")
    assert "ethiopia" not in values(claims, clash, "hasActor") | values(claims, clash, "initiatedBy")


def test_talks_begun_when_an_act_of_war_was_done_take_none_of_its_sides(claims_of):
    """Only an event of armed conflict is opened by the act: the talks are dated by the bombing, not fought in it."""
    claims = claims_of("Talks began in May, when Russian jets bombed Aleppo.", "2016-06-01")
    [talks] = typed(claims, "Negotiation")
    assert not values(claims, talks, "hasActor") | values(claims, talks, "hasPlace")


def test_the_first_act_of_force_of_the_clause_opens_the_event(claims_of):
    """The clause ends at ", and": the rebels who captured Goma opened the fighting, the later deployment did not."""
    claims = claims_of("The fighting started in 2012, when M23 rebels captured Goma, and the United Nations later "
                       "deployed a brigade to Kivu.", "2024-01-10")
    [clash] = typed(claims, "Clash")
    assert "m23" in values(claims, clash, "hasActor") | values(claims, clash, "initiatedBy")
    assert "united-nations" not in values(claims, clash, "hasActor") | values(claims, clash, "initiatedBy")
