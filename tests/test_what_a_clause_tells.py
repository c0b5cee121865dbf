"""Which act of a text a name, a place, an ending or a count belongs to, when it tells more than one: a clause
joined by ", and" with a subject of its own, a verb that shares its sentence's subject, an onlooker, a place of
the second verb, a count told a paragraph later; and which words name a count or a capture at all. Each on the
sentence of an untuned text that was misread, and one of another conflict."""

from __future__ import annotations

import pytest

from .test_extraction import the_one, values

IRAN_IRAQ = ("The Iran–Iraq War was an armed conflict between Iran and Iraq that lasted from September 1980 to August "
             "1988. ")
CHACO = "The Chaco War was fought between Bolivia and Paraguay. "


@pytest.mark.parametrize("text", [
    IRAN_IRAQ + "It began on 22 September 1980, when Iraqi forces invaded western Iran, and ended with a ceasefire "
                "under United Nations Security Council Resolution 598.",
    CHACO + "It began in June 1932, when Bolivian troops attacked a Paraguayan fort at Pitiantuta, and ended with a "
            "truce in June 1935."])
def test_an_ending_that_shares_its_sentences_subject_ends_the_war_not_the_act_of_the_clause_between(claims_of, text):
    """"It began ..., when X invaded Y, and ended with a ceasefire": what ended is the subject of "began" (the war
    "It" names), not the invasion of the "when" clause set between them."""
    claims = claims_of(text, date="2000-01-01")
    ended = {o for _, p, o, _ in claims if p == "ends"}
    assert ended == {the_one(claims, "War")}


@pytest.mark.parametrize("text, capture, withdrawal", [
    ("Iran recaptured Khorramshahr in May 1982, and by June most Iraqi forces had withdrawn from Iranian territory.",
     ("iran", "khorramshahr"), ("iraqi-armed-forces", "iran")),
    ("Azerbaijani forces recaptured Shusha in November 2020, and by December most Armenian forces had withdrawn "
     "from Kalbajar.", ("azerbaijani-armed-forces", "shusha"), ("armenian-armed-forces", "kalbajar"))])
def test_and_by_a_month_opens_a_clause_whose_names_are_its_own(claims_of, text, capture, withdrawal):
    """", and by June most Iraqi forces had withdrawn": a time phrase, a word of quantity and a subject of its own
    open a clause; who withdrew took no part in the recapture, nor did the recapturer withdraw."""
    claims = claims_of(text, date="2026-12-05")
    for cls, (actor, place) in (("Capture", capture), ("Withdrawal", withdrawal)):
        event = the_one(claims, cls)
        assert values(claims, event, "hasActor") == {actor}
        assert values(claims, event, "hasPlace") == {place}


@pytest.mark.parametrize("text", [
    "Iran accepted it on 18 July 1988, and the ceasefire took effect on 20 August 1988, monitored by a United Nations "
    "observer group.",
    "Azerbaijan accepted the plan on 9 November 2020, and the ceasefire took effect the next day."])
def test_and_the_ceasefire_took_effect_is_a_clause_of_its_own(claims_of, text):
    """"..., and the ceasefire took effect": a subject and an irregular past verb open a clause; who accepted the
    plan is no actor of its entry into force."""
    claims = claims_of(text, date="2026-12-05")
    assert not values(claims, the_one(claims, "EntryIntoForce"), "hasActor")


@pytest.mark.parametrize("text", [
    "Iran accepted it on 18 July 1988, and the ceasefire took effect on 20 August 1988, monitored by a United Nations "
    "observer group.",
    "Israel and Syria signed a disengagement agreement in Geneva on 31 May 1974, monitored by a United Nations "
    "observer force.",
    "India and Pakistan agreed a ceasefire on 1 January 1949, supervised by a United Nations military observer group."])
def test_who_monitors_an_accord_is_no_party_of_it(claims_of, text):
    """"monitored / supervised by a United Nations observer group": the monitor watches the accord kept, it is no
    party of it and takes no part in the acts of its clause."""
    claims = claims_of(text, date="2026-12-05")
    assert not {s for s, p, o, _ in claims if o == "united-nations" and p in ("party", "hasActor", "hasPlace")}


