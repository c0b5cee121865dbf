"""Who went between the sides of an agreement is its mediator, no party.

Seen on the fresh texts of session 20 (guatemala-1996): "a framework agreement signed in January 1994 made the
United Nations the moderator, with the French diplomat Jean Arnault leading the mediation" made the United Nations
and France parties of the agreement.
"""

from __future__ import annotations

from .test_extraction import the_one, values


def test_the_moderator_and_who_led_the_mediation_mediate_and_their_state_is_no_party(claims_of):
    claims = claims_of("After the talks stalled in 1993, a framework agreement signed in January 1994 made the United "
                       "Nations the moderator, with the French diplomat Jean Arnault leading the mediation.\n",
                       date="2000-01-01")
    agreement = the_one(claims, "Agreement")
    assert values(claims, agreement, "mediator") == {"united-nations", "jean-arnault"}
    assert not values(claims, agreement, "party")
    claims = claims_of("In 2003 Sudan and the SPLM signed a security agreement in Naivasha, with Kenya as the "
                       "mediator and the Norwegian mediator Hilde Johnson heading the mediation.\n", date="2004-01-01")
    agreement = the_one(claims, "Agreement")
    assert {"kenya", "hilde-johnson"} <= values(claims, agreement, "mediator")
    assert "norway" not in values(claims, agreement, "party")
