"""Sentences of ordinary news that hold an event word of war or of a state in another sense (review 30 of events22's
words): each must tell no event of the class the word names. The senses are read by `recognise.senses`; beside them,
the texts' own sentences that must still tell their acts.
"""

from __future__ import annotations

import pytest

from .test_extraction import typed

DATE = "2024-01-10"


@pytest.mark.parametrize("sentence, cls", [
    # let go, put out, paid out: no captive set free
    ("Apple released the iPhone in 2007.", "Release"),
    ("The movie was released on Friday.", "Release"),
    ("The fish were released into the river on Monday.", "Release"),
    ("The team released the striker at the end of the season.", "Release"),
    ("The government released 2 billion dollars for flood relief.", "Release"),
    ("The win freed the team from relegation worries.", "Release"),
    ("The release of the men's final results was delayed.", "Release"),
    ("The release of children's books is planned for May.", "Release"),
    # set up, made, formed: no body founded
    ("I set up my new laptop on Monday.", "Founding"),
    ("He was set up by his friends and jailed for a crime he did not commit.", "Founding"),
    ("The creation of jobs is the government's priority.", "Founding"),
    ("The formation of ice on the wings caused the crash.", "Founding"),
    ("The establishment of diplomatic relations followed in 1972.", "Founding"),
    ("He set up a company in 1999.", "Founding"),
    # a state of emergency for a disaster is no martial law
    ("The governor declared a state of emergency after the floods on Monday.", "MartialLaw"),
    ("A state of emergency was declared over the wildfires.", "MartialLaw"),
    # what belongs to an election is no vote
    ("The election campaign focused on jobs.", "Election"),
    # shots in a film or at a feast, a word of fighting inside a compound
    ("The film is full of gunfire and car chases.", "Clash"),
    ("Celebratory gunfire rang out at the wedding.", "Clash"),
    ("An exchange of fire-fighting techniques took place in Lyon.", "Clash"),
    # a cell's machinery, a bill: no craft hijacked
    ("The virus hijacks the cell's machinery.", "Abduction"),
    ("The bill was hijacked by lobbyists.", "Abduction"),
    # a squad picked
    ("The England coach called up reserves for the final.", "Mobilisation"),
    # a lift of no troops or supplies, a phone's feature
    ("The token airdrop was announced on Monday.", "Deployment"),
    ("She sent the photo by AirDrop.", "Deployment"),
    ("A helicopter airlift of the injured hiker took place on Sunday.", "Deployment"),
    # roads, a habit, a date for coffee
    ("The two roads meet at the junction.", "Meeting"),
    ("The committee meets in Brussels every month.", "Meeting"),
    ("Let's meet at the cafe on Monday.", "Meeting"),
    # praise and mourning proclaimed: no state, no office
    ("Critics proclaimed her a genius in 2010.", "Proclamation"),
    ("The coach proclaimed him the best player in the league.", "Proclamation"),
    ("The king proclaimed a day of mourning.", "Proclamation"),
])
def test_a_news_sentence_tells_no_war_event(claims_of, sentence, cls):
    assert not typed(claims_of(sentence + "\n", date=DATE), cls)


@pytest.mark.parametrize("sentence, cls", [
    ("Ahmed Ben Bella and the other FLN leaders held in France since 1956 were released in the days after the "
     "ceasefire.", "Release"),
    ("It provides for an immediate ceasefire, the withdrawal of the army and the guerrillas from Amman, the release of "
     "prisoners and a supervisory committee.", "Release"),
    ("Greenpeace activists were released from a Russian jail in 2013.", "Release"),
    ("The rebels freed Ingrid Betancourt in 2008.", "Release"),
    ("RENAMO was set up in the 1970s by the intelligence service of white-ruled Rhodesia.", "Founding"),
    ("On 4 and 5 November it approved the creation of a United Nations Emergency Force (UNEF).", "Founding"),
    ("Ecuador declared a state of national emergency when the fighting began and has called up reservists.",
     "StateOfEmergency"),
    ("The army declared martial law in Bangkok on 20 May 2014.", "MartialLaw"),
    ("There was an exchange of fire between Indian and Pakistani troops on Monday.", "Clash"),
    ("6 September - The Popular Front for the Liberation of Palestine (PFLP) hijacks three airliners.", "Abduction"),
    ("The plane was hijacked by militants in 1985.", "Abduction"),
    ("Within days Moscow began an airlift and sealift that delivered arms worth about one billion dollars.",
     "Deployment"),
    ("In Cairo, Arab leaders meet at the invitation of President Gamal Abdel Nasser.", "Meeting"),
    ("The constitutional council proclaimed Gbagbo president, citing fraud in the north.", "Proclamation"),
    ("De Gaulle recognised Algeria's independence on 3 July, and it was proclaimed on 5 July.", "Proclamation"),
])
def test_the_same_words_still_tell_acts_of_war_and_state(claims_of, sentence, cls):
    assert typed(claims_of(sentence + "\n", date=DATE), cls)


@pytest.mark.parametrize("sentence", [
    "Multi-party elections are to be held within a year, and the United Nations is to monitor the ceasefire.",
    "Elections are due in 2025.",
])
def test_elections_to_be_held_or_due_are_planned(extraction_of, sentence):
    """Mozambique, 1992: elections "to be held within a year" were told as held."""
    typing = [c for c in extraction_of(sentence + "\n", DATE).claims
              if c.predicate == "type" and getattr(c.obj, "value", c.obj) == "Election"]
    assert typing and {c.modality for c in typing} == {"Planned"}


def test_the_votes_of_an_election_are_counted_in_it(claims_of):
    """An election is a ballot as a referendum is: its votes are its own counts."""
    claims = claims_of("The election was won with 1,523 votes in favour.\n", date=DATE)
    assert ("election-t", "votesFor", "1523") in {(s, p, str(o)) for s, p, o, _ in claims}
