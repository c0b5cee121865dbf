"""", and on 28 November 1971 gunmen ... assassinated": after ", and" and a time phrase, a lower-case subject with a
past verb of its own opens a clause of its own (`lang.en.clauses.COORDINATED_AFTER_TIME`), so the names of the clause
before are not its act's. One sentence of a fresh text that was misread, and one of another shape."""

from __future__ import annotations

import pytest

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


def test_a_preposition_after_the_time_phrase_opens_no_clause(claims_of):
    """", and on 9 August in Gori": no subject of its own, the same clause goes on."""
    from claimgraph.lang.en.clauses import COORDINATED_AFTER_TIME
    assert not COORDINATED_AFTER_TIME.match(", and on 9 August in Gori, where troops shelled the town")
