"""Places found and typed (places25): land in water named by its kind ("Damansky Island", "the Bakassi peninsula"), a
name a phrase of land follows after a comma ("The Agacher, a strip of dry land"), a state's embassy. Real sentences are
the reading half's (session 24's setA); the others are our own, of another shape, and each rule has a sentence outside
war it must leave alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import place_mentions

PLACES = ("Place", "Settlement", "Region", "District")


def places(text: str, tmp_path: Path) -> dict[str, str | None]:
    """The words of every place mention (no state) the default recognisers find, with their entity ids."""
    return dict(place_mentions(text, tmp_path, PLACES))


@pytest.mark.parametrize(("sentence", "found"), [
    # zhenbao-1969: the island was no place at all (c65f47f had "Island" as Iceland's German name, a namesake)
    ("Soviet and Chinese troops fought a battle lasting several hours on Saturday for Damansky Island in the frozen "
     "Ussuri River.", "Damansky Island"),
    # bakassi-2006: the peninsula of the whole release was missed
    ("Secretary-General Kofi Annan welcomes the completion today of the withdrawal of Nigerian armed forces from the "
     "Bakassi peninsula and the transfer of authority over the area to Cameroon.", "Bakassi peninsula"),
    ("Fishing boats sheltered behind the Kerrow Islands until the gale blew out.", "Kerrow Islands"),  # our own
    ("Fishing fleets sailed from the Taymyr peninsula before the ice closed in.", "Taymyr peninsula"),  # our own
])
def test_land_in_water_named_by_its_kind_is_a_place(tmp_path, sentence, found):
    assert found in places(sentence, tmp_path)


def test_a_kind_of_land_in_water_inside_a_longer_name_names_no_place(tmp_path):
    """Outside war: a record label named for an island is followed by its own word, and names no island, nor the state
    whose German name "Island" is (Iceland)."""
    found = place_mentions("She signed with the Island Records label in 1990.", tmp_path, ("State", *PLACES))
    assert not any("Island" in name or entity == "iceland" for name, entity in found)


@pytest.mark.parametrize(("sentence", "found"), [
    # agacher-strip-1985 and chaco-war-1935: the disputed lands, named once and told by the phrase after them
    ("The Agacher, a strip of dry land some 160 kilometres long on the frontier between the two countries, had been "
     "disputed since independence.", "Agacher"),
    ("The Chaco War was fought between Bolivia and Paraguay from 1932 to 1935 over the Chaco Boreal, a sparsely "
     "populated lowland west of the Paraguay River.", "Chaco Boreal"),
    ("Valdora, a fertile plateau of the south, voted against the merger of its two cooperatives.", "Valdora"),  # our own
])
def test_a_name_a_phrase_of_land_follows_is_a_place(tmp_path, sentence, found):
    assert found in places(sentence, tmp_path)


def test_a_kind_of_land_before_a_calling_tells_no_place(tmp_path):
    """Outside war: "a district manager in Leeds" is a calling, and the name before it no place."""
    assert "Smith" not in places("Smith, a district manager in Leeds, said sales rose by a tenth.", tmp_path)


@pytest.mark.parametrize(("sentence", "found"), [
    # zhenbao-1969: both embassies were the states China and the Soviet Union, read from their demonyms
    ("The Soviet government said in a protest note handed to the Chinese embassy on Saturday that Chinese soldiers had "
     "attacked Soviet frontier guards on the island.", "chinese-embassy"),
    ("In Peking, crowds had besieged the Soviet embassy for several days after the first clash.", "soviet-embassy"),
    ("About two hundred people protested outside the US Embassy in Ankara on Friday.", "us-embassy-in-ankara"),  # our own
])
def test_a_states_embassy_is_a_place_of_its_own(tmp_path, sentence, found):
    """The kind word is the mention, the state's word before it stays the state's (review42)."""
    assert found in places(sentence, tmp_path).values()


def test_an_embassy_of_no_state_is_no_place(tmp_path):
    """Outside war: a hotel chain named for an embassy, and no state's word before the kind."""
    assert not any("Embassy" in name for name in places("Grand Embassy Suites reported higher bookings.", tmp_path))


