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
    ("Armenian troops, a force backed by Russia, captured Shusha in May 1992.", "Capture", "russia"),
    ("Gaza, a territory run by Hamas, was bombed by Israel on Monday.", "Attack", "gaza")])
def test_an_article_describes_no_person_after_a_force_or_a_place(claims_of, text, cls, kept):
    """Only a person's name before ", a ..." opens such an aside: what describes a force or a land keeps its roles."""
    claims = claims_of(text, "1992-06-01")
    assert any(kept in roles_of(claims, e) for e in typed(claims, cls))
