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
