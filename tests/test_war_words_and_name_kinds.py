"""Event words in their plain war sense, and kinds of names, that fresh texts showed missing: "besieged",
"capturing", "met in", "the killing of" a count, "offensives", a general mobilization, "shot" by armed
men, "met face to face / again", "Mount" / "Lake" and a name, a news agency beside its kind. Each on a
real sentence and on one of another shape; where the word also has a sense that names no event, a
sentence of that sense too."""

from __future__ import annotations

import pytest

from .test_extraction import the_one, typed, values


def _types(claims) -> set[str]:
    return {o for _, p, o, _ in claims if p == "type"}


@pytest.mark.parametrize("text", [
    "French troops besieged the OAS stronghold of Bab El Oued in Algiers from 23 March 1962.\n",
    "For six weeks rebel units were besieging the garrison town of Kindu.\n"])
def test_besieged_a_place_is_a_siege(claims_of, text):
    """Algeria 1962: "French troops besieged the OAS stronghold" named no event ("besieged" was no trigger)."""
    assert "Siege" in _types(claims_of(text, date="1962-06-01"))


def test_the_besieged_are_people_no_siege(claims_of):
    """"most of the besieged reached north-eastern Syria": the word names the people, no new siege; where they went is read."""
    claims = claims_of("The fighters opened a corridor through which most of the besieged reached north-eastern "
                       "Syria.\n")
    assert "Siege" not in _types(claims)
    assert "north-eastern-syria" in typed(claims, "Place")  # a side of Syria, a region of its own


@pytest.mark.parametrize("text", [
    "The United States called for the withdrawal of Vietnamese troops from Cambodia, which Vietnam invaded in "
    "December before capturing Phnom Penh on Jan. 7.\n",
    "After capturing the airport at Goma, the rebels moved south.\n"])
def test_capturing_a_place_is_a_capture(claims_of, text):
    """Vietnam 1979: "before capturing Phnom Penh on Jan. 7" told no fall of the city."""
    claims = claims_of(text, date="1979-03-06")
    capture = the_one(claims, "Capture")
    assert values(claims, capture, "hasPlace") & {"phnom-penh", "goma"}


@pytest.mark.parametrize("text, place", [
    ("On 5 April the chiefs of the general staff of the two armies met in Moscow and agreed, with Russian "
     "mediation, to halt hostilities from noon that day.\n", "moscow"),
    ("The two foreign ministers met in Geneva on Friday to discuss the prisoners.\n", "geneva")])
def test_met_in_a_place_is_a_meeting(claims_of, text, place):
    """Karabakh 2016: "met in Moscow", "met in Vienna" named no meeting (only "met with" did)."""
    claims = claims_of(text, date="2016-05-18")
    meeting = the_one(claims, "Meeting")
    assert place in values(claims, meeting, "hasPlace")


@pytest.mark.parametrize("text, deaths", [
    ("Human Rights Watch later documented the killing of at least 60 civilians by Russian troops in the Grozny "
     "suburb of Novye Aldi on 5 February.\n", "60"),
    ("The killing of 23 villagers near Beni was blamed on the militia.\n", "23")])
def test_the_killing_of_a_count_is_a_killing(claims_of, text, deaths):
    """Chechnya 1999: "the killing of at least 60 civilians" named no event: the count's words took the noun."""
    claims = claims_of(text, date="2000-06-01")
    killing = the_one(claims, "Killing")
    assert values(claims, killing, "deaths") == {deaths}


@pytest.mark.parametrize("text", [
    "RENAMO denied the charge and accused government forces of launching offensives of their own.\n",
    "In March the army launched two counteroffensives against the rebel bases.\n"])
def test_offensives_in_the_plural_are_offensives(claims_of, text):
    """Mozambique 1992: "launching offensives of their own" named no event (the plural was no event word)."""
    assert "Offensive" in _types(claims_of(text, date="1992-10-05"))


@pytest.mark.parametrize("text", [
    "The broadcast said the Vietnamese government had decreed a general mobilization of all able-bodied citizens "
    "on Monday.\n",
    "A general offensive began at dawn along the whole front.\n"])
def test_general_before_an_event_word_but_strike_names_it(claims_of, text):
    """Vietnam 1979: "a general mobilization" was read as the compound of "a general strike" and dropped."""
    assert _types(claims_of(text, date="1979-03-06")) & {"Mobilisation", "Offensive"}


