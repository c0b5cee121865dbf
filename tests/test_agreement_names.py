"""How an agreement is named: the words of its name.

Seen on the fresh texts of session 20 (algeria-1962): "the Évian Accords, signed on 18 March 1962" named no
agreement, as a word of a name had to open with an unaccented capital; the accords went undated.
"""

from __future__ import annotations

from .test_extraction import values


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