@pytest.mark.parametrize(("sentence", "found"), [
    # bakassi-2006 and zhenbao-1969: no pack lists a part of a continent
    ("Since November 2002, the Cameroon-Nigeria Mixed Commission, chaired by the Secretary-General's Special "
     "Representative for West Africa, Ahmedou Ould-Abdallah, has overseen the transfer of villages.", "West Africa"),
    ("The frontier guards killed on Saturday are to be buried with military honours in the Far East later this week.",
     "Far East"),
    ("Exports of rice to Southeast Asia doubled in the second half of the year.", "Southeast Asia"),  # our own
])
def test_a_part_of_a_continent_is_a_place(tmp_path, sentence, found):
    assert found in places(sentence, tmp_path)


def test_a_part_of_a_continent_inside_a_longer_name_is_no_place(tmp_path):
    """Outside war: a band named for the Far East, its name going on with a capitalised word."""
    assert not any("Far East" in name for name in places("The Far East Movement played two encores.", tmp_path))


@pytest.mark.parametrize(("sentence", "ship", "place"), [
    # yeonpyeong-2010: the carrier's name was Washington, D.C.
    ("It is a combined exercise in the West Sea from November 28 to December 1, with the aircraft carrier USS George "
     "Washington taking part.", "Washington", "West Sea"),
    ("The battleship USS New Jersey shelled the coast near Tokyo Bay.", "New Jersey", "Tokyo Bay"),  # our own
])
def test_a_known_place_inside_a_ships_name_after_a_navys_prefix_is_not_spoken_of(tmp_path, sentence, ship, place):
    found = places(sentence, tmp_path)
    assert ship not in found and place in found


def test_a_place_after_a_ships_name_and_a_verb_is_spoken_of(tmp_path):
    """Outside war: the port a ship docks in is a place, though the ship's prefix stands a few words before it."""
    assert "Norfolk" in places("The USS Enterprise docked in Norfolk on Monday for repairs.", tmp_path)


@pytest.mark.parametrize(("sentence", "gloss", "told"), [
    # chaco-war-1935: the gloss made Spain a state of the story and "Chaco" the Argentine province
    ("The Chaco War (Spanish: Guerra del Chaco) was fought between Bolivia and Paraguay from 1932 to 1935.",
     {"Spanish", "Chaco"}, "Bolivia"),
    ("The Battle of Guadalajara (Italian: Battaglia di Guadalajara) was fought in March 1937 near Madrid.",
     {"Italian", "Guadalajara"}, "Madrid"),  # our own
])
def test_a_gloss_in_another_language_names_no_place_of_the_story(tmp_path, sentence, gloss, told):
    found = set(dict(place_mentions(sentence, tmp_path, ("State", *PLACES))))
    assert not gloss & found and told in found


def test_a_note_in_brackets_is_no_gloss(tmp_path):
    """Outside war: a note in brackets opens with no language, and the place in it is spoken of."""
    assert "Paris" in places("Sales rose by a tenth (Note: figures from the Paris office.) in May.", tmp_path)


@pytest.mark.parametrize(("sentence", "found"), [
    # chad-libya-1987: the Libyan air base was named only after "of"
    ("That changed in September, when a Chadian column drove roughly 100 kilometres into Libya and destroyed the air "
     "base of Maaten al-Sarra.", "Maaten al-Sarra"),
    ("The last marines left the naval base of Subic Bay in November 1992.", "Subic Bay"),  # our own
])
def test_a_base_named_after_of_is_a_place(tmp_path, sentence, found):
    assert found in places(sentence, tmp_path)


def test_a_base_of_no_kind_of_site_names_no_place(tmp_path):
    """Outside war: a firm's customer base is no site, and the firm after "of" no place."""
    assert "Apple" not in places("Analysts doubt that the customer base of Apple will shrink this year.", tmp_path)