@pytest.mark.parametrize("text", ["Dockers held a general strike on Monday.\n",
                                  "The prisoner went on hunger strike in May.\n"])
def test_a_general_or_hunger_strike_is_still_no_attack(claims_of, text):
    """The strike is none; an attack told after it in the same text is the one attack read."""
    claims = claims_of(f"{text}Missiles struck Odesa on Tuesday.\n")
    assert values(claims, the_one(claims, "Attack"), "hasPlace") == {"odesa"}


@pytest.mark.parametrize("text, slug", [
    ("The Évian Accords were signed on 18 March 1962 at Évian-les-Bains, on Lake Geneva.\n", "lake-geneva"),
    ("Tens of thousands of Yazidis fled onto Mount Sinjar, where they were besieged.\n", "mount-sinjar")])
def test_mount_or_lake_and_a_name_is_a_region_no_person(claims_of, text, slug):
    """Algeria 1962: "Lake Geneva" was typed a person (a given name and a surname ending in "-eva"); Sinjar 2014:
    "Mount Sinjar" was no place."""
    claims = claims_of(text, date="2017-08-01")
    assert slug in typed(claims, "Region")
    assert slug not in typed(claims, "Person")


@pytest.mark.parametrize("text, slug", [
    ("A statement carried by the official Chinese news agency Hsinhua said the troops had pulled back.\n", "hsinhua"),
    ("The group claimed the attack through its Amaq news agency on Monday.\n", "amaq")])
def test_a_news_agency_named_beside_its_kind_is_an_organisation(claims_of, text, slug):
    """Vietnam 1979: "the official Chinese news agency Hsinhua" named no one; the demonym before the kind is no name."""
    claims = claims_of(text, date="1979-03-06")
    assert slug in typed(claims, "Organization")
    assert "chinese" not in typed(claims, "Organization")


@pytest.mark.parametrize("text", [
    "Israel invaded Lebanon on 6 June 1982, three days after gunmen shot and critically wounded its ambassador in "
    "London, Shlomo Argov.\n",
    "The mayor of Kindu was shot by militiamen outside his house on Friday.\n"])
def test_armed_men_who_shot_someone_attacked(claims_of, text):
    """Lebanon 1982: "gunmen shot and critically wounded its ambassador" named no event ("shot" was no trigger)."""
    attacks = typed(claims_of(text, date="1982-09-20"), "Attack")
    assert len(attacks) == (2 if "invaded" in text else 1)  # the invasion, and the shooting


@pytest.mark.parametrize("text", ["The director shot a film in Beirut in 1982.\n",
                                  "The photographer shot the parade from a balcony.\n"])
def test_a_film_or_a_photo_shot_is_no_attack(claims_of, text):
    """The shot is none; gunmen who shot a man, told after it in the same text, are the one attack read."""
    claims = claims_of(f"{text}Gunmen shot the mayor of Kindu on Friday.\n")
    assert values(claims, the_one(claims, "Attack"), "hasPlace") == {"kindu"}


def test_shot_down_and_shot_dead_keep_their_own_reading(claims_of):
    """The phrases "shot down" (an attack, passive with no armed agent) and "was shot dead" (a killing) stay read."""
    assert "Attack" in _types(claims_of("Two Indian aircraft were shot down inside Pakistani airspace.\n"))
    assert "Killing" in _types(claims_of("The mayor was shot dead on Monday.\n"))


@pytest.mark.parametrize("text", [
    "In August Chissano and Dhlakama met face to face in Rome for the first time and pledged to sign a full accord "
    "by Oct 1, a deadline that slipped.\n",
    "The two commanders met again on 12 May at the Kerem crossing.\n"])
def test_leaders_who_met_face_to_face_or_again_held_a_meeting(claims_of, text):
    """Mozambique 1992: "met face to face in Rome" named no meeting (only "met with" was a meeting's words)."""
    assert "Meeting" in _types(claims_of(text, date="1992-10-05"))


@pytest.mark.parametrize("text", ["The plan was met with criticism in Kyiv.\n",
                                  "The rebels' demands were met in full on Monday.\n"])
def test_a_plan_or_demands_that_were_met_are_no_meeting(claims_of, text):
    """A verb of meeting after a passive auxiliary: a reception or a demand satisfied, no meeting; a meeting told
    after it in the same text is the one meeting read."""
    claims = claims_of(f"{text}The two foreign ministers met in Geneva on Friday.\n")
    assert values(claims, the_one(claims, "Meeting"), "hasPlace") == {"geneva"}