@pytest.mark.parametrize("text, war", [
    ("The Falklands War was fought between Argentina and the United Kingdom in 1982.\n\nLast week Argentine aircraft "
     "bombed the landing ships Sir Galahad and Sir Tristram at Fitzroy, killing about 50 British servicemen.\n\n"
     "The Ministry of Defence said on Tuesday that 255 British servicemen had died in the campaign.", "255"),
    ("The Iran–Iraq War was fought between Iran and Iraq from 1980 to 1988.\n\nOn 3 July 1988 the American cruiser "
     "USS Vincennes shot down Iran Air Flight 655 over the Gulf.\n\nEstimates of the dead vary. Some 500,000 people "
     "died.", "500000")])
def test_a_count_told_alone_in_a_later_paragraph_is_the_wars_not_the_last_acts(claims_of, text, war):
    """A count with no event word in its sentence, told a paragraph after the last act, sums up the war the
    source spoke of, not the air raid or the shooting-down told last."""
    claims = claims_of(text, date="1982-06-15")
    assert values(claims, the_one(claims, "War"), "deaths") == {war}


@pytest.mark.parametrize("text", [
    "The First Chechen War began in December 1994.\n\nRussian forces shelled Grozny in January 1995.\n\nOn 14 June "
    "1995 more than 100 fighters led by Shamil Basayev seized the hospital in Budyonnovsk and held more than 1,500 "
    "people hostage. About 130 civilians were killed.",
    "The Second Chechen War began in August 1999.\n\nRussian forces shelled Grozny in December 1999.\n\nIn October "
    "2002 Chechen gunmen seized a theatre in Moscow and held 850 people hostage. About 130 civilians were killed."])
def test_a_count_told_alone_after_a_capture_in_its_paragraph_is_the_captures(claims_of, text):
    """"seized the hospital ... About 130 civilians were killed": the dead of the capture told just before, not of
    the shelling of an earlier paragraph, nor the war's whole toll."""
    claims = claims_of(text, date="2026-12-05")
    assert {s for s, p, o, _ in claims if p == "deaths"} == {the_one(claims, "Capture")}


@pytest.mark.parametrize("text, places", [
    ("In July 2012 the rebels captured the border town of Bunagana and advanced on Rutshuru.",
     {"Capture": {"bunagana"}}),
    ("After his faction lost the fighting, Ntaganda surrendered at the United States embassy in Kigali on 18 March "
     "2013 and was transferred to The Hague.", {"Surrender": {"kigali"}, "Transfer": {"the-hague"}}),
    ("Russian troops captured Gori and shelled the town of Tskhinvali.",
     {"Capture": {"gori"}, "Attack": {"tskhinvali"}}),
    # a place both verbs share, and a name no verb's place, stay as they were
    ("Azerbaijani forces attacked and captured Shusha.", {"Attack": {"shusha"}, "Capture": {"shusha"}}),
    ("Israeli aircraft killed 50 people and wounded 100 in Gaza.", {"Killing": {"gaza"}})])
def test_a_place_named_by_the_verb_after_and_is_that_verbs_alone(claims_of, text, places):
    """"captured Bunagana and advanced on Rutshuru", "surrendered in Kigali and was transferred to The Hague": the
    place right after the second verb is not where the first act was, nor the first act's object where the second
    was; "attacked and captured Shusha" and "killed 50 and wounded 100 in Gaza" name one place of both."""
    claims = claims_of(text, date="2021-01-01")
    assert {cls: values(claims, the_one(claims, cls), "hasPlace") for cls in places} == places


@pytest.mark.parametrize("text, deaths", [
    ("On 3 July 1988 the American cruiser USS Vincennes shot down Iran Air Flight 655 over the Gulf, killing all 290 "
     "people on board.", "290"),
    ("On 17 July 2014 a Russian-made missile shot down Malaysia Airlines Flight 17 over eastern Ukraine, killing all "
     "298 people on board.", "298")])
def test_killing_all_of_a_count_counts_the_dead(claims_of, text, deaths):
    """"killing all 290 people on board": "all" before a count is no hedge it stops at; the dead are the attack's."""
    claims = claims_of(text, date="2021-01-01")
    assert values(claims, the_one(claims, "Attack"), "deaths") == {deaths}


@pytest.mark.parametrize("text", [
    "Ukrainian forces seized weapons and documents at the headquarters in Kharkiv.",
    "Kenyan troops seized a large cache of weapons in Mandera.",
    "The rebels captured ammunition and fuel in Goma."])
def test_goods_seized_are_no_capture(claims_of, text):
    """"seized weapons and documents", "seized a large cache of weapons": goods taken, no town or ground held."""
    claims = claims_of(text, date="2021-01-01")
    assert not {s for s, p, o, _ in claims if p == "type" and o == "Capture"}


