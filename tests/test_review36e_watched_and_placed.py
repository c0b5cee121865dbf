"""Review of roles36's rules (session 36): watchers an act was done to keep their body's role in it (only watchers who
watch or tell are bystanders, `lang.en.clauses.WATCHING`); a state whose possessive a word or two part from a place
noun is where the place lies ("Syria's largest city", `CUES.PLACE_NOUN`, `structure.possessor`); a place "in the
middle" lies between the sides and a force there is caught between them, no go-between (`parties.named_mediator`);
an adverb may go before "in the middle" for a mediator."""

from __future__ import annotations

import pytest

from .test_extraction import typed, values

ROLES = ("hasActor", "initiatedBy", "target", "hasPlace")


def roles_of(claims, cls: str, predicates=ROLES) -> set[str]:
    return {o for e in typed(claims, cls) for p in predicates for o in values(claims, e, p)}


@pytest.mark.parametrize("text, cls, body", [
    ("UN monitors were attacked by rebels near Goma.", "Attack", "united-nations"),
    ("Gunmen attacked EU monitors near Gori.", "Attack", "european-union"),
    ("Separatists detained OSCE monitors in Sloviansk.", "Detention",
     "organization-for-security-and-co-operation-in-europe"),
    ("Iraqi forces expelled UN inspectors from Baghdad.", "Displacement", "united-nations")])
def test_watchers_an_act_was_done_to_keep_their_body_as_its_target(claims_of, text, cls, body):
    assert body in roles_of(claims_of(text + "\n", "2000-01-01"), cls, ("target",)), text


@pytest.mark.parametrize("text", [  # near-misses: the rule still fires, past where the watchers stand or an aside
    "EU monitors have also reported Russian shelling near Gori.",
    "EU monitors in Gori reported Russian shelling near the town.",
    "EU monitors, who patrol the line, reported Russian shelling near Gori."])
def test_watchers_who_report_still_take_no_role(claims_of, text):
    assert "european-union" not in roles_of(claims_of(text + "\n", "2008-09-01"), "Attack"), text


@pytest.mark.parametrize("text, cls, state", [
    ("Fighting broke out in Tskhinvali, Georgia's breakaway region.", "Clash", "georgia"),
    ("Rebels shelled Misrata, Libya's third city.", "Attack", "libya"),
    ("Russian jets bombed Aleppo, Syria's largest city.", "Attack", "syria"),
    ("Rebels attacked Mosul, Iraq's second city, in June.", "Attack", "iraq")])
def test_a_state_whose_possessive_holds_a_place_noun_after_adjectives_is_where_it_lies(claims_of, text, cls, state):
    claims = claims_of(text + "\n", "2015-01-01")
    assert state in roles_of(claims, cls, ("hasPlace",)) and state not in roles_of(claims, cls, ("hasActor",)), text


@pytest.mark.parametrize("text, place", [
    ("Armenian and Azerbaijani forces clashed along the front, with Shusha in the middle.", "shusha"),
    ("Russia and Ukraine fought near Bakhmut, with the city of Soledar in the middle.", "soledar")])
def test_a_place_in_the_middle_is_still_a_place(claims_of, text, place):
    assert place in roles_of(claims_of(text + "\n", "2020-01-01"), "Clash", ("hasPlace",)), text


def test_a_force_in_the_middle_is_caught_no_go_between(claims_of):
    claims = claims_of("Rebels encircled Goma, with government troops in the middle.\n", "2012-11-20")
    assert roles_of(claims, "Siege", ("target",))


def test_a_go_between_squarely_in_the_middle_is_a_mediator(claims_of):
    claims = claims_of("Israel and Hamas agreed to a truce, with Egypt squarely in the middle.\n", "2014-08-26")
    assert "egypt" in roles_of(claims, "Agreement", ("mediator",))
    assert "egypt" not in roles_of(claims, "Agreement", ("party",))
