"""A passive verb of harm whose subject is a title, the name set off by commas and a phrase describing it
("Lebanon's president-elect, Bashir Gemayel, the leader of the Phalange, was killed"): the name suffered the act,
as it does with no describing phrase ("Burundi's president, Cyprien Ntaryamira, was killed"), and the state owning
the title did not do it. Before, the describing phrase hid the apposition: the victim and the state became the
killing's actors. The rule is general English: it reads an arrest of a chief executive the same way. The instrument
named by "by" after the verb ("was killed by a bomb") struck the same subject, and a name in the describing phrase
("Tawfiq Jabr, a Hamas appointee") took no part."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("sentence, date, victim, owner", [
    ("On 14 September Lebanon's president-elect, Bashir Gemayel, the leader of the Phalange, was killed by a bomb at "
     "the party's headquarters.", "1982-12-01", "bashir-gemayel", "lebanon"),
    ("Russia's vice-president, Ivan Petrov, a former general, was arrested in Moscow on Monday.", "2020-05-01",
     "ivan-petrov", "russia"),
    ("Acme's chief executive, John Smith, the son of the founder, was arrested in Chicago on fraud charges.",
     "2020-05-01", "john-smith", None),
])
def test_the_name_described_in_apposition_suffered_the_passive_act(claims_of, sentence, date, victim, owner):
    claims = claims_of(sentence + "\n", date=date)
    suffered = {s for s, p, o, _ in claims if p == "target" and o == victim}
    actors = {o for _, p, o, _ in claims if p in ("hasActor", "initiatedBy")}
    assert suffered and not {victim, owner} & actors


@pytest.mark.parametrize("sentence, date, victim", [
    ("On 14 September Lebanon's president-elect, Bashir Gemayel, the leader of the Phalange, was killed by a bomb at "
     "the party's headquarters.", "1982-12-01", "bashir-gemayel"),
    ("Twelve Syrian soldiers were killed by an Israeli airstrike near Damascus.", "2023-05-01", "syrian-armed-forces"),
])
def test_the_instrument_named_by_by_after_the_passive_act_struck_its_subject(claims_of, sentence, date, victim):
    """The event named by "by" after a passive verb of harm ("was killed by a bomb") is its instrument: the verb's
    subject is its target too, never its actor (before, the bomb's event took the victim and the state owning the
    title as actors)."""
    claims = claims_of(sentence + "\n", date=date)
    targets = {s for s, p, o, _ in claims if p == "target" and o == victim}
    assert len(targets) == 2 and victim not in {o for _, p, o, _ in claims if p in ("hasActor", "initiatedBy")}


@pytest.mark.parametrize("sentence, date, described, victim", [
    ("Gaza's police chief, Tawfiq Jabr, a Hamas appointee, was killed by Israel on Saturday.", "2023-12-01", "hamas",
     "tawfiq-jabr"),
    ("Russia's defence minister, Ivan Petrov, a former NATO liaison, was arrested in Moscow on Monday.", "2020-05-01",
     "nato", "ivan-petrov"),
])
def test_a_name_in_the_phrase_describing_the_victim_takes_no_role(claims_of, sentence, date, described, victim):
    """The phrase after the name in apposition says who the victim is ("a Hamas appointee"): the body it names took
    no part in the act (before, Hamas became the killing's actor)."""
    claims = claims_of(sentence + "\n", date=date)
    roles = {o for _, p, o, _ in claims if p in ("hasActor", "initiatedBy", "target", "hasPlace")}
    assert victim in roles and described not in roles
