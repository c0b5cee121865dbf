"""Acts of war and agreements told by words the lexicon missed, seen on texts nobody tuned for: "fired ...
missiles at", "exploded", "blew up", "ambushed", "liberated", "a memorandum of understanding", "took ... hostage",
"pulling its forces out", and the irregulars who do them ("gunmen", "militants"). Each on a real sentence and on
sentences of politics, sport or business where the word names no act of war."""

from __future__ import annotations

import pytest

from .test_extraction import the_one, values


def _types(claims) -> set[str]:
    return {o for _, p, o, _ in claims if p == "type"}


@pytest.mark.parametrize("sentence", [
    "The board fired the coach after a third straight defeat.",
    "The chairman fired off an angry email to shareholders on Monday.",
    "The company fired its rocket scientist in a round of layoffs.",
    "NASA fired the rocket's engines for six minutes."])
def test_fired_names_no_attack_without_a_weapon_fired(claims_of, sentence):
    """A coach, an email or an employee fired is no attack; nor is a rocket that qualifies another noun."""
    assert "Attack" not in _types(claims_of(sentence + "\n"))


def test_weapons_fired_at_a_place_are_an_attack(claims_of):
    """Israel-Hezbollah 2024 (untuned16): "Iran fired about 180 ballistic missiles at Israel" named no event."""
    claims = claims_of("On 1 October Iran fired about 180 ballistic missiles at Israel, saying it was retaliating.\n",
                       date="2024-10-02")
    attack = the_one(claims, "Attack")
    assert values(claims, attack, "hasActor") == {"iran"}
    assert values(claims, attack, "startDate") == {"2024-10-01"}
    assert "Attack" in _types(claims_of("Two rockets were fired from Gaza at Sderot on Tuesday.\n"))


@pytest.mark.parametrize("sentence", [
    "The market exploded after the central bank cut rates.",
    "Hamas's popularity exploded in the West Bank after the vote.",
    "Sales of electric cars exploded in 2023."])
def test_a_market_or_sales_that_exploded_are_no_attack(claims_of, sentence):
    assert "Attack" not in _types(claims_of(sentence + "\n"))


def test_a_weapon_that_exploded_is_an_attack(claims_of):
    """Nepal 2006 (untuned9): "a landmine exploded under a crowded bus" told no event of its 38 dead."""
    claims = claims_of("On 6 June 2005 a landmine exploded under a crowded bus at Madi in Chitwan district, killing "
                       "about 38 passengers.\n", date="2006-01-01")
    attack = the_one(claims, "Attack")
    assert values(claims, attack, "startDate") == {"2005-06-06"}
    assert values(claims, attack, "deaths") == {"38"}


@pytest.mark.parametrize("sentence", [
    "The president blew up at reporters during the press conference.",
    "The finance minister blew up the budget talks with a late demand.",
    "The minister was ambushed by reporters outside parliament.",
    "The striker ambushed the goalkeeper with a late run.",
    "Nike was accused of ambush marketing at the Olympics."])
def test_a_temper_a_photo_or_questions_sprung_are_no_attack(claims_of, sentence):
    assert "Attack" not in _types(claims_of(sentence + "\n"))


def test_armed_men_who_blew_up_or_ambushed_attacked(claims_of):
    """Mosul 2016-17 (untuned7): "ISIS militants blew up the al-Nuri mosque" named no event; nor "ambushed"."""
    claims = claims_of("On 21 June 2017 ISIS militants blew up the al-Nuri mosque and its leaning minaret.\n",
                       date="2017-07-10")
    attack = the_one(claims, "Attack")
    assert values(claims, attack, "hasActor") == {"islamic-state"}
    assert values(claims, attack, "startDate") == {"2017-06-21"}
    assert "Attack" in _types(claims_of("Taliban fighters ambushed a police convoy near Kunduz on Sunday.\n"))
    assert "Attack" in _types(claims_of("A patrol was ambushed near the border on Sunday.\n"))


@pytest.mark.parametrize("sentence", [
    "Women felt liberated by the new law.",
    "She liberated herself from stress by quitting her job.",
    "The reform liberated the market from state control."])
def test_people_or_markets_liberated_are_no_capture(claims_of, sentence):
    assert "Capture" not in _types(claims_of(sentence + "\n"))


def test_a_place_liberated_was_captured(claims_of):
    """Gulf War 1991 (untuned9): "Kuwait City was liberated two days later" named no event; nor "Aden had been
    "liberated"" (Yemen 2015, untuned17)."""
    claims = claims_of("Kuwait City was liberated on 26 February 1991 as Iraqi units fled north.\n", date="1991-03-01")
    assert values(claims, the_one(claims, "Capture"), "startDate") == {"1991-02-26"}
    claims = claims_of('On 17 July 2015 Bahah said that Aden had been "liberated".\n', date="2015-07-18")
    assert values(claims, the_one(claims, "Capture"), "hasPlace") == {"aden"}


