"""", and on 28 November 1971 gunmen ... assassinated": after ", and" and a time phrase, a lower-case subject with a
past verb of its own opens a clause of its own (`lang.en.clauses.COORDINATED_AFTER_TIME`), so the names of the clause
before are not its act's. One sentence of a fresh text that was misread, and one of another shape."""

from __future__ import annotations

import pytest

from claimgraph.lang.en.clauses import COORDINATED_AFTER_TIME

from .test_extraction import the_one, values


@pytest.mark.parametrize("text, cls, own, before", [
    ("In July 1971 the army drove the last guerrillas out of their bases around Jerash and Ajloun, and on 28 November "
     "1971 gunmen of a group calling itself Black September assassinated the Jordanian prime minister, Wasfi al-Tal, "
     "in Cairo.", "Killing", "cairo", {"jarash", "ajloun"}),
    ("Government troops held the roads around Odesa, and on 4 and 5 March their artillery shelled Kherson.",
     "Attack", "kherson", {"odesa"})])
def test_a_lower_case_subject_after_a_time_phrase_opens_a_clause_of_its_own(claims_of, text, cls, own, before):
    """The places of the clause before the time phrase are not where the later act happened."""
    claims = claims_of(text, date="1971-12-01")
    places = values(claims, the_one(claims, cls), "hasPlace")
    assert own in places
    assert not before & places


def test_a_preposition_after_the_time_phrase_opens_no_clause():
    """", and on 9 August in Gori": no subject of its own, the same clause goes on."""
    assert not COORDINATED_AFTER_TIME.match(", and on 9 August in Gori, where troops shelled the town")


@pytest.mark.parametrize("text, place, date", [
    ("Russian forces attacked Kyiv on 24 February, and on 25 February the airport at Hostomel where paratroopers "
     "landed.", "hostomel", "2022-03-10"),
    ("NATO aircraft bombed Belgrade on 5 April, and on 6 April the United Nations compound in Pristina.", "pristina",
     "1999-06-01"),
    ("Serbian artillery shelled Vukovar on 2 October, and on 3 October the hospital in Osijek which volunteers "
     "defended.", "osijek", "1992-01-01")])
def test_an_object_after_a_time_phrase_goes_on_with_the_verb_before(claims_of, text, place, date):
    """", and on 25 February the airport at Hostomel where paratroopers landed": no subject with a verb of its own (the
    verb is a relative clause's, or a capitalised name's "United"): the attack struck there too."""
    claims = claims_of(text, date=date)
    assert place in values(claims, the_one(claims, "Attack"), "hasPlace")


@pytest.mark.parametrize("words", [", and on 2 March the besieged city of Mariupol", ", and on 4 July the crowded town",
                                   ", and in November a hundred villages across Slavonia"])
def test_an_adjective_after_an_article_is_no_verb_of_a_subject(words):
    """"the besieged city", "a hundred villages": no lower-case subject with a past verb of its own."""
    assert not COORDINATED_AFTER_TIME.match(words)
