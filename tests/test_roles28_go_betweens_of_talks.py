"""The go-between told by a compound before the word of talks ("Arab League-sponsored talks", "the UN-brokered
negotiations") sat at the table: an actor of the talks, as one named by "mediated by" after them is (session 28's
roles). Before, the compound took no role of the talks at all, though the talks' label named it. Of an agreement it
stays the mediator only; a host is no actor, nor is a compound that qualifies another word."""

from __future__ import annotations

import pytest


def _acts(claims, cls):
    return {s for s, p, o, _ in claims if p == "type" and o == cls}


@pytest.mark.parametrize("sentence, date, cls, broker", [
    ("Two rounds of Arab League-sponsored talks in Khartoum produced nothing.", "2007-01-10", "Negotiation",
     "arab-league"),
    ("In 2011 the UN-brokered negotiations between Yemen and the Houthis opened in Geneva.", "2012-01-01",
     "Negotiation", "united-nations"),
    ("The Egypt-mediated meeting in Cairo ended without a statement.", "2012-01-01", "Meeting", "egypt"),
])
def test_the_go_between_of_a_compound_before_talks_is_their_actor(claims_of, sentence, date, cls, broker):
    claims = claims_of(sentence + "\n", date=date)
    acts = _acts(claims, cls)
    assert acts and all((a, "hasActor", broker) in {(s, p, o) for s, p, o, _ in claims} for a in acts)


@pytest.mark.parametrize("sentence, date, name", [
    ("A Qatar-hosted meeting in Doha ended without a statement.", "2012-01-01", "qatar"),
    ("The Moscow-brokered truce held for a week.", "2012-01-01", "russia"),
    ("A Qatar-brokered ceasefire came after long talks in Doha.", "2012-01-01", "qatar"),
])
def test_a_host_an_agreements_broker_and_another_words_compound_are_no_actors(claims_of, sentence, date, name):
    """Near misses: the host sat at no table; the truce's broker is its mediator; "Qatar-brokered" qualifies the
    ceasefire, not the talks after it."""
    claims = claims_of(sentence + "\n", date=date)
    assert name not in {o for _, p, o, _ in claims if p in ("hasActor", "initiatedBy", "target", "party")}