def test_a_memorandum_of_understanding_is_an_agreement(claims_of):
    """Black Sea Grain Initiative (untuned18): "Russia signed a memorandum of understanding with the United Nations"
    named no agreement of its own; a memorandum alone ("a memorandum on chip supplies") still names none."""
    claims = claims_of("At the same time Russia signed a memorandum of understanding with the United Nations on the "
                       "export of Russian food.\n", date="2022-07-22")
    assert "Agreement" in _types(claims)
    assert "Agreement" not in _types(claims_of("Apple and Samsung signed a memorandum on chip supplies.\n"))


def test_people_taken_hostage_in_a_longer_object_were_abducted(claims_of):
    """Sierra Leone 2000 (untuned10), Tajikistan 1997 (untuned14): "the RUF took about 500 UN peacekeepers hostage"
    named no abduction (the object was longer than the four words a verb of taking reached); a budget taken hostage
    is none."""
    claims = claims_of("In May 2000 the RUF took about 500 UN peacekeepers hostage.\n", date="2000-06-01")
    assert values(claims, the_one(claims, "Abduction"), "startDate") == {"2000-05"}
    claims = claims_of("The Republicans took the whole of the budget process hostage for a month.\n")
    assert "Abduction" not in _types(claims)


@pytest.mark.parametrize("sentence", [
    "The engineer pulled the plug out before the test.",
    "She pulled her son out of school in March.",
    "The company pulled its sales force out of Brazil in 2020."])
def test_a_plug_a_child_or_a_sales_force_pulled_out_is_no_withdrawal(claims_of, sentence):
    assert "Withdrawal" not in _types(claims_of(sentence + "\n"))


def test_armed_men_pulled_out_were_withdrawn(claims_of):
    """Gaza 2014 (untuned16): "before pulling its ground forces out on Aug. 5" named no withdrawal."""
    claims = claims_of("The army said it had destroyed 32 tunnels before pulling its ground forces out on Aug. 5.\n",
                       date="2014-08-27")
    assert "Withdrawal" in _types(claims)


@pytest.mark.parametrize("sentence, place", [
    ("Gunmen ambushed a convoy of aid trucks near Mogadishu on Saturday, killing five guards.", "mogadishu"),
    ("Islamist militants stormed a hotel in Mogadishu on Friday.", "mogadishu"),
    ("Guerrillas blew up a bridge near Medellin on Sunday.", "medellin")])
def test_gunmen_militants_and_guerrillas_are_armed_men(claims_of, sentence, place):
    """A verb of striking names an attack only with armed men as its subject; the irregulars of most wars were none
    ("gunmen ambushed troops", "militants stormed", "guerrillas blew up": no event at all)."""
    claims = claims_of(sentence + "\n", date="2020-06-08")
    assert values(claims, the_one(claims, "Attack"), "hasPlace") == {place}


@pytest.mark.parametrize("sentence", [
    "The attackers hit the post twice in the first half.",
    "Labour rebels hit the government with a defeat on the budget vote."])
def test_a_teams_attackers_and_a_partys_rebels_are_no_armed_men(claims_of, sentence):
    """Words for players and dissenters are no irregulars: what they "hit" is no attack."""
    assert "Attack" not in _types(claims_of(sentence + "\n"))


# Review 21 #6: the sentences of business, sport and politics the new words fired on, each naming no act of war.
@pytest.mark.parametrize("sentence", [
    "Harry Kane fired a rocket into the top corner to give England the lead against Italy in London.",
    "Djokovic fired missiles from the baseline and beat Nadal in Paris.",
    "Amazon fired up its delivery drones in Texas last year."])
def test_a_rocket_fired_at_no_target_by_no_armed_men_is_no_attack(claims_of, sentence):
    """"fired" with a weapon as object needs armed men or an armed name as its subject, or a target after the weapon;
    "fired up" is started."""
    assert "Attack" not in _types(claims_of(sentence + "\n", date="2024-06-01"))


@pytest.mark.parametrize("sentence", [
    "Sales of consumer drones exploded in China in 2015.",
    "Ukraine's drone industry exploded after 2022, investors in Kyiv said.",
    "The market for fireworks and explosives exploded in India last year."])
def test_a_weapon_that_heads_no_subject_exploded_nothing(claims_of, sentence):
    """"exploded" names an attack only with a weapon as its subject's head, right before it ("a car bomb exploded")."""
    assert "Attack" not in _types(claims_of(sentence + "\n", date="2024-06-01"))


@pytest.mark.parametrize("sentence", [
    "An explosive report hit the government in London on Monday.",
    "An explosive scandal struck the ruling party in Tokyo last week.",
    "An explosive fire at a chemical plant killed 12 workers in Tianjin."])
