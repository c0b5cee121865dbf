"""A joint act's witnesses and hosts, named in a phrase that ends its clause after a comma (roles42): ", in the presence
of X and Y", ", witnessed by X", ", with X as host and Y as observers" / "Y present". They took part in the signing
or the talks they attended however far from its word they stand (its actors), and bound themselves to nothing (no
party of the agreement). After "with" only a phrase that ends on their part names witnesses; and sentences of other
kinds (sport, business, a court, the weather, an attack) are left alone.
"""

from __future__ import annotations

import pytest

from .test_extraction import typed


def _actors(claims, cls: str) -> set[str]:
    events = typed(claims, cls)
    return {o for s, p, o, _ in claims if s in events and p == "hasActor"}


def _parties(claims) -> set[str]:
    return {o for s, p, o, _ in claims if p == "party"}


@pytest.mark.parametrize("text, cls, witnesses", [
    ("The Ohrid Framework Agreement was signed in Skopje on 13 August 2001 by the four party leaders, in the presence "
     "of the European Union and NATO.", "Signing", {"european-union", "nato"}),
    ("The armistice was signed at Panmunjom on 27 July 1953 by North Korea and China, with Sweden and Switzerland "
     "present.", "Signing", {"sweden", "switzerland"}),
    ("The Sudanese government and the SPLM signed the protocol in Naivasha, witnessed by Kenya and Norway.", "Signing",
     {"kenya", "norway"}),
    ("The Greentree Agreement was signed at the Greentree Estate in Manhasset, New York, by President Paul Biya of "
     "Cameroon and President Olusegun Obasanjo of Nigeria, in the presence of France, Germany and the United States.",
     "Signing", {"france", "germany", "united-states"})])
def test_witnesses_of_a_signing_are_its_actors(claims_of, text, cls, witnesses):
    claims = claims_of(text + "\n", date="2000-01-01")
    assert witnesses <= _actors(claims, cls), text


def test_the_body_of_a_witness_s_office_is_no_actor(claims_of):
    """Review s42: the body whose office a witness holds, named before the office's word ("the UN Secretary-General,
    Kofi Annan": `CUES.OFFICE_AFTER`), is no actor of the signing; the person is (no row tested the guard)."""
    claims = claims_of("The accord was signed in Lome on 7 July 1999 by Sierra Leone and the RUF, in the presence of "
                       "the UN Secretary-General, Kofi Annan.\n", date="2001-01-01")
    actors = _actors(claims, "Signing")
    assert "kofi-annan" in actors and "united-nations" not in actors, actors


@pytest.mark.parametrize("text, witnesses", [
    ("The armistice was signed at Panmunjom on 27 July 1953 by North Korea and China, with Sweden and Switzerland "
     "present.", {"sweden", "switzerland"}),
    ("The treaty was signed in Paris by France and Britain, with the United States and Italy as observers.",
     {"united-states", "italy"})])
def test_witnesses_of_a_signing_are_no_parties(claims_of, text, witnesses):
    claims = claims_of(text + "\n", date="2000-01-01")
    assert not witnesses & _parties(claims), text


@pytest.mark.parametrize("text", [
    "The merger was signed in London on Monday by Vodafone and Orange, with lawyers from both firms present.",
    "Real Madrid signed the striker on 3 July, with the club president Florentino Perez present.",
    "The final was played at Wembley on 20 May 2000, with Queen Elizabeth present.",
    "The court heard the case in The Hague, with judges from France and Germany present.",
    "Storm Ciara hit Britain on Sunday, with gusts of 90 mph recorded in Wales.",
    "The wedding took place in Monaco, with Prince Albert as host.",
    # "with" that names no one's part: a toll, a part that goes on past its word
    "Russia and Ukraine signed the protocol in Minsk on 5 September, with 40 people killed in Donetsk that week.",
    "The company signed the lease in Boston, with the bank present in the negotiations."])
def test_a_phrase_of_onlookers_in_other_kinds_of_text_gives_no_role(claims_of, text):
    claims = claims_of(text + "\n", date="2000-01-01")
    assert not {(s, o) for s, p, o, _ in claims if p in ("hasActor", "party")} - {
        (s, o) for s, p, o, _ in claims_of(text.split(", with")[0] + ".\n", date="2000-01-01")
        if p in ("hasActor", "party")}, text
