"""actors42: an acronym the source never spells out names a body where it acts with no article before it, opening its
sentence or clause or after a lower-case word ("MINURSO said", "and ZIPRA agreed", "says UNMIK moved";
`CUES.ACRONYM_OPENS_BEFORE`), as after "the" ("the LTTE fired"). Guards: "a"/"an" before it ("an EAM
demonstration"), a word the text writes in lower case too, a referee's video and a market's index ("the VAR ruled",
"the FTSE closed": `CUES.ACRONYM_COMMON`), words in capitals of a heading, and deeds done to it ("USB was unplugged").
"""

from __future__ import annotations

import pytest

from .test_extraction import typed


@pytest.mark.parametrize("text, body", [
    ("Shelling went on near Bakaru. UNOMSIL said two of its observers had been detained on 12 May 1999.", "unomsil"),
    ("In Paris the talks resumed on 3 March 1995, and ZIPRA agreed to gather its men at the assembly points.", "zipra"),
    ("Residents of Mitrovica say UNMIK moved its police into the north on 4 February 2000.", "unmik"),
    ("Yesterday, KFOR detained three men near the boundary line after the shooting of 8 June 2001.", "kfor"),
    ("A convoy was ambushed near Bor.\nSPLM will hold talks in Addis Ababa on 4 January 2014.", "splm"),
])
def test_an_acronym_that_acts_with_no_article_names_a_body(claims_of, text, body):
    actors = typed(claims_of(text + "\n", date="2015-01-01"), "Actor")
    assert body in actors, (text, actors)


@pytest.mark.parametrize("text", [
    # "a"/"an" before it, a participle after it: a deed's word, no body acting (review: "an EAM demonstration" has no
    # deed after it, so it could not fail without the "a"/"an" guard)
    "Police fired on an EAM organised march in the square on 3 December 1944.",
    "Police stopped a ZNRF funded convoy near the border on 3 May 1999.",
    "The striker was booked. The VAR ruled out the goal in the last minute.",  # sport: a referee's video
    "Shares fell on Monday. The FTSE closed lower and the pound slipped.",  # business: a market's index
    "The crowd waited. Then the MATCH started and the fans sang.\nThe match was delayed by rain.",  # emphasis
    "The laptop froze. USB was unplugged by the clerk before the hearing.",  # a deed done to a thing
    "FULL TIME AT ANFIELD WAS A RELIEF. The rain in Leeds stopped by noon.",  # a heading in capitals
])
def test_an_acronym_of_no_body_or_not_acting_stays_none(claims_of, text):
    actors = typed(claims_of(text + "\n", date="2015-01-01"), "Actor")
    assert not {a for a in actors if a.isalpha() and a.upper() in text}, (text, actors)
