"""Actors on the twenty-two fresh texts (bench/fresh/developed): persons named by a role in apposition on either
side of the name ("Jawaharlal Nehru, the prime minister,"; "the Chinese premier, Zhou Enlai,"), with initials, by
a rank ("Major Shaitan Singh") and by their age as news gives it ("Gbagbo, 65,"); units numbered in figures or words
with their arm ("7th Infantry Brigade", "Sixth Fleet"); guerrillas as the armed group of the story; a state's body
named in lower case after the state ("Kyrgyzstan's health ministry", "the Syrian air force"); a person's rival or
successor, a strongman, a name appointed to an office; a body's name of two words joined by "and"; a company's
and a church's name."""

from __future__ import annotations

from .test_names import found


def test_a_name_then_its_role_and_a_comma_is_a_person(recognisers):
    names = found(recognisers, "In April 1954 the two governments had signed an agreement, and Jawaharlal Nehru, the "
                               "prime minister, spoke of a breach of trust.")
    assert names["Jawaharlal Nehru"] == ("Person", "jawaharlal-nehru")
    names = found(recognisers, "Anthony Eden, the British prime minister, who told the House of Commons in December "
                               "that there had been no foreknowledge, resigned in January 1957.")
    assert names["Anthony Eden"][0] == "Person"
    names = found(recognisers, "Talks stalled until Odile Brunet, a senior adviser, flew in.")
    assert names["Odile Brunet"][0] == "Person"
    assert "Georgia" not in found(recognisers, "In South Georgia, the president said nothing.")


def test_a_premier_or_an_adviser_before_a_name_in_apposition_names_a_person(recognisers):
    names = found(recognisers, "On 24 October the Chinese premier, Zhou Enlai, proposed that both sides withdraw 20 "
                               "kilometres from the line of actual control.")
    assert names["Zhou Enlai"] == ("Person", "zhou-enlai")
    names = found(recognisers, "Eisenhower refused to support the pound sterling, while the Soviet premier, Nikolai "
                               "Bulganin, threatened the invaders with rocket attacks.")
    assert names["Nikolai Bulganin"][0] == "Person"
    assert found(recognisers, "The mayor's adviser, Tomas Reyes, denied it.")["Tomas Reyes"][0] == "Person"


def test_initials_are_words_of_a_name_in_apposition(recognisers):
    names = found(recognisers, "Nehru rejected the offer, and the defence minister, V. K. Krishna Menon, was forced to "
                               "resign in early November.")
    assert names["V. K. Krishna Menon"] == ("Person", "v-k-krishna-menon")
    assert found(recognisers, "The spokesman, J. Carter Lane, declined.")["J. Carter Lane"][0] == "Person"


def test_a_major_before_a_name_is_a_rank(recognisers):
    names = found(recognisers, "In Ladakh, on 18 November, a company of the 13th Battalion of the Kumaon Regiment "
                               "under Major Shaitan Singh fought almost to the last man at Rezang La.")
    assert names["Shaitan Singh"] == ("Person", "shaitan-singh")
    assert found(recognisers, "Major Ellen Dorn led the patrol.")["Ellen Dorn"][0] == "Person"


def test_a_name_with_an_age_in_apposition_is_a_person(recognisers):
    names = found(recognisers, "Gbagbo, 65, his wife Simone and several dozen aides were taken from the bunker under "
                               "the residence in the Cocody district to the Golf Hotel.")
    assert names["Gbagbo"] == ("Person", "gbagbo")
    names = found(recognisers, "The driver, Amir Haddad, aged 41, was freed.")
    assert names["Amir Haddad"][0] == "Person"
    assert "Lyon" not in {n for n, (cls, _) in found(recognisers, "Lyon, 12, was the score.").items() if cls == "Person"}


def test_a_numbered_unit_takes_its_arm_words_and_the_unit_it_belongs_to(recognisers):
    names = found(recognisers, "On the Namka Chu river, below the Thag La ridge, the 7th Infantry Brigade was overrun "
                               "within hours.")
    assert names["7th Infantry Brigade"] == ("ArmedGroup", "7th-infantry-brigade")
    names = found(recognisers, "In Ladakh, on 18 November, a company of the 13th Battalion of the Kumaon Regiment under "
                               "Major Shaitan Singh fought almost to the last man at Rezang La.")
    assert names["13th Battalion of the Kumaon Regiment"][0] == "ArmedGroup"
    assert "Kumaon Regiment" not in names
    assert found(recognisers, "The 101st Airborne Division landed at dawn.")["101st Airborne Division"][0] == "ArmedGroup"


