"""review44's cases against session 24's actor rules (the reviewer's sentences, each read wrong on 90ace0e): a
known or unnamed word before "loyalists" makes no armed group; a general's or a diplomat's demonym names the state; a
lieutenant's office is a title; a firm, a club or a band before a verb of a body's deed is no person; "the" and a
people in the plural is no body; a body named "X of Y" shares the short name; an acronym before "forces" or outside
war before "fighters" is no armed group; an owner's compound before a common noun leaves no name; "Old Guard",
"Credit Union" and "Trade Union" are common nouns; an acronym told a body stands for no place's initials."""

from __future__ import annotations

from .test_names import found


def _subjects(extraction) -> set[str]:
    return {c.subject for c in extraction.claims} | {c.obj for c in extraction.claims}


def _classes(recognisers, text: str) -> set[str]:
    return {cls for cls, _ in found(recognisers, text).values()}


def test_loyalists_make_no_armed_group_of_a_known_name_or_of_no_leader_named_in_full(recognisers, extraction_of):
    assert found(recognisers, "Hamas loyalists seized Gaza.")["Hamas"][0] == "ArmedGroup"
    assert "Trump" in found(recognisers, "Trump loyalists stormed the Capitol.")
    assert "Kremlin" in found(recognisers, "Kremlin loyalists dominate the Duma.")
    for text in ("Liverpool loyalists sang all night.", "Apple loyalists queued outside the store.",
                 "Labour loyalists cheered the leader.", "Brand loyalists rarely switch."):
        assert "ArmedGroup" not in {c.obj for c in extraction_of(text).claims if c.predicate == "type"}, text
    ex = extraction_of("Libyan rebels stormed Muammar Gaddafi's compound on Tuesday.\n\nGaddafi loyalists had used it "
                       "as a base.")
    assert ("Gaddafi loyalists", "gaddafi-loyalists") in {(c.exact, c.subject) for c in ex.claims if c.predicate == "type"}


def test_a_generals_or_a_diplomats_demonym_names_the_state_unless_the_person_leads_what_another_named(extraction_of):
    assert "iraq" in _subjects(extraction_of("The Iraqi general Abdul Karim Qasim seized power in 1958."))
    assert "china" in _subjects(extraction_of("The Chinese diplomat Wang Yi visited Moscow."))
    ex = extraction_of("The Bolivian army, for a time commanded by the German general Hans Kundt, suffered defeats.")
    assert "germany" not in _subjects(ex)
    ex = extraction_of("A framework agreement made the United Nations the moderator, with the French diplomat Jean "
                       "Arnault leading the mediation.")
    assert "france" not in _subjects(ex)
    assert "switzerland" not in _subjects(extraction_of("The report was written by a team headed by Swiss diplomat "
                                                        "Heidi Tagliavini."))


def test_a_lieutenants_office_before_a_name_is_a_title(recognisers):
    assert found(recognisers, "Lieutenant Governor Kathy Hochul spoke to reporters.")["Kathy Hochul"][0] == "Person"
    assert found(recognisers, "Lieutenant Commander Data saluted.")["Data"][0] == "Person"
    assert "Person" not in _classes(recognisers, "Lieutenant Governor Street is closed.")


def test_a_two_word_subject_of_a_bodys_deed_is_no_person_unless_signing_for_one(recognisers):
    for text in ("Goldman Sachs backed the bid.", "Aston Villa urged supporters to stay home.",
                 "Pink Floyd signed with Columbia.", "Saint Laurent accused the rival brand."):
        assert "Person" not in _classes(recognisers, text), text
    names = found(recognisers, "Prime Minister Sogavare signed for the Government; Andrew Nori signed for the MEF.")
    assert names["Andrew Nori"] == ("Person", "andrew-nori")  # who signs for a body is a person
    assert found(recognisers, "Kai Larsen signed on behalf of the union.")["Kai Larsen"][0] == "Person"


def test_the_and_a_people_in_the_plural_is_no_body_and_rebels_are_armed(recognisers):
    for text in ("The Serbs accused the Croats.", "The Palestinians rejected the plan.", "The Tutsis accused the army.",
                 "The Kurds demanded autonomy.", "The Allies demanded surrender.", "The Soviets backed the coup."):
        assert "Organization" not in _classes(recognisers, text), text
    assert found(recognisers, "The Rebels said they would fight.")["Rebels"][0] == "ArmedGroup"
    assert found(recognisers, "The Mujahideen accused Kabul.")["Mujahideen"][0] == "ArmedGroup"


def test_an_acronym_told_a_body_stands_for_no_places_initials(extraction_of):
    ex = extraction_of("Villagers fled the Blue Nile Valley in May. In June BNV fighters attacked the town.")
    assert ("BNV", "bnv", "ArmedGroup") in {(c.exact, c.subject, c.obj) for c in ex.claims if c.predicate == "type"}


def test_a_body_named_with_of_after_the_short_name_shares_it(extraction_of):
    ex = extraction_of("The Kenyan Supreme Court annulled the vote. Later the Supreme Court of Malawi did the same, "
                       "and the Supreme Court said so.")
    tails = {c.subject for c in ex.claims if c.predicate == "type" and c.exact == "Supreme Court"}
    assert tails and "kenyan-supreme-court" not in tails


def test_an_acronym_before_forces_or_outside_war_before_fighters_is_no_armed_group(recognisers):
    for text in ("UFC fighters weighed in on Friday.", "MMA fighters trained in Las Vegas.",
                 "UAE forces withdrew from Aden.", "UNIFIL soldiers patrolled the line.", "KFOR troops entered Pristina."):
        assert "ArmedGroup" not in _classes(recognisers, text), text


def test_an_owners_compound_before_a_common_noun_leaves_no_name(recognisers):
    names = found(recognisers, "The Assad-backed militia shelled Aleppo.")
    assert "militia" not in names and "Assad-backed militia" not in names
    names = found(recognisers, "The Murdoch-owned Times backed the candidate.")
    assert "Times" in names and "Murdoch-owned Times" not in names


def test_old_guard_credit_union_and_trade_union_are_common_nouns(recognisers):
    assert "ArmedGroup" not in _classes(recognisers, "The Old Guard resisted the reforms.")
    assert "Organization" not in _classes(recognisers, "The Credit Union opened a branch.")
    assert "Trade Union" not in found(recognisers, "The Trade Union Congress backed the strike.")
