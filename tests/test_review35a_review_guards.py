"""review35a: guards of the second reading of places35 and names35, sentences of other kinds of text (a street, a
gallery, a club, a quote, soldiers' names, a state's north) on which those rules claimed what the text does not tell: a
person of a place's or a club's name (`recognise.echoed`), a land of a titled person's name
(`NameDoubts._place_doubtful`), no state where the region's word opens the state's own name
(`recognise.stack._regional_demonyms`)."""

from __future__ import annotations

import pytest

from .conftest import place_mentions
from .test_extraction import typed


@pytest.mark.parametrize("text", [
    "Protesters marched along Viale Miramare to the port. By noon police had closed Miramare to traffic.",
    "Crowds queued outside Tate Modern all morning. Modern art lovers had waited a decade for the show.",
    "Fans cheered as Real Madrid took the lead. Madrid scored twice more before the break.",
])
def test_a_place_or_a_club_whose_last_word_is_echoed_is_no_person(claims_of, text):
    found = typed(claims_of(text + "\n", date="2015-01-01"), "Person")
    assert not found, (text, found)


def test_an_adverb_after_an_opening_quote_is_no_given_name(claims_of):
    text = '"Eventually Moroto will sign," an aide said. Moroto resigned in May.\n'
    assert "eventually-moroto" not in typed(claims_of(text, date="2015-01-01"), "Person")


@pytest.mark.parametrize("text", [
    "Major John Hills was wounded in the attack on the convoy.\n",
    "Colonel Peter Creek led the raid on the depot.\n",
])
def test_a_titled_persons_name_a_lands_kind_ends_is_no_land(tmp_path, text):
    assert not place_mentions(text, tmp_path, ("Region",))


def test_a_region_word_that_opens_the_states_name_keeps_its_demonym(tmp_path):
    text = "North Macedonian officials signed the customs deal on Monday.\n"
    assert "north-macedonia" in {entity for _, entity in place_mentions(text, tmp_path, ("State",))}
