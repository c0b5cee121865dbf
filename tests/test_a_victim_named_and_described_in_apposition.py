"""A passive verb of harm whose subject is a title, the name set off by commas and a phrase describing it
("Lebanon's president-elect, Bashir Gemayel, the leader of the Phalange, was killed"): the name suffered the act,
as it does with no describing phrase ("Burundi's president, Cyprien Ntaryamira, was killed"), and the state owning
the title did not do it. Before, the describing phrase hid the apposition: the victim and the state became the
killing's actors. The rule is general English: it reads an arrest of a chief executive the same way."""

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
    actors = {(s, o) for s, p, o, _ in claims if p == "hasActor"}
    assert suffered and not any((act, name) in actors for act in suffered for name in (victim, owner))
