"""A body's decision told by its noun: a resolution passed, a decision adopted, a communiqué recalled by its date.

Seen on session 25's reading half (setA): an interview's "the Permanent Council passed a resolution saying ...
sovereignty had been violated" (angostura-2008) and a communiqué's "adopted the following decision:" and "1. Recalls
its earlier decisions ..., in particular the communiqué of 10 October 2007 ..., and the decision of 21 February 2008"
(anjouan-2008) were found as nothing: only a numbered resolution or a vote told one. The sentences here are of other
conflicts; the near-misses are a town's council, a common noun's other senses and a decision no body adopted.
"""

from __future__ import annotations

import pytest

from .test_extraction import typed, values

COMMUNIQUE = """ECONOMIC COMMUNITY OF WEST AFRICAN STATES

The Mediation and Security Council of ECOWAS, at its meeting held on 30 May 2012, was briefed by the Commission on the \
situation in Guinea-Bissau, and adopted the following decision:

The Council,

1. Recalls its earlier decisions on the situation in Guinea-Bissau, in particular its communiqué of 14 April 2012 and \
the decision of 3 May 2012 requesting the deployment of a stabilisation force;

2. Further recalls the resolution of 26 April 2012 on sanctions against the members of the military junta.
"""


@pytest.mark.parametrize(("sentence", "date"), [
    ("On 14 August the Permanent Council passed a resolution calling on both governments to withdraw their troops.",
     "1995-08-14"),
    ("The Arab League Council adopted a resolution on 3 May demanding an end to the shelling of Beirut.", "1995-05-03"),
    ("At the OAU, on 2 March, the Council of Ministers unanimously adopted a strongly worded resolution condemning the "
     "raid.", "1995-03-02"),
])
def test_a_resolution_a_council_passed_is_one_of_its_own(claims_of, sentence, date):
    claims = claims_of(sentence + "\n", date="1995-09-01")
    [resolution] = typed(claims, "Resolution")
    assert values(claims, resolution, "date") == {date}
    assert values(claims, resolution, "party")


def test_a_communique_recalls_dated_decisions_each_of_its_body(claims_of):
    claims = claims_of(COMMUNIQUE, date="2012-05-31")
    resolutions = typed(claims, "Resolution")
    dates = {d for r in resolutions for d in values(claims, r, "date")}
    assert {"2012-04-14", "2012-05-03", "2012-04-26"} <= dates
    assert len(resolutions) == 4
    for resolution in resolutions:
        assert any("council" in p for p in values(claims, resolution, "party")), resolution


@pytest.mark.parametrize("sentence", [
    "The city council passed a resolution to rename the street after the fallen soldiers.",
    "It was a hard decision for the commanders.",
    "The resolution of the border dispute took years.",
    "Her decision of 3 May to leave the army surprised everyone.",
    "The Senate passed the bill after a resolution of the committee.",
    "The Council's decision surprised the rebels.",
])
def test_a_decision_no_body_adopted_or_dated_is_none(claims_of, sentence):
    assert not typed(claims_of(sentence + "\n", date="1995-09-01"), "Resolution")
