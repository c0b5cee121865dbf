"""A side "between" names is no subject of the verb after it (`clause_roles._own_verb_after`, `CUES.BETWEEN_LISTED`):
"Clashes between Armenia and Azerbaijan were reported" tells an act both sides fought, not a second act Azerbaijan
suffered. One sentence of a fresh text that was misread (its sides named as a pair, `extract.pairs`), and one of
another shape."""

from __future__ import annotations

import pytest

from .test_extraction import the_one, values


@pytest.mark.parametrize("text, cls, sides", [
    ("Ecuador and Peru signed a declaration in Brazil on Friday. Further talks between the two delegations are "
     "expected later this month.", "Negotiation", {"ecuador", "peru"}),
    ("Clashes between Armenia and Azerbaijan were reported on Tuesday.", "Clash", {"armenia", "azerbaijan"})])
def test_each_side_between_names_takes_part_in_the_act_whatever_verb_follows(claims_of, text, cls, sides):
    """The verb after the second side ("are expected", "were reported") is the act's own: both sides take part."""
    claims = claims_of(text, date="1995-02-17")
    assert sides <= values(claims, the_one(claims, cls), "hasActor")


def test_a_name_after_the_act_with_a_passive_verb_of_its_own_is_still_none(claims_of):
    """"..., and about 960 Argentine soldiers were taken prisoner": no "between" before it, the verb is the name's own."""
    claims = claims_of("British troops retook Port Stanley on 14 June, and about 960 Argentine soldiers were taken "
                       "prisoner.", date="1982-06-20")
    assert "argentina" not in {o for s, p, o, _ in claims if p in ("hasActor", "initiatedBy")}


@pytest.mark.parametrize("text, cls, other, date", [
    ("Clashes between Eritrea and Ethiopia erupted in May and United Nations peacekeepers did not intervene.", "Clash",
     "united-nations", "2000-06-01"),
    ("Negotiations between Israel and Syria collapsed in January and American diplomats did not return.", "Negotiation",
     "united-states", "2000-01-20")])
def test_a_name_past_the_sides_and_the_clause_keeps_its_own_verb(claims_of, text, cls, other, date):
    """"... erupted in May and United Nations peacekeepers did not intervene": the peacekeepers stand past "and" in a
    clause of their own, no side "between" names: they did not act."""
    claims = claims_of(text, date=date)
    assert other not in values(claims, the_one(claims, cls), "hasActor")


@pytest.mark.parametrize("text, place_side", [
    ("The shelling of the border between Armenia and Azerbaijan was condemned by the European Union.", "azerbaijan"),
    ("An attack on the corridor between Armenia and Azerbaijan was reported by Russian peacekeepers.", "azerbaijan"),
    ("Azerbaijani drones struck the road between Goris and Armenian positions were abandoned.", "armenia")])
def test_the_sides_of_a_place_between_them_are_no_sides_of_the_act(claims_of, text, place_side):
    """"the border between Armenia and Azerbaijan": "between" hangs on the border, not on the act: the verb after the
    second side is its own, as it would be with no "between"."""
    claims = claims_of(text, date="2021-05-10")
    assert place_side not in values(claims, the_one(claims, "Attack"), "hasActor")
