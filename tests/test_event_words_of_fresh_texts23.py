"""Acts that the thirty-two fresh texts tell in words the triggers did not know (session 23, events23).

Each test has a sentence of the fresh texts (bench/fresh/developed) and one of another shape that must be read the
same way, and the senses of the same words, in business and sport too, that name no act.
"""

from __future__ import annotations

import pytest

from .test_extraction import typed


def test_a_holder_appointed_named_or_sworn_into_a_public_office_is_an_appointment(claims_of):
    for text in ("Nicolas Tiangaye was appointed prime minister days later.",
                 "Two days later Yeltsin named Vladimir Putin, until then director of the FSB, as prime minister.",
                 "Adama Barrow was sworn in at the Gambian embassy in Dakar in the afternoon.",
                 "Muzorewa became prime minister of a country renamed Zimbabwe Rhodesia.",
                 # another shape: a name right before the office, a body formed
                 "On Monday the junta names Colonel Amadou Sanogo interim president.",
                 "In March the king appoints a transitional government under the army chief."):
        assert typed(claims_of(text + "\n", date="2001-01-01"), "Appointment"), text
    claims = claims_of("On 30 June Parliament elected Manasseh Sogavare prime minister.\n", date="2000-12-01")
    assert typed(claims, "Election")


def test_a_name_a_captain_a_chief_executive_and_a_sworn_witness_are_no_appointment(claims_of):
    for text in ("A man named John Smith was sworn in as a witness.",
                 "The club named Smith as captain, and Apple named Tim Cook chief executive.",
                 "He was named president of the football club in May.",
                 "The street was named after the general who led the army.",
                 "The witness was sworn in on Monday, and relations became increasingly hostile."):
        claims = claims_of(text + "\n", date="2024-03-04")
        assert not (typed(claims, "Appointment") or typed(claims, "Election")), text


def test_a_held_place_taken_or_given_up_in_the_passive_is_a_capture(claims_of):
    for text in ("Kismayo was given up without a fight on 1 January.",
                 "Russian officials announced on 6 February 2000 that the city had been taken.",
                 # another shape: an armed agent after "by"
                 "On 3 May the town was taken by Serb forces."):
        assert typed(claims_of(text + "\n", date="2007-01-05"), "Capture"), text


def test_a_photo_taken_a_town_taken_by_surprise_and_a_title_lost_are_no_capture(claims_of):
    for text in ("The photo was taken in Paris on Monday.",
                 "The town was taken by surprise when the festival opened in May.",
                 "Paris was taken by storm by the band in 2019.",
                 "The title was lost on Sunday, and the city was lost in the fog on Monday."):
        assert not typed(claims_of(text + "\n", date="2024-03-04"), "Capture"), text


def test_a_state_that_became_independent_or_its_dated_independence_is_an_event(claims_of):
    for text in ("Zimbabwe became independent on 18 April 1980.",
                 "The frontier has been disputed since the two countries became independent from France in 1960.",
                 "France kept a base under a defence agreement concluded at Djibouti's independence in 1977.",
                 # another shape: a colony as the subject
                 "The colony became independent in 1975 after a long war."):
        assert typed(claims_of(text + "\n", date="2008-06-20"), "Independence"), text


def test_a_firm_become_independent_and_years_of_independence_are_no_event(claims_of):
    for text in ("The firm became independent of its parent in 2019.",
                 "It was the deadliest clash in the two countries' thirty years of independence.",
                 "Ukraine's independence was never in doubt in 1995.",
                 "Apple's independence in 2010 surprised analysts."):
        assert not typed(claims_of(text + "\n", date="2024-03-04"), "Independence"), text


def test_a_ceasefire_broken_or_it_broken_after_one_is_a_violation(claims_of):
    for text in ("The ceasefire was often broken, and each side accused the other of intimidating voters.",
                 "A ceasefire took effect on 16 September. It was broken within hours, each side blaming the other.",
                 # another shape: violated, with an adverb between
                 "The truce was repeatedly violated in May, and both armies blamed the other."):
        assert typed(claims_of(text + "\n", date="2022-10-01"), "Violation"), text