def test_an_ordinal_in_words_opens_a_units_name(recognisers):
    names = found(recognisers, "The United States moved the Sixth Fleet towards the eastern Mediterranean.")
    assert names["Sixth Fleet"] == ("ArmedGroup", "sixth-fleet")
    assert found(recognisers, "The Third Army crossed the river.")["Third Army"][0] == "ArmedGroup"
    assert found(recognisers, "He fought in the Second World War.")["Second World War"][0] == "War"


def test_guerrillas_are_the_armed_group_of_the_story(recognisers):
    names = found(recognisers, "It provides for an immediate ceasefire, the withdrawal of the army and the guerrillas "
                               "from Amman.")
    assert names["guerrillas"] == ("ArmedGroup", "separatist-forces")
    names = found(recognisers, "Fighting between state forces and leftist guerrillas lasted 36 years.")
    assert names["guerrillas"] == ("ArmedGroup", "separatist-forces")
    assert found(recognisers, "Guerrilla fighters ambushed the convoy.")["Guerrilla fighters"][0] == "ArmedGroup"


def test_a_states_body_in_lower_case_after_its_name_or_demonym_is_a_body_of_its_own(recognisers):
    names = found(recognisers, "Kyrgyzstan's health ministry put the Kyrgyz dead at 59 a few days after the fighting, "
                               "a toll later revised to 63.")
    assert names["Kyrgyzstan's health ministry"] == ("Government", "kyrgyzstans-health-ministry")
    names = found(recognisers, "22 September - The Royal Jordanian Air Force attacks the Syrian columns; the Syrian air "
                               "force, commanded by Hafez al-Assad, does not intervene.")
    assert names["Syrian air force"] == ("ArmedGroup", "syrian-air-force")
    names = found(recognisers, "Ukraine's navy said the Russian defence ministry had lied.")
    assert names["Ukraine's navy"][0] == "ArmedGroup"
    assert names["Russian defence ministry"][0] == "Government"


def test_a_building_named_for_a_ministry_is_no_body(recognisers):
    names = found(recognisers, "The Itamaraty Declaration, named after the Brazilian foreign ministry palace in "
                               "Brasilia where it was signed, was agreed.")
    assert "Brazilian foreign ministry" not in names and names["Brazilian"][0] == "State"
    assert "Sunday's parliament" not in found(recognisers, "Sunday's parliament vote was close.")


def test_his_rival_or_successor_and_a_strongman_name_persons(recognisers):
    names = found(recognisers, "ABIDJAN, April 11 (AFP) - Ivory Coast strongman Laurent Gbagbo was arrested on Monday in "
                               "his residence in Abidjan by forces loyal to his rival Alassane Ouattara.")
    assert names["Alassane Ouattara"] == ("Person", "alassane-ouattara")
    assert names["Laurent Gbagbo"] == ("Person", "laurent-gbagbo")
    assert found(recognisers, "Her successor Odile Brunet resigned.")["Odile Brunet"][0] == "Person"
    assert "Islamic Jihad" not in found(recognisers, "Hamas and its rival Islamic Jihad said so.")


def test_a_name_appointed_to_an_office_is_a_person(recognisers):
    names = found(recognisers, "Bozizé fled to Cameroon. Nicolas Tiangaye was appointed prime minister days later.")
    assert names["Nicolas Tiangaye"] == ("Person", "nicolas-tiangaye")
    assert found(recognisers, "Odile Brunet has been named the new envoy.")["Odile Brunet"][0] == "Person"


def test_two_words_of_a_bodys_name_joined_by_and_are_one_name(recognisers):
    names = found(recognisers, "The Peace and Security Council of the African Union called on both sides to stop.")
    assert names["Peace and Security Council of the African Union"][0] == "Organization"
    assert "Security Council of the African Union" not in names
    names = found(recognisers, "The Truth and Reconciliation Commission reported in 2003.")
    assert names["Truth and Reconciliation Commission"] == ("Organization", "truth-and-reconciliation-commission")
    names = found(recognisers, "Russia and Security Council members met.")
    assert names["Russia"][0] == "State" and names["Security Council"][0] == "Organization"


def test_a_company_or_a_church_ends_a_bodys_name(recognisers):
    names = found(recognisers, "A week later, on 26 July, Nasser announced in a speech in Alexandria that the Suez Canal "
                               "Company, whose shares were largely held by British and French investors, had been "
                               "nationalised.")
    assert names["Suez Canal Company"] == ("Organization", "suez-canal-company")
    names = found(recognisers, "A separate report of the Catholic Church was released in April 1998.")
    assert names["Catholic Church"] == ("Organization", "catholic-church")
    assert found(recognisers, "The East India Company ruled Bengal.")["East India Company"][0] == "Organization"
    assert found(recognisers, "The Church said no. The Company said no.") == {}
