"""actors39: an acronym the source never spells out names a body where it acts as a subject after "the" ("the LTTE
fired", "the MNLA entered Timbuktu", "the FBI who examined") or owns something ("the PLO's claim", "UNTAC's figures"),
as it does where fighters follow it ("ZANU guerrillas"); a possessive leaves the acronym whole, so one the source
defined is bound there too ("the Karen National Union (KNU)" ... "the KNU's leaders"). Guards: a word in capitals for
emphasis ("the LOWEST credible figure", "The END was near" where the text writes "the end" too), a ship's prefix ("the USS Maddox"), the acronym of a common noun or an office
("the CEO said", "the GDP's growth", "the MVP was"), one told of no deed nor possession ("a report by WXYZ"), and
sentences of sport, business, courts and weather.
"""

from __future__ import annotations

import pytest

from .test_extraction import typed


@pytest.mark.parametrize("text, body", [
    ("In March 2009 the LTTE fired artillery from the hospital grounds at Puthukkudiyiruppu.", "ltte"),
    ("On 1 April 2012 the MNLA entered Timbuktu, and within days the Islamists drove it out.", "mnla"),
    ("Agents of the FBI who examined the hull in October 2002 said the blast was deliberate.", "fbi"),
    ("The PLO's claim that the hijacking was a rogue operation was rejected in Washington.", "plo"),
    ("On UNTAC's figures the turnout in May 1993 was close to ninety per cent.", "untac"),
    ("The ZPLF had shelled the market for a week before the ceasefire of 3 June 1996.", "zplf"),
    ("After the talks collapsed the TNSM rejected the agreement with the provincial government.", "tnsm"),
    # after an adverb, a modal or an irregular past (review39a)
    ("In 2009 the LTTE then fired on the hospital at Puthukkudiyiruppu.", "ltte"),
    ("In 2009 the LTTE reportedly shelled the hospital at Puthukkudiyiruppu.", "ltte"),
    ("In 2012 the MNLA took Gao and Timbuktu from the army.", "mnla"),
    ("In 2009 the LTTE withdrew to the coast near Mullaitivu.", "ltte"),
    ("In 2009 the LTTE could not hold the coast near Mullaitivu.", "ltte"),
])
def test_an_undefined_acronym_that_acts_after_the_or_owns_is_a_body(claims_of, text, body):
    actors = typed(claims_of(text + "\n", date="2015-01-01"), "Actor")
    assert body in actors, (text, actors)


def test_a_defined_acronym_is_its_body_before_a_possessive_too(extraction_of):
    text = ("The Karen National Union (KNU) signed the ceasefire in January 2012. The KNU's leaders met the army "
            "in Hpa-an on 6 April 2012.\n")
    claims = extraction_of(text, date="2015-01-01").claims
    named = {c.start for c in claims if c.subject == "karen-national-union" and c.predicate == "type"}
    assert text.index("KNU's") in named, named
    assert "knu" not in {c.subject for c in claims}


@pytest.mark.parametrize("text", [
    "The LOWEST credible figure is given first in each row of the table.",  # emphasis
    "The CEO said the company would cut 300 jobs by the end of the year.",  # business
    "The GDP's growth slowed to 2 percent in the third quarter of 2019.",  # business
    "The MVP was awarded to the Lakers guard after the final on Sunday.",  # sport
    "The COVID's spread forced the schools to close in March.",  # health
    "The ATM swallowed her card outside the bank on Tuesday.",
    "The court heard that the CCTV showed the defendant leaving at midnight.",  # courts
    "Forecasters said the UTC readings showed the storm weakening overnight.",  # weather
    "A report by WXYZ on the storm damage aired on Monday.",  # no deed, no possession
    "The NGO's volunteers handed out blankets after the floods.",
    "The END was near, the coach admitted. By the end of May the season was over.",  # sport, emphasis
    "The TRUTH is that nobody on the board knew the truth about the merger.",  # business, emphasis
])
def test_an_emphasis_word_or_a_common_nouns_acronym_is_no_body(claims_of, text):
    actors = typed(claims_of(text + "\n", date="2015-01-01"), "Actor")
    assert not {a for a in actors if a.isalpha() and a.upper() in text}, (text, actors)


def test_a_ships_prefix_is_no_body(claims_of):
    actors = typed(claims_of("On 2 August 1964 the USS Maddox fired on three torpedo boats.\n", date="2015-01-01"),
                   "Actor")
    assert "uss" not in actors, actors