def test_a_record_broken_and_a_deal_broken_up_are_no_violation(claims_of):
    for text in ("The world record was broken on Sunday. It was broken again in May.",
                 "The merger deal was broken up by regulators in May.",
                 "The deal collapsed in May. The window was broken in June."):
        assert not typed(claims_of(text + "\n", date="2024-03-04"), "Violation"), text


def test_a_court_that_ruled_ordered_or_gave_its_judgment_is_a_ruling(claims_of):
    for text in ("In 1990 both governments submitted the dispute to the International Court of Justice, which ruled in "
                 "February 1994 that the strip belonged to Chad.",
                 "The court gave its judgment in 1992.",
                 "By an Order of 10 January 1986 the Chamber called on them to avoid any act likely to aggravate the "
                 "dispute.",
                 # another shape: an award, an order of a court named by its own name
                 "The Federal Supreme Court had ordered the vote suspended on 18 September."):
        assert typed(claims_of(text + "\n", date="2017-10-20"), "Ruling"), text


def test_a_ruler_a_tennis_court_and_poor_judgment_are_no_ruling(claims_of):
    for text in ("Mengistu ruled Ethiopia until 1991.",
                 "The players on the tennis court ordered pizza in May.",
                 "The chamber of commerce ordered new chairs in May.",
                 "He showed poor judgment in 2019."):
        assert not typed(claims_of(text + "\n", date="2024-03-04"), "Ruling"), text


def test_diplomatic_relations_broken_off_or_restored_are_events(claims_of):
    claims = claims_of("On 26 June the Salvadoran government broke off diplomatic relations with Honduras.\n",
                       date="1970-01-01")
    assert typed(claims, "Rupture")
    claims = claims_of("The ceasefire largely held, and diplomatic relations between the two countries were restored in "
                       "October 1988.\n", date="1995-01-01")
    assert typed(claims, "Restoration")
    # another shape: severed before them, re-established after them
    claims = claims_of("In 2016 Riyadh severed diplomatic ties with Tehran; in 2023 diplomatic ties were finally "
                       "re-established.\n", date="2024-03-04")
    assert typed(claims, "Rupture") and typed(claims, "Restoration")


def test_tense_relations_a_painting_restored_and_ties_cut_with_a_sponsor_are_no_event(claims_of):
    for text in ("Diplomatic relations remain tense, and the museum restored the painting in May.",
                 "The brand cut ties with the sponsor in 2020, and service was restored on Monday."):
        claims = claims_of(text + "\n", date="2024-03-04")
        assert not (typed(claims, "Rupture") or typed(claims, "Restoration")), text


def test_an_office_of_a_charity_a_church_a_guild_or_the_charts_is_no_appointment(claims_of):
    """review35 (3): after "of" or "for" only a state, a place or a body of a state; before the office only its
    qualifiers ("prime", "deputy", "defence"), no "prom queen"."""
    for text in ("She was named ambassador for the charity in 2019.",
                 "He was named Secretary of the Year by the magazine.",
                 "The actor became president of the Screen Actors Guild.",
                 "The band's drummer became king of the charts.",
                 "He became a minister of the church.",
                 "She was named prom queen.",
                 "She became the queen of pop.",
                 "He was named a Commander of the Order of the British Empire.",
                 "The chef was appointed ambassador of Italian cuisine.",
                 "Putin named his dog Konni as president of the kennel."):
        assert not typed(claims_of(text + "\n", date="2024-03-04"), "Appointment"), text


def test_an_office_of_a_state_or_of_its_ministry_is_an_appointment(claims_of):
    for text in ("She became prime minister in 2016.",
                 "In May he was appointed Minister of Defence.",
                 "He was named ambassador of France to the United Nations in 1990."):
        assert typed(claims_of(text + "\n", date="2024-03-04"), "Appointment"), text


def test_a_commander_named_by_a_report_or_by_witnesses_is_no_appointment(claims_of):
    """review35 (2): "named X as the commander of" the unit that did a deed tells who did it, no office given."""
    for text in ("The UN report named Colonel Ivanov as the commander of the unit that shelled the town.",
                 "Witnesses named General Petrov as commander of the forces that took the town."):
        assert not typed(claims_of(text + "\n", date="2024-03-04"), "Appointment"), text