def test_the_adjective_explosive_is_no_weapon(claims_of, sentence):
    """"explosives" and "IED" are weapons; the adjective "explosive" makes no strike nor killing of its noun."""
    types = _types(claims_of(sentence + "\n", date="2024-06-01"))
    assert not types & {"Attack", "Killing"}


@pytest.mark.parametrize("sentence", [
    "The Army football team blew up a 20-point lead against Navy in Philadelphia.",
    "The drone startup blew up its valuation in a funding round in London.",
    "Russia blew up the grain corridor talks in Istanbul.",
    "The Taliban blew up the peace process in Doha in 2021."])
def test_a_lead_a_valuation_or_talks_blown_up_are_no_attack(claims_of, sentence):
    """A word of troops or weapons that qualifies the noun after it ("Army football team", "drone startup") arms no
    one; talks or a process blown up, to the end of the object's noun phrase, are an idiom."""
    assert "Attack" not in _types(claims_of(sentence + "\n", date="2024-06-01"))


@pytest.mark.parametrize("sentence", [
    "The CEO was ambushed by activists at the shareholder meeting in Chicago.",
    "Liverpool were ambushed by a late Chelsea goal at Anfield.",
    "The bill was ambushed in committee in Washington on Tuesday.",
    "The senator walked into an ambush at the hearing in Washington."])
def test_an_ambush_of_no_armed_men_is_no_attack(claims_of, sentence):
    """The passive needs armed men or a patrol as its subject or an armed agent; the noun armed words in its clause."""
    assert "Attack" not in _types(claims_of(sentence + "\n", date="2024-06-01"))


@pytest.mark.parametrize("sentence", [
    "London was liberated from congestion by the new charge.",
    "The Beatles liberated Liverpool from its grey post-war image."])
def test_a_place_liberated_from_no_arms_by_no_armed_men_is_no_capture(claims_of, sentence):
    assert "Capture" not in _types(claims_of(sentence + "\n", date="2024-06-01"))


def test_things_taken_hostage_before_people_are_no_abduction(claims_of):
    """"hostage" after a longer object is an abduction only if people head its first noun phrase."""
    claims = claims_of("Republicans took the debt ceiling and federal workers hostage in Washington.\n")
    assert "Abduction" not in _types(claims)


@pytest.mark.parametrize("sentence", [
    "Union militants struck at the car plant in Detroit on Monday.",
    "Labour militants stormed the conference floor in Brighton."])
def test_militants_of_a_union_or_a_party_are_no_armed_men(claims_of, sentence):
    assert "Attack" not in _types(claims_of(sentence + "\n", date="2024-06-01"))


@pytest.mark.parametrize("sentence, date", [
    ("Hamas fighters ambushed an Israeli patrol near Khan Younis on Monday.", "2024-01-01"),
    ("Hezbollah fired rockets, anti-tank missiles and drones at Israel on 8 October 2023.", "2024-01-01"),
    ("Houthi rebels fired a missile at a tanker in the Red Sea on 12 January 2024.", "2024-02-01"),
    ("The Krajina Serbs answered by firing rockets on Zagreb on May 2 and 3, killing seven civilians.", "1995-06-01"),
    ("On 15 August 1998 a car bomb exploded in the market town of Omagh, killing 29 people.", "1998-09-01"),
    ("Two soldiers were killed when their convoy drove into an ambush near Kunduz.", "2024-01-01"),
    ("The convoy was ambushed by Taliban fighters near Kunduz.", "2024-01-01"),
    ("Fighters in the hills ambushed a supply column near Kunduz on Sunday.", "2024-01-01"),
    ("Ukrainian forces liberated Kherson on 11 November 2022.", "2022-12-01"),
    ("Paris was liberated from German occupation on 25 August 1944.", "1944-09-01")])
def test_acts_of_war_the_new_words_name_still_fire(claims_of, sentence, date):
    """The narrowed rules still read the acts they were written for."""
    assert _types(claims_of(sentence + "\n", date=date)) & {"Attack", "Capture"}


@pytest.mark.parametrize("sentence", [
    "The coach pulled his tired forces out of the match against Chelsea.",
    "Unilever pulled its security forces out of the plantation in Kenya."])
def test_forces_pulled_out_of_no_place_are_no_withdrawal(claims_of, sentence):
    """What armed men are pulled "out of", if told, is a place ("pulled its troops out of Gaza")."""
    assert "Withdrawal" not in _types(claims_of(sentence + "\n", date="2024-06-01"))


@pytest.mark.parametrize("sentence", [
    "Israel pulled its troops out of Gaza in September 2005.",
    "The United States pulled its forces out of the country in August 2021."])
def test_forces_pulled_out_of_a_place_were_withdrawn(claims_of, sentence):
    assert "Withdrawal" in _types(claims_of(sentence + "\n", date="2024-06-01"))
