"""A section heading's agreement word names no agreement of its own: the section below it tells the agreement.

Seen on session 21's texts: "Ceasefire and aftermath" (chad-libya-1987), "Ceasefire and withdrawal" (suez-1956) and
"The truce" (karabakh-2016) head the paragraphs that tell the ceasefire; the pipeline made each heading a second,
spurious agreement, as it did with "Peace agreement" in a development text (tigray_03). The text's first line, its
title, and a sentence of its own stay what they were. Each test has a text of that material and one of another shape.
"""

from __future__ import annotations

import pytest

from .test_extraction import typed

AGREEMENTS = ("Agreement", "Ceasefire", "Treaty", "Protocol", "Armistice")


def _accords(claims) -> set[str]:
    return {e for cls in AGREEMENTS for e in typed(claims, cls)}


@pytest.mark.parametrize("text", [
    "Chad and Libya fought over the Aouzou Strip.\n\nCeasefire and aftermath\n\nA ceasefire brokered by the "
    "Organisation of African Unity took effect on 11 September 1987.\n",
    "The war began in March.\n\nPeace agreement\n\nPresident Abiy reached a peace deal with the rebels on 4 May.\n",
])
def test_a_section_headings_agreement_word_is_no_second_agreement(claims_of, text):
    assert len(_accords(claims_of(text, date="1988-01-01"))) == 1


def test_a_title_lines_agreement_stays_an_agreement(claims_of):
    text = "Ceasefire agreed in Geneva\n\nThe fighting stopped on Monday.\n"
    assert len(_accords(claims_of(text, date="1988-01-01"))) == 1
