"""A bare word of war dated within the story's war names it (session 28, branch events28b).

A chronology titled "the war of 1998" whose entry "13 May - Full-scale war breaks out" tells the outbreak tells one
war, not two: the year of the war holds the day its words give, and the war the story is about is the frame of the
bare word even after a clash told since. A war dated outside it ("In May 1961 war broke out") is another.
"""

from __future__ import annotations

import pytest

from .test_extraction import typed


@pytest.mark.parametrize("text", [
    "Eritrea: the war of 1998 - chronology\n\n6 May - Eritrean troops occupy Badme.\n\n"
    "13 May - Full-scale war breaks out. Ethiopian aircraft bomb Asmara airport.\n",
    "Eritrea: the war of 1998 - chronology\n\n6 May - A clash at Badme leaves four dead.\n\n"
    "13 May - Full-scale war breaks out.\n",
    "Chronology of the war of 1971\n\n3 December - Pakistani aircraft strike airfields in India.\n\n"
    "4 December - Full-scale war begins in the east.\n",
])
def test_the_outbreak_of_the_story_war_is_that_war(claims_of, text):
    assert len(typed(claims_of(text, "1999-01-01"), "War")) == 1


def test_a_war_dated_outside_the_story_war_is_another(claims_of):
    text = ("Eritrea: the war of 1998 - chronology\n\n6 May - A clash at Badme leaves four dead.\n\n"
            "Background - In May 1961 war broke out in the highlands.\n")
    assert len(typed(claims_of(text, "1999-01-01"), "War")) == 2
