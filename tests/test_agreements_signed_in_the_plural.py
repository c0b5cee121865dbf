"""Accords a verb of signing tells in the plural: "signed treaties in 1997", "signed the first accords of those talks".

Seen on session 25's reading half (setA): "the government and the EZLN signed the first accords of those talks"
(chiapas-1994) was found as nothing ("accords" named no agreement), and, once found, was taken for the free-trade
agreement the text named before; last round's texts lost "signed treaties in 1997" (a plural picked out by no "the").
The sentences here are of other conflicts; the near-misses are plurals no verb of signing tells.
"""

from __future__ import annotations

import pytest

from .test_extraction import typed, values

AGREEMENTS = ("Agreement", "Treaty")


@pytest.mark.parametrize(("sentence", "date"), [
    ("Russia and Georgia signed treaties in 1997 that settled the border.", "1997"),
    ("In 2000 Ethiopia and Eritrea signed two treaties in Algiers.", "2000"),
])
def test_treaties_a_verb_of_signing_tells_are_an_agreement(claims_of, sentence, date):
    claims = claims_of(sentence + "\n", date="2005-01-01")
    [treaty] = typed(claims, "Treaty")
    assert values(claims, treaty, "date") == {date}
    assert len(values(claims, treaty, "party")) == 2


def test_accords_signed_are_new_not_the_agreement_named_before(claims_of):
    claims = claims_of("The North Atlantic Treaty shaped the politics of the region.\n\nOn 4 March 1997 the government "
                       "and the URNG signed the first accords of those talks, on human rights.\n", date="1998-01-01")
    accords = {e for cls in AGREEMENTS for e in typed(claims, cls)}
    assert len(accords) == 2
    assert {d for e in accords for d in values(claims, e, "date")} == {"1997-03-04"}


@pytest.mark.parametrize("sentence", [
    "Scholars study treaties.",
    "Their tax treaties were renewed in 1997.",
])
def test_treaties_no_verb_of_signing_tells_are_none(claims_of, sentence):
    assert not typed(claims_of(sentence + "\n", date="2005-01-01"), "Treaty")
