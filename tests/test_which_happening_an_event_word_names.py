"""Which happening an event word names: an event word dated otherwise than its sentence's first is another
happening; a verb of aspect before a noun that is no gerund tells no act of its subject; an act told before the war
of its sentence is how the war began."""

from __future__ import annotations

from .test_extraction import the_one, values


def test_an_event_word_dated_otherwise_than_its_sentences_first_is_no_happening_told_before(claims_of):
    """"The war opened the way to the Camp David Accords of 1978 and the Egypt-Israel peace treaty of 1979": the
    treaty, dated otherwise than the accords its sentence named first, was taken back to the ceasefire of 1973 (a
    ceasefire told taking effect is that event, `recognise.truces`, and keeps its own day)."""
    claims = claims_of("The Yom Kippur War began on 6 October 1973. A ceasefire took effect on 25 October 1973. The war "
                       "opened the way to the Camp David Accords of 1978 and the Egypt-Israel peace treaty of 1979, under "
                       "which the Sinai was returned to Egypt.", date="1980-01-01")
    assert values(claims, the_one(claims, "EntryIntoForce"), "startDate") == {"1973-10-25"}
    assert values(claims, the_one(claims, "Treaty"), "date") == {"1979"}


def test_a_verb_of_aspect_before_a_plural_noun_tells_no_act_of_its_subject(claims_of):
    """A heading with no stop ("How the war began" / "Clashes erupted on 15 April 2023"): "began" before "Clashes"
    was read as "began bombing", the clashes as the war's act, and the war lost its first day. Only a gerund
    after a verb of aspect is its subject's act."""
    claims = claims_of("The war between the Sudanese Armed Forces (SAF) and the Rapid Support Forces (RSF) has killed "
                       "thousands of civilians.\n\nHow the war began\n\nClashes erupted on the morning of 15 April 2023 "
                       "at military sites in Khartoum.", date="2023-07-08")
    assert values(claims, the_one(claims, "War"), "startDate") == {"2023-04-15"}


def test_an_indefinite_act_told_before_the_war_of_its_sentence_is_how_the_war_began(claims_of):
    """"launched a massive military offensive ..., marking the beginning of a 44-day war": the offensive is how
    the war is told, no act of it; it was made one, and the war lost its actor."""
    claims = claims_of("On 27 September 2020 Azerbaijan launched a massive military offensive along the line of "
                       "contact, marking the beginning of a 44-day war.", date="2021-01-01")
    war = the_one(claims, "War")
    assert not any(p == "partOf" for _, p, _, _ in claims)
    assert "azerbaijan" in values(claims, war, "hasActor")
    assert values(claims, war, "startDate") == {"2020-09-27"}
