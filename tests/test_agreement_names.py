"""How an agreement is named: the words of its name, and the words that say there was none.

Seen on the fresh texts of session 20 (algeria-1962): "the Évian Accords, signed on 18 March 1962" named no
agreement, as a word of a name had to open with an unaccented capital; the accords went undated.
"""

from __future__ import annotations

from .test_extraction import typed, values


def test_a_name_of_an_agreement_may_open_with_an_accented_capital(claims_of):
    claims = claims_of("The Algerian War, fought since November 1954 between France and the National Liberation Front "
                       "(FLN), was brought to a formal close by the Évian Accords, signed on 18 March 1962 at "
                       "Évian-les-Bains, on Lake Geneva.\n", date="2022-03-01")
    assert values(claims, "evian-accords", "type") == {"Agreement"}
    assert values(claims, "evian-accords", "date") == {"1962-03-18"}
    claims = claims_of("The Élysée Treaty was signed on 22 January 1963 by France and West Germany.\n",
                       date="2013-01-22")
    [treaty] = {s for s, p, o, _ in claims if p == "type" and o == "Treaty"}
    assert "élysée" in treaty or "elysee" in treaty
    assert values(claims, treaty, "date") == {"1963-01-22"}


def test_an_agreement_word_after_a_phrase_of_absence_names_no_agreement(claims_of):
    """uganda-lra-2008: "ended ... not with a peace agreement but with air strikes" named a peace agreement."""
    claims = claims_of("More than two years of negotiations between the government of Uganda and the Lord's Resistance "
                       "Army (LRA) ended in December 2008 not with a peace agreement but with air strikes.\n",
                       date="2009-01-01")
    assert not typed(claims, "Agreement")
    claims = claims_of("The Korean War ended without a peace treaty, and no ceasefire was ever signed in the south. "
                       "In 1953 the two sides signed an armistice.\n", date="2009-01-01")
    assert {o for s, p, o, _ in claims if p == "type" and "Agreement" in {o2 for s2, p2, o2, _ in claims if s2 == s}
            and o in ("Treaty", "Ceasefire", "Armistice")} == {"Armistice"}
