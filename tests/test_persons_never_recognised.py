"""Persons the recogniser missed on fresh texts (session 20's eight development texts): a name with no title
and no surname of a known shape, found by what stands around it; and names it mistook for places or titles."""

from __future__ import annotations

from .test_names import found


def test_a_two_word_name_as_the_subject_of_a_verb_of_speech_or_act_is_a_person(recognisers):
    names = found(recognisers, "On 13 November 1977 Siad Barre renounced the treaty and expelled the Soviet advisers.")
    assert names["Siad Barre"] == ("Person", "siad-barre")
    assert found(recognisers, "Ramon Torres told reporters the convoy had left.")["Ramon Torres"][0] == "Person"


def test_no_person_where_the_subject_is_a_body_a_longer_name_or_a_heading(recognisers):
    names = found(recognisers, "Human Rights Watch said the camp was shelled. The Foreign Ministry denied it.\n"
                               "Aftermath\nYeltsin said the war was over.")
    assert names.get("Rights Watch", ("",))[0] != "Person"
    assert names.get("Foreign Ministry", ("",))[0] != "Person"
    assert "Aftermath Yeltsin" not in names


def test_a_name_and_its_comma_before_a_capitalised_role_of_a_body_is_a_person(recognisers):
    names = found(recognisers, "Peshmerga forces retook Sinjar town, and Masoud Barzani, President of the Kurdistan "
                               "Region, declared it liberated the following day.")
    assert names["Masoud Barzani"] == ("Person", "masoud-barzani")
    names = found(recognisers, "Krim Belkacem, vice-president of the GPRA, signed for the Algerian side.")
    assert names["Krim Belkacem"][0] == "Person"


def test_a_founder_a_priest_and_an_archbishop_named_after_their_role_are_persons(recognisers):
    names = found(recognisers, "The talks were mediated by Sant'Egidio founder Andrea Riccardi, the priest Matteo "
                               "Zuppi, the Archbishop of Beira, Jaime Goncalves, and Italian government envoy Mario "
                               "Raffaelli.")
    for name in ("Andrea Riccardi", "Matteo Zuppi", "Jaime Goncalves"):
        assert names[name][0] == "Person", name
    assert found(recognisers, "The local imam Yusuf Kamara led the prayers.")["Yusuf Kamara"][0] == "Person"


def test_a_title_in_the_plural_is_no_word_of_the_name_after_it(recognisers):
    names = found(recognisers, "On Monday Presidents Ilham Aliyev and Sargsyan met in Vienna.")
    assert names["Ilham Aliyev"] == ("Person", "ilham-aliyev")
    assert "Presidents Ilham Aliyev" not in names
    names = found(recognisers, "Generals Rovshan Mammadov and Petrosyan signed the protocol.")
    assert names["Rovshan Mammadov"] == ("Person", "rovshan-mammadov")


def test_a_person_shaped_name_after_an_unknown_acronyms_possessive_is_a_person(recognisers):
    names = found(recognisers, "Talks between the OAS leader Jean-Jacques Susini and the FLN's Chawki Mostefaï "
                               "largely halted the attacks.")
    assert names["Chawki Mostefaï"] == ("Person", "chawki-mostefai")
    assert found(recognisers, "The MDC's Morgan Tsvangirai spoke first.")["Morgan Tsvangirai"][0] == "Person"


def test_a_possessive_before_a_kind_of_place_names_the_owner_not_a_place(recognisers):
    names = found(recognisers, "The GPRA lost a struggle for power to Ben Bella, backed by Colonel Houari "
                               "Boumediene's border army.")
    assert names["Houari Boumediene"] == ("Person", "houari-boumediene")
    assert not any("border" in name for name in names)
    names = found(recognisers, "The rebels burned Yusuf Kamara's village near the river.")
    assert not any(cls == "Settlement" for cls, _ in names.values())


def test_a_broadcaster_or_magazine_named_beside_its_medium_is_an_organisation(recognisers):
    names = found(recognisers, "Radio Hanoi, monitored here, dismissed the announcement as a lie.")
    assert names["Radio Hanoi"] == ("Organization", "radio-hanoi")
    names = found(recognisers, "In October 2014 its magazine Dabiq described the Yazidis as pagans.")
    assert names["Dabiq"][0] == "Organization"
    assert found(recognisers, "The Haaretz newspaper printed the order.")["Haaretz"][0] == "Organization"


def test_an_acronym_before_a_lower_case_government_or_regime_is_the_ruling_body(recognisers):
    names = found(recognisers, "RENAMO has fought the FRELIMO government since the late 1970s.")
    assert names["FRELIMO"] == ("Organization", "frelimo")
    assert found(recognisers, "Rebels attacked the new MPLA regime.")["MPLA"] == ("Organization", "mpla")
    assert found(recognisers, "The US government agreed.")["US"][0] == "State"


def test_a_premier_is_a_title_before_a_name(recognisers):
    names = found(recognisers, "China accused Vietnam of border incursions, and Vice Premier Teng Hsiao-ping had said "
                               "during his visit to Washington that Vietnam must be punished.")
    assert names["Teng Hsiao-ping"] == ("Person", "teng-hsiao-ping")
    assert found(recognisers, "Premier Zhou Enlai received the delegation.")["Zhou Enlai"][0] == "Person"
