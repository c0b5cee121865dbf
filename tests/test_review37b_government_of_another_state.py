"""Review of session 37's bare "the government" (`extract.governments`): the state the source names most is not
whose government it is in a clause that opens with "in" and another state ("In Argentina, the government declared",
"and in Greece the government welcomed"); a host or go-between named before it in other words ("After talks hosted by
Italy, the government", "At talks in Chad, the government") and the same state ("In Sudan the government") leave the
pick as it was."""

from __future__ import annotations

import pytest

from .test_roles37_the_government import government_names


@pytest.mark.parametrize("text", [
    # sport: the loser's government, in a text that names the winner most
    "Brazil beat Argentina 3-1 in the final in Rio. Brazil's coach praised the team, and Brazil's fans celebrated. "
    "In Argentina, the government declared a day of mourning.",
    # war: the invaded state's government, in a text that names the invader most
    "Russia invaded Ukraine in February 2022. Russian troops advanced on Kyiv, and Russia shelled Kharkiv. Moscow said "
    "Russia would win. In Ukraine the government refused to surrender.",
    # courts: the state that joined the case, in a text that names the respondent most
    "The court in Strasbourg ruled against Turkey. Turkey had jailed the journalist, and Turkey appealed. Greece had "
    "joined the case, and in Greece the government welcomed the ruling.",
])
def test_a_clause_opening_in_another_state_is_not_the_state_named_most(extraction_of, text):
    names = government_names(extraction_of(text + "\n", "2020-01-01"))
    assert not names, (text, names)


@pytest.mark.parametrize("text, state", [
    ("Sri Lanka's war with the Tamil Tigers began in 1983. After talks brokered by Norway, the government and the "
     "LTTE signed a ceasefire in February 2002.", "sri-lanka"),
    ("Sudan's war in Darfur went on. In Sudan the government and JEM signed a ceasefire in April 2004.", "sudan"),
    ("Mozambique's war lasted fifteen years. Mozambique's army was weak. After talks hosted by Italy, the government "
     "and RENAMO signed a peace accord in Rome.", "mozambique"),
    ("Sudan's war went on, and Sudan's army burned villages. At talks in Chad, the government and the JEM signed a "
     "ceasefire.", "sudan"),
])
def test_a_host_a_go_between_or_the_same_state_before_leaves_the_pick(extraction_of, text, state):
    assert government_names(extraction_of(text + "\n", "2020-01-01")) == {state}, text


@pytest.mark.parametrize("text", [
    "Myanmar's army seized power in 2021, and Myanmar's generals ruled Myanmar. Governments around the world condemned "
    "the coup, and the government of national unity was formed by the ousted lawmakers.",
    "Iraq invaded Kuwait in August 1990. Iraqi troops took Kuwait City within hours, and Iraq annexed the emirate. "
    "The emir fled, and the government in exile sat in Taif.",
])
def test_a_government_of_national_unity_or_in_exile_is_a_body_of_its_own(extraction_of, text):
    names = government_names(extraction_of(text + "\n", "2022-01-01"))
    assert not names, (text, names)
