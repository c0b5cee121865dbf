"""A pair of states named again as a pair ("the two countries", "both governments", "between the neighbours") names
the two states the source named last as a list of two (`extract.pairs`, read by the `pronouns` stage): each takes the
role a name of it would. One sentence of a fresh text that was misread, and one of another shape."""

from __future__ import annotations

import pytest

from .test_extraction import the_one, values


@pytest.mark.parametrize("text, cls, pair", [
    ("Ecuador and Peru signed a declaration in Brazil on Friday. The two countries last fought in the same mountains "
     "in 1981, in a brief clash Ecuadoreans call the Paquisha war.", "War", {"ecuador", "peru"}),
    ("Talks between India and China stalled in 1960. In 1962 both governments sent troops to the border and the two "
     "countries fought a short war.", "War", {"india", "china"})])
def test_the_two_countries_are_the_pair_of_states_named_before(claims_of, text, cls, pair):
    """"The two countries last fought ... the Paquisha war": the two states are the pair the text named before
    ("Ecuador and Peru"), both sides of the war."""
    claims = claims_of(text, date="1995-02-17")
    war = the_one(claims, cls)
    assert pair <= values(claims, war, "hasActor") | values(claims, war, "initiatedBy")


def test_the_two_sides_name_no_pair_of_states(claims_of):
    """"both sides" of a war may be others than the pair of states named before (Britain and France demanded that
    Israel and Egypt withdraw): no pair is read into it."""
    claims = claims_of("Britain and France issued an ultimatum. The war ended when both sides agreed a ceasefire.",
                       date="1956-11-07")
    assert not {"united-kingdom", "france"} & {o for s, p, o, _ in claims if p in ("hasActor", "party")}


def test_no_pair_is_read_where_none_was_named(claims_of):
    """"the two countries" with no list of two states before names no one."""
    claims = claims_of("Russia, Ukraine and Belarus met in Minsk. Later the two countries fought a short war.",
                       date="2022-03-01")
    war = the_one(claims, "War")
    assert not values(claims, war, "hasActor")