def test_a_merger_ruled_out_and_the_orders_of_a_chamber_of_commerce_or_an_orchestra_are_no_ruling(claims_of):
    """review35 (4): "ruled out"; a Chamber or a Court not of justice; an order not the court's."""
    for text in ("The Supreme Court ruled out a merger of the two firms.",
                 "The Chamber of Commerce ordered a review of tariffs.",
                 "The Court ordered pizza for the jury.",
                 "The players' Chamber ordered new shirts.",
                 "The Chamber orchestra ordered new violins.",
                 "An order in May for 500 laptops was placed by the Court.",
                 "Apple's Court ordered new chairs."):
        assert not typed(claims_of(text + "\n", date="2024-03-04"), "Ruling"), text


def test_a_place_lost_to_a_team_a_party_or_developers_or_taken_by_a_score_is_no_capture(claims_of):
    """review35 (5): "lost to" as "taken by": only before an armed agent; a score is no capture."""
    for text in ("Paris was lost to Marseille in the final in 2019.",
                 "Liverpool was lost to the Tories in 1979.",
                 "The town was lost to developers.",
                 "Madrid was taken 3-1 by Liverpool on Sunday."):
        assert not typed(claims_of(text + "\n", date="2024-03-04"), "Capture"), text
    assert typed(claims_of("Kyiv was lost to the Russian army in May.\n", date="2024-03-04"), "Capture")


def test_a_state_independent_of_funding_or_gas_and_an_undated_possessive_independence_are_no_event(claims_of):
    """review35 (6): after "independent" only a clause end, a date, or "from" / "of" and a state; the possessive
    only after a preposition of time ("at Djibouti's independence in 1977")."""
    for text in ("The state became independent of federal funding.",
                 "The nation became independent of imported gas.",
                 "The country became independent of Russian gas.",
                 "The country became independent financially.",
                 "Scotland's independence in 2014 was rejected by voters.",
                 "Catalonia's independence in 2017 was declared but never took effect."):
        assert not typed(claims_of(text + "\n", date="2024-03-04"), "Independence"), text
    for text in ("Zimbabwe became independent on 18 April 1980.",
                 "The country became independent of France in 1960.",
                 "At Djibouti's independence in 1977 the French troops stayed.",
                 "De Gaulle recognised Algeria's independence on 3 July, and it was proclaimed on 5 July."):
        assert typed(claims_of(text + "\n", date="2024-03-04"), "Independence"), text


def test_a_vase_broken_and_a_business_deal_broken_are_no_violation(claims_of):
    """review35 (7): "it" only of the previous sentence's agreement subject; a deal of business is none."""
    for text in ("The two sides signed a peace agreement in Geneva on 3 May. The president was given a vase; it was "
                 "broken in transit.",
                 "He signed a deal with the club in May. It was broken within hours, the fans said.",
                 "The agreement was broken by the tenant.",
                 "The deal was violated by the supplier.",
                 "The club signed a sponsorship deal in May. The deal was broken in June."):
        assert not typed(claims_of(text + "\n", date="2024-03-04"), "Violation"), text


def test_an_agreement_violated_is_the_violations_agreement(claims_of):
    """review35 (7): the Violation names the agreement it breaks (cg:ofAgreement), as a Termination does."""
    claims = claims_of("The Lusaka Protocol was repeatedly violated in 1998.\n", date="1999-01-01")
    assert typed(claims, "Violation")
    assert any(p == "ofAgreement" for _, p, _, _ in claims)


def test_diplomatic_ties_of_a_company_or_a_city_are_no_event(claims_of):
    """review35 (8, 11): relations need a state side; each sentence has "diplomatic" right after its verb."""
    for text in ("The company cut diplomatic ties with the lobbyists in 2020.",
                 "Diplomatic relations between Apple and Samsung were restored after the lawsuit.",
                 "The city resumed diplomatic relations with its twin town."):
        claims = claims_of(text + "\n", date="2024-03-04")
        assert not (typed(claims, "Rupture") or typed(claims, "Restoration")), text


@pytest.mark.parametrize("sentence", ["The Grand Jury was sworn in on Monday.",
                                      "The new Board Members were sworn in on Monday."])
def test_a_jury_or_many_members_sworn_in_is_no_appointment(claims_of, sentence):
    """Review 38: the names stage read these as no person since fixAC; the appointment rule read a holder in them."""
    assert not typed(claims_of(sentence + "\n", date="2017-01-20"), "Appointment")
