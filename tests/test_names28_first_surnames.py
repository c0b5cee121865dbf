"""A Spanish or Portuguese name's first surname, the word before the particle that joins its second ("Carlos Salinas de
Gortari", "Rodrigo Mendoza de la Vega"), is the name its bearer is called by alone: written alone later it is that
person (`recognise.stack._sole_bearers`), not the town of that name ("Salinas declared a ceasefire")."""

from __future__ import annotations

from .test_extraction import typed


def test_a_first_surname_alone_is_the_person_named_in_full_before(claims_of):
    claims = claims_of("The talks with President Carlos Salinas de Gortari began in May. On 12 June Salinas declared "
                       "a ceasefire.", date="1994-07-01")
    assert "salinas" not in typed(claims, "Place")
    assert "salinas" not in typed(claims, "Actor")


def test_a_first_surname_alone_after_a_ministers_full_name_is_the_minister(claims_of):
    claims = claims_of("Defence Minister Rodrigo Mendoza de la Vega visited the front on 2 May. On 4 May Mendoza "
                       "ordered a withdrawal.", date="1994-07-01")
    assert "mendoza" not in typed(claims, "Place")


def test_a_towns_name_no_person_bears_stays_the_town(claims_of):
    assert "salinas" in typed(claims_of("Government troops reached Salinas on 3 May.", date="1994-07-01"), "Place")
