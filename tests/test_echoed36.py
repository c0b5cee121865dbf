"""echoed36: a name of two words whose last word the source writes again alone is no person where the source tells it
a body's (`recognise.echoed`): a creed or an adjective of bodies' names opens it ("Islamic Jihad" ... "Jihad said",
"Democratic Unionists"), or "it"/"its" follows the verb of its last word alone ("Dawn said it would", "Sachs said its
clients") with no pronoun of one person going on from it. A person named so keeps being one, with "he" or "she" or
with no pronoun at all ("Nicolas Maduro" ... "Maduro presented a map").
"""

from __future__ import annotations

import pytest

from .test_extraction import typed


@pytest.mark.parametrize("text", [
    "Islamic Jihad claimed the attack. Jihad said more would follow.",
    "Lashkar Taiba carried out the attack. Taiba said it would strike again.",
    "Golden Dawn won 18 seats in the election. Dawn said it would vote against the budget.",
    "Goldman Sachs backed the bid. Sachs said its clients would gain.",
    "Popular Resistance claimed the raid on the post. Resistance said its men had withdrawn.",
])
def test_a_body_named_again_by_its_last_word_is_no_person(claims_of, text):
    found = typed(claims_of(text + "\n", date="2015-01-01"), "Person")
    assert not found, (text, found)


@pytest.mark.parametrize("text, person", [
    ("Harry Kane scored twice. Kane said it was a good night, and he thanked the fans.", "harry-kane"),
    ("The talks were held with Nicolas Maduro present. Maduro presented a new map on 5 December.", "nicolas-maduro"),
    ("Rebels loyal to Foday Kallay seized the patrol. Kallay demanded the release of his men.", "foday-kallay"),
])
def test_a_person_named_again_by_surname_is_still_a_person(claims_of, text, person):
    assert person in typed(claims_of(text + "\n", date="2015-01-01"), "Person"), text
