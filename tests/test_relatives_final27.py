"""The name before a relative pronoun as the subject of its verb (session 27, final review).

- An undated act told after ", which had" is its subject's own: another state's dated act of the same class is
  another happening (`minting.verb_subject`).
- The pronoun's verb may be any past of `_verbs`, and a trigger of more than one word ("sent troops") is read by its
  first word (`relative_subjects.PAST_VERB`).
The sentences are invented, of other conflicts; each test failed on 14fbca3.
"""

from __future__ import annotations

from .test_extraction import typed, values


def test_an_undated_act_after_which_had_is_not_another_subjects_dated_act(claims_of):
    claims = claims_of("Ethiopia, which sent troops to Somalia in 2006, withdrew them in 2009. Kenya, which had "
                       "deployed soldiers to Kismayo, lost 40 men.\n", date="2012-01-01")
    deployments = typed(claims, "Deployment")
    assert len(deployments) == 2
    assert all(len(values(claims, d, "hasActor")) <= 1 for d in deployments)


def test_who_sent_troops_after_which_is_the_deployments_actor(claims_of):
    claims = claims_of("Rwanda, which sent troops to Congo in 1998, denied it.\n", date="1999-01-01")
    assert {"rwanda"} == {a for d in typed(claims, "Deployment") for a in values(claims, d, "hasActor")}


def test_a_noun_after_which_lends_no_role(claims_of):
    claims = claims_of("Rwanda, which troops had left, was calm in 1999.\n", date="1999-01-01")
    assert not {s for s, p, o, _ in claims if p == "hasActor" and o == "rwanda"}