@pytest.mark.parametrize("text", [
    "In June NLA fighters seized Aracinovo, a village a few kilometres from the capital.",
    "Israel seized the West Bank in 1967."])
def test_a_place_seized_stays_a_capture(claims_of, text):
    """A town or a land seized is taken: a capture ("the West Bank" is no bank account)."""
    claims = claims_of(text, date="2021-01-01")
    assert {s for s, p, o, _ in claims if p == "type" and o == "Capture"}


@pytest.mark.parametrize("text, deaths", [
    ("The Sierra Leone Civil War was fought from 1991 to 2002. The war lasted eleven years and is estimated to have "
     "killed about 50,000 people and displaced more than two million, close to half the population.", "50000"),
    ("The Bosnian War lasted more than three years and killed about 100,000 people and displaced more than two "
     "million.", "100000")])
def test_a_count_after_a_verb_of_harm_is_its_subjects_not_the_event_word_after_it(claims_of, text, deaths):
    """"The war ... killed about 50,000 people and displaced more than two million": the dead are the war's, the
    subject of "killed", not the displacement's named after the count."""
    claims = claims_of(text, date="2021-01-01")
    assert {(s, o) for s, p, o, _ in claims if p == "deaths"} == {(the_one(claims, "War"), deaths)}


@pytest.mark.parametrize("text, deaths", [
    ("The Yom Kippur War was fought in October 1973 between Israel and a coalition led by Egypt and Syria. Egypt "
     "sought to regain the Sinai Peninsula, which Israel had occupied in the Six-Day War of 1967.\n\nCasualties\n\n"
     "About 2,700 Israeli soldiers were killed.", "2700"),
    ("The Kargil War was fought between India and Pakistan in 1999. Both armies had fought in the Indo-Pakistani War "
     "of 1971.\n\nThe army says 527 Indian soldiers were killed.", "527")])
def test_a_later_paragraphs_count_is_the_war_the_text_tells_not_one_named_in_passing(claims_of, text, deaths):
    """A count told alone in a section of its own sums up the war the text is about (named most, first), not an
    earlier war named in passing ("which Israel had occupied in the Six-Day War of 1967")."""
    claims = claims_of(text, date="2021-01-01")
    war = next(s for s, p, o, _ in claims if p == "type" and o == "War" and "six-day" not in s and "indo" not in s)
    assert {(s, o) for s, p, o, _ in claims if p == "deaths"} == {(war, deaths)}


@pytest.mark.parametrize("text", [
    "The Salvadoran Civil War lasted twelve years.\n\nThe massacre\n\nBetween 10 and 12 December 1981, soldiers "
    "entered El Mozote during a military operation against the FMLN.\n\nThe number of victims remains disputed. The "
    "Truth Commission concluded in 1993 that more than 500 people had been killed.",
    "The Kosovo War was fought between Yugoslavia and the Kosovo Liberation Army.\n\nThe Racak massacre\n\nOn 15 "
    "January 1999 Serbian police units attacked the village of Racak.\n\nThe toll is disputed. Observers said 45 "
    "people had been killed."])
def test_a_later_paragraphs_count_is_the_act_its_sections_heading_names(claims_of, text):
    """A count told alone a paragraph on, in a section headed "The massacre", is the massacre's: the section's
    topic, not the operation or the attack told last, nor the war."""
    claims = claims_of(text, date="2021-01-01")
    assert {s for s, p, o, _ in claims if p == "deaths"} == {the_one(claims, "Killing")}


def test_who_observed_a_ceasefire_kept_it_as_its_party(claims_of):
    """"The ceasefire, observed by Armenia and Azerbaijan since ...": observed is kept, not monitored; the two states
    are its parties (as "monitored by a United Nations observer group" makes the UN none)."""
    claims = claims_of("The ceasefire, observed by Armenia and Azerbaijan since 10 November 2020, held in "
                       "Nagorno-Karabakh.")
    assert values(claims, the_one(claims, "Ceasefire"), "party") == {"armenia", "azerbaijan"}


def test_a_state_an_infinitive_helps_is_an_actor_of_the_war_named_after_it(claims_of):
    """"sent drones to help Azerbaijan in the war against Armenia": the infinitive's object is no actor of the
    event its purpose serves, but fights in the war named after it."""
    claims = claims_of("Turkey sent drones to help Azerbaijan in the war against Armenia in 2020.", date="2022-03-01")
    assert "azerbaijan" in values(claims, the_one(claims, "War"), "hasActor")
