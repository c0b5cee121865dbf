"""A name told inside a phrase set off by commas that describes a person ("Begin, ..., who had told the Knesset that
Syria would never attack Israel, resigned") is no role of the act told after it (`claimgraph.extract.asides`)."""

from __future__ import annotations

import pytest

from .test_extraction import typed, values

ROLES = ("hasActor", "initiatedBy", "target", "hasPlace")


def roles_of(claims, event: str) -> set[str]:
    return {o for p in ROLES for o in values(claims, event, p)}


@pytest.mark.parametrize("text, cls, kept, aside", [
    ("Menachem Begin, the Israeli prime minister, who had told the Knesset that Syria would never attack Israel, "
     "resigned in September 1983.", "Resignation", set(), {"syria", "israel"}),
    ("Charles Taylor, who had trained in Libya, launched an invasion of Liberia in December 1989.", "Attack",
     {"liberia"}, {"libya"}),
    ("The soldiers, who had fought in Syria, attacked Kyiv in February.", "Attack", {"kyiv"}, {"syria"})])
def test_a_name_in_an_aside_describing_a_person_is_no_role_of_the_act_after_it(claims_of, text, cls, kept, aside):
    claims = claims_of(text, "1990-01-10")
    roles = set().union(*(roles_of(claims, e) for e in typed(claims, cls)))
    assert kept <= roles and not aside & roles


@pytest.mark.parametrize("text, cls, kept", [
    ("Armenian troops, a force backed by Russia, captured Shusha in May 1992.", "Capture", "shusha"),
    ("Gaza, a territory run by Hamas, was bombed by Israel on Monday.", "Attack", "gaza")])
def test_an_article_describes_no_person_after_a_force_or_a_place(claims_of, text, cls, kept):
    """Only a person's name before ", a ..." opens such an aside: what describes a force or a land keeps its roles
    (the act's own place; the backer is no capturer either way)."""
    claims = claims_of(text, "1992-06-01")
    assert any(kept in roles_of(claims, e) for e in typed(claims, cls))


@pytest.mark.parametrize("text, cls, dropped", [
    ("General Ratko Mladic, a commander backed by Serbia, shelled Sarajevo in 1992.", "Attack", "serbia"),
    ("Ratko Mladic, who commanded the Bosnian Serb army, was arrested in Serbia in May 2011.", "Arrest",
     "bosnia-and-herzegovina"),
    ("Saddam Hussein, who had fought Iran for eight years, invaded Kuwait in August 1990.", "Attack", "iran")])
def test_what_the_aside_describes_the_person_by_is_no_role(claims_of, text, cls, dropped):
    """Who backed the person or what they commanded or fought before is no role of the act after the aside, opened by
    an article after a person's name as by "who"."""
    claims = claims_of(text, "2012-01-10")
    assert typed(claims, cls) and dropped not in set().union(*(roles_of(claims, e) for e in typed(claims, cls)))


def test_a_town_of_the_aside_is_no_place_of_an_act_that_names_its_own(claims_of):
    """"who was born in Tikrit": the attack names Basra, its own place; the town of the aside stays out (the town gone
    into is the act's only when the act names none, `test_roles25_review_guards`)."""
    claims = claims_of("The general, who was born in Tikrit, attacked Basra in March 1991.", "1991-04-01")
    places = set().union(*(values(claims, e, "hasPlace") for e in typed(claims, "Attack")))
    assert "basrah" in places and "tikrit" not in places
