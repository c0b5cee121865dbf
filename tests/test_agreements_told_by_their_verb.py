"""An agreement the text tells by its verb alone: sides that met and "agreed to" do something concluded one.

Seen on the fresh texts of session 20 (guatemala-1996, karabakh-2016, preah-vihear-2011): the Oslo, Vienna and
Jakarta agreements were told with no agreement word ("met in Oslo and agreed to seek a political settlement"), so
none was found. Each test has a sentence of those texts and one of another shape.
"""

from __future__ import annotations

from .test_extraction import the_one, typed, values


def test_sides_that_met_and_agreed_to_act_concluded_an_agreement_dated_by_its_clause(claims_of):
    claims = claims_of("In March 1990 the URNG and the National Reconciliation Commission met in Oslo and agreed to "
                       "seek a political settlement.\n", date="1996-12-30")
    agreement = the_one(claims, "Agreement")
    assert values(claims, agreement, "date") == {"1990-03"}
    assert "national-reconciliation-commission" in values(claims, agreement, "party")
    claims = claims_of("Serbia and Kosovo met in Brussels in April 2013 and agreed to normalise relations.\n",
                       date="2013-05-01")
    agreement = the_one(claims, "Agreement")
    assert values(claims, agreement, "date") == {"2013-04"}
    assert values(claims, agreement, "party") == {"serbia", "kosovo"}


def test_agreed_without_a_meeting_or_before_that_or_negated_names_no_agreement(claims_of):
    """A stance ("initially agreed to negotiate"), an opinion shared ("agreed that") and a refusal ("never agreed
    on") conclude nothing."""
    assert not typed(claims_of("Both Ethiopia and the TPLF initially agreed to negotiate an official end to the "
                               "war.\n", date="2022-11-03"), "Agreement")
    assert not typed(claims_of("At the summit the two leaders agreed that the talks should resume. At the meeting the "
                               "ministers never agreed on a date.\n", date="2019-05-01"), "Agreement")


def test_whom_the_sides_met_with_is_no_party_of_what_they_agreed(claims_of):
    claims = claims_of("On Monday Presidents Ilham Aliyev and Sargsyan met in Vienna with the Minsk Group co-chairs "
                       "and agreed to strengthen the ceasefire and to set up a mechanism to investigate incidents "
                       "along the line.\n", date="2016-05-20")
    [agreement] = {s for s, p, o, _ in claims if p == "type" and o == "Agreement" and "2016-05-16" in s}
    assert values(claims, agreement, "date") == {"2016-05-16"}
    assert not values(claims, agreement, "party")
    claims = claims_of("Armenia and Azerbaijan met in Moscow with Russian officials and agreed to exchange "
                       "prisoners.\n", date="2016-05-20")
    assert values(claims, the_one(claims, "Agreement"), "party") == {"armenia", "azerbaijan"}


def test_sides_that_agreed_to_halt_hostilities_concluded_a_ceasefire_the_truce_names_again(claims_of):
    claims = claims_of("On 5 April the chiefs of the general staff of the two armies met in Moscow and agreed, with "
                       "Russian mediation, to halt hostilities from noon that day. The truce has largely held.\n",
                       date="2016-05-20")
    ceasefire = the_one(claims, "Ceasefire")
    assert values(claims, ceasefire, "date") == {"2016-04-05"}
    assert values(claims, ceasefire, "mediator") == {"russia"}
    claims = claims_of("Rebel and army commanders met at the border post on 2 June 2019 and agreed to stop the "
                       "fighting.\n", date="2019-06-10")
    assert values(claims, the_one(claims, "Ceasefire"), "date") == {"2019-06-02"}


def test_the_date_of_a_meeting_before_an_agreeing_verb_stays_the_meetings(claims_of):
    """preah-vihear-2011: "At a meeting in Jakarta on 22 February both governments agreed to admit ..." dated the
    agreement as its modifier, and the meeting, undated, was read as a meeting told before."""
    claims = claims_of("The Security Council held a meeting on 14 February 2011. At a meeting in Jakarta on "
                       "22 February both governments agreed to admit unarmed Indonesian observers to the border.\n",
                       date="2011-05-20")
    meetings = typed(claims, "Meeting")
    assert len(meetings) == 2
    assert {"2011-02-22"} in [values(claims, m, "startDate") for m in meetings]
