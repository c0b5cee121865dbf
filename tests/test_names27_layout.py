"""Names told by a document's layout, session 27: the authors of a scholarly text's author-year citations are persons
("(Fall 1966: 134)", "(Okonjo et al. 2015, p. 12)"), and a month, a season without pages, a known place or a law's
word in the same brackets names no one."""

from __future__ import annotations

from .test_names import found


def _persons(recognisers, text: str) -> set[str]:
    return {words for words, (cls, _) in found(recognisers, text).items() if cls == "Person"}


def test_the_author_of_an_author_year_citation_is_a_person(recognisers):
    names = found(recognisers, "The staff believed they would win the battle (Fall 1966: 134).")
    assert names["Fall"] == ("Person", "fall")
    assert {"Haddad", "Okonjo"} <= _persons(recognisers, "Cross-border raids were frequent (Haddad 2001; Okonjo et "
                                                         "al. 2015, p. 12).")
    assert "Mbeki" in _persons(recognisers, "The militia answered to the governor (Mbeki 1998a: 40-42).")


def test_a_month_season_place_or_law_before_a_year_names_no_author(recognisers):
    for text in ("The talks opened in Geneva (May 1966).", "The article appeared in a journal (Spring 2004).",
                 "The border was drawn by the powers (Paris 1919: 12).", "The council voted (Resolution 1966)."):
        assert not _persons(recognisers, text), text


def test_a_navys_prefix_or_a_kind_of_warship_names_a_ship_an_armed_force(recognisers):
    names = found(recognisers, "On 2 May HMS Conqueror sank the cruiser ARA General Belgrano.")
    assert names["HMS Conqueror"] == ("ArmedForce", "hms-conqueror")
    assert names["ARA General Belgrano"][0] == "ArmedForce"
    names = found(recognisers, "A helicopter from the frigate Almirante Padilla went down near the reef.")
    assert names["Almirante Padilla"] == ("ArmedForce", "almirante-padilla")
    assert found(recognisers, "INS Vikrant and INS Delhi escorted the convoy.")["INS Delhi"][0] == "ArmedForce"


def test_an_office_after_a_prefix_or_a_state_after_a_kind_names_no_ship(recognisers):
    for text in ("INS Commissioner Doris Meissner visited the border post.",
                 "The destroyer Russia sent was turned back at the strait.",
                 "The submarine Britain built in 1990 was scrapped."):
        assert not any(cls == "ArmedForce" for cls, _ in found(recognisers, text).values()), text


def test_a_states_commandos_paratroopers_marines_and_gendarmes_are_its_armed_forces(recognisers):
    names = found(recognisers, "Before dawn Peruvian commandos stormed the residence.")
    assert names["Peruvian commandos"] == ("ArmedForce", "peruvian-armed-forces")
    assert found(recognisers, "Senegalese gendarmes closed the crossing.")["Senegalese gendarmes"][0] == "ArmedForce"
    assert found(recognisers, "Belgian paratroopers landed at the airport.")["Belgian paratroopers"][0] == "ArmedForce"
    assert "commandos" not in " ".join(found(recognisers, "The commandos of the unit were decorated."))


def test_a_name_before_swamp_marsh_or_jungle_is_a_region(recognisers):
    names = found(recognisers, "The guerrillas retreated into the Darien jungle after the raid.")
    assert names["Darien jungle"] == ("Region", "darien-jungle")
    assert found(recognisers, "The brigade was trapped in the Sudd swamp.")["Sudd swamp"][0] == "Region"
    assert not any(cls == "Region" for cls, _ in found(recognisers, "Rain forest was cleared for farms.").values())


def test_a_plural_kind_of_place_lists_places_and_a_route_from_a_known_town_ends_at_one(recognisers):
    names = found(recognisers, "Militias burned the villages of Kamako, Tshikapa and Mwene Ditu in March.")
    assert names["Kamako"] == ("Settlement", "kamako") and names["Mwene Ditu"][0] == "Settlement"
    assert found(recognisers, "Convoys ran from Goma to Minova every day.")["Minova"][0] == "Settlement"
    assert found(recognisers, "The road from Bunia to Mahagi was closed.")["Mahagi"][0] == "Settlement"
    for text, name in (("The envoy went from Kabul to Karzai's office.", "Karzai"),
                       ("The talks ran from January to March.", "March")):
        assert all(cls != "Settlement" for words, (cls, _) in found(recognisers, text).items() if name in words), text


def test_a_states_word_before_navy_or_general_staff_capitalised_names_its_service(recognisers):
    names = found(recognisers, "The Chilean Navy sent two frigates to the strait.")
    assert names["Chilean Navy"] == ("ArmedForce", "chilean-navy")
    assert found(recognisers, "The Iraqi General Staff denied the report.")["Iraqi General Staff"][0] == "ArmedForce"
    assert "Sunday's Navy" not in found(recognisers, "Sunday's Navy game was cancelled.")


def test_a_lone_surname_set_off_by_commas_after_a_role_is_a_person(recognisers):
    names = found(recognisers, "The Interior Minister, Odhiambo, says the curfew will hold.")
    assert names["Odhiambo"] == ("Person", "odhiambo")
    assert found(recognisers, "The rebel commander, Nkunda, refused to withdraw.")["Nkunda"][0] == "Person"
    for text, word in (("The minister visited the north, Kabul, and Herat.", "Kabul"),
                       ("The envoy met the president, Congress, and the courts.", "Congress")):
        assert found(recognisers, text).get(word, ("", ""))[0] != "Person", text


def test_y_joins_a_spanish_names_two_surnames(recognisers):
    names = found(recognisers, "The troops of General Rafael Trujillo y Molina held the capital.")
    assert names["Rafael Trujillo y Molina"] == ("Person", "rafael-trujillo-y-molina")
    assert "Garcia y" not in " ".join(found(recognisers, "President Anna Garcia met y delegates."))
