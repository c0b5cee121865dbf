"""A phrase of a joint act's witnesses or hosts (roles42, `claims._witnesses`) holds only the names up to its clause's
end: the names of a clause that follows it ("..., in the presence of Turkey, and Azerbaijan attacked Armenia"), of
the signers after a fronted phrase ("Later, in the presence of Kofi Annan, Eritrea and Ethiopia signed") or of an
agreement after an apposition ("The talks, attended by Norway, between Colombia and the FARC produced an
agreement") are no witnesses: they keep their roles and parties. And the phrase is read told as "among the
witnesses" or ", attended by X" too (Algiers, 2000: "with President Abdelaziz Bouteflika of Algeria
as host and ... Madeleine Albright, among the witnesses")."""

from __future__ import annotations

import pytest

from .test_extraction import typed


def _actors(claims, cls: str) -> set[str]:
    return {o for s, p, o, _ in claims if s in typed(claims, cls) and p == "hasActor"}


def _parties(claims) -> set[str]:
    return {o for _, p, o, _ in claims if p == "party"}


@pytest.mark.parametrize("text, strangers", [
    ("Russia and Ukraine signed the deal in Istanbul, in the presence of Turkey, and Azerbaijan attacked Armenia the "
     "next day.", {"azerbaijan", "armenia"}),
    ("Russia and Ukraine signed the deal in Istanbul, witnessed by Turkey, and a week later Azerbaijan and Armenia "
     "signed a truce in Moscow.", {"azerbaijan", "armenia"})])
def test_the_names_of_the_next_clause_are_no_witnesses_of_the_signing(claims_of, text, strangers):
    claims = claims_of(text + "\n", date="2000-01-01")
    signing = {s for s, p, o, _ in claims if p == "hasActor" and o == "ukraine"}
    assert "turkey" in _actors(claims, "Signing")
    assert not strangers & {o for s, p, o, _ in claims if s in signing and p == "hasActor"}, text


@pytest.mark.parametrize("text, parties", [
    ("Later, in the presence of Kofi Annan, Eritrea and Ethiopia signed the agreement in Algiers.",
     {"eritrea", "ethiopia"}),
    ("The talks, attended by Norway, between Colombia and the FARC produced a peace agreement in Havana.",
     {"colombia", "farc"})])
def test_who_is_named_after_a_phrase_of_witnesses_that_goes_on_keeps_the_party(claims_of, text, parties):
    claims = claims_of(text + "\n", date="2000-01-01")
    assert parties <= _parties(claims), text


@pytest.mark.parametrize("text, witnesses, party", [
    ("It was signed by Isaias Afwerki and Meles Zenawi, with President Abdelaziz Bouteflika of Algeria as host and "
     "the UN Secretary-General, Kofi Annan, and the US Secretary of State, Madeleine Albright, among the witnesses.",
     {"abdelaziz-bouteflika", "kofi-annan", "madeleine-albright"}, None),
    ("Eritrea and Ethiopia signed the agreement in Algiers, with Algeria as host and Nigeria among the witnesses.",
     {"algeria", "nigeria"}, "ethiopia"),
    ("Eritrea and Ethiopia signed the agreement in Algiers, attended by Nigeria and Ghana.", {"nigeria", "ghana"},
     "ethiopia")])
def test_among_the_witnesses_or_attended_by_name_the_signings_actors_no_parties(claims_of, text, witnesses, party):
    claims = claims_of(text + "\n", date="2000-12-13")
    assert witnesses <= _actors(claims, "Signing"), text
    assert not witnesses & _parties(claims), text
    assert party is None or party in _parties(claims)


@pytest.mark.parametrize("text", [
    "Germany beat Brazil 7-1 in the World Cup semi-final, hosted by Brazil.",
    "The Olympic Games, hosted by China, opened in Beijing on 8 August.",
    "The wedding of Prince Albert, attended by Sweden and Norway, took place in Monaco.",
    "Israeli troops raided Jenin, witnessed by journalists from Reuters.",
    "Russian troops shelled Kharkiv, with the defence minister present."])
def test_a_host_or_onlooker_of_what_is_not_done_together_takes_no_role(claims_of, text):
    claims = claims_of(text + "\n", date="2000-01-01")
    assert not {o for _, p, o, _ in claims if p in ("hasActor", "party")} & {
        "brazil", "china", "sweden", "norway", "reuters"}, text


@pytest.mark.parametrize("text, witness, parties", [
    ("Sudan and South Sudan signed the accord in Addis Ababa in the presence of Ethiopia.", "ethiopia",
     {"sudan", "south-sudan"}),
    ("Israel and Jordan signed the peace treaty in the presence of President Bill Clinton of the United States.",
     "bill-clinton", {"israel", "jordan"})])
def test_a_witness_told_without_a_comma_is_an_actor_of_the_signing_too(claims_of, text, witness, parties):
    """One reading, comma or not: the gold has the officials a signing was "initialed in the presence of" among its
    actors (Dayton, 1995), as it has those of ", in the presence of" (Greentree, 2006)."""
    claims = claims_of(text + "\n", date="2000-01-01")
    assert witness in _actors(claims, "Signing"), text
    assert witness not in _parties(claims) and parties <= _parties(claims), text
    assert "united-states" not in _actors(claims, "Signing")
