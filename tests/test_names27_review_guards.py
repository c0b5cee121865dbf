"""Guards from the review of names27 (session 27): sentences about other conflicts where its rules read worse than
the base did, each failing on 7ba3c10 and passing after the mend; its gains stay (tests/test_names27_layout.py)."""

from __future__ import annotations

from .test_names import found


def test_a_lone_word_after_a_roles_other_words_and_a_comma_is_no_person(recognisers):
    assert found(recognisers, "The envoy to the region, Darfur, resigned.").get("Darfur", ("", ""))[0] != "Person"
    assert found(recognisers, "The Defence Minister, Arsenis, says an inquiry will decide.")["Arsenis"][0] == "Person"
    assert found(recognisers, "The leader of the rebels, Kony, refused to sign.")["Kony"][0] == "Person"


def test_a_title_and_name_after_a_kind_of_warship_is_the_person_who_commands_it(recognisers):
    names = found(recognisers, "The frigate Captain Lopez commanded fired first.")
    assert "Captain Lopez" not in names and names["Lopez"][0] == "Person"
    names = found(recognisers, "The destroyer Defence Minister Lee inspected was new.")
    assert not any(cls == "ArmedForce" for cls, _ in names.values()) and names["Lee"][0] == "Person"


def test_a_tables_or_figures_number_in_brackets_names_no_author(recognisers):
    for text in ("The garrison surrendered (Table 1945: 12).", "Casualties were heavy (Figure 2003, p. 7)."):
        assert not any(cls == "Person" for cls, _ in found(recognisers, text).values()), text


def test_a_states_word_before_marshes_or_jungle_keeps_the_state(recognisers):
    names = found(recognisers, "The Iraqi marshes were drained after the uprising.")
    assert "Iraqi marshes" not in names and names["Iraqi"][0] == "State"
    assert found(recognisers, "The brigade was trapped in the Sudd swamp.")["Sudd swamp"][0] == "Region"


def test_y_between_a_full_name_and_another_is_and_between_two_persons(recognisers):
    names = found(recognisers, "President Daniel Ortega y Rosario Murillo ruled Nicaragua.")
    assert names["Daniel Ortega"][0] == "Person" and "Daniel Ortega y Rosario" not in names
    assert found(recognisers, "General Alfredo Stroessner y Matiauda ruled Paraguay.")["Alfredo Stroessner y Matiauda"][
        0] == "Person"


def test_a_lone_half_a_community_or_a_known_towns_building_in_a_place_list_is_no_place(recognisers):
    names = found(recognisers, "The provinces of North and South Kivu were in turmoil.")
    assert "North" not in names and names["South Kivu"][0] == "Region"
    assert "Upper" not in found(recognisers, "The villages of Upper and Lower Dir were shelled.")
    names = found(recognisers, "The towns of Christian and Muslim families were split.")
    assert not any(cls == "Settlement" for cls, _ in names.values())
    names = found(recognisers, "He was moved from Goma to Kinshasa Central Prison.")
    assert "Kinshasa Central Prison" not in names and names["Kinshasa"][0] == "Settlement"
    assert found(recognisers, "The militia moved from Goma to Masisi.")["Masisi"][0] == "Settlement"
