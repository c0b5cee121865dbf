"""Guards of the review of branch events32 (session 32): sentences of other kinds of text the merged rules, or the
words they read, took for an event. Goods seized by weight are no place taken; a club's new signing is a player (a new
signing date an accord's); a strike told on what it hits is an attack whatever workers stand in its sentence, one by
drivers or told after an ordinal or a hyphened word of work a stoppage; a strike price, a lucky strike, an invasion of
privacy and a murder of crows name no act; civilians or a software update deployed are no forces sent.
"""

from __future__ import annotations

import pytest

from .test_extraction import typed


def _classes(claims_of, text: str, date: str = "2010-01-01") -> set[str]:
    """The classes the claims of a one-line `text` type anything as."""
    return {o for _, p, o, _ in claims_of(text + "\n", date=date) if p == "type"}


@pytest.mark.parametrize("text, cls", [
    ("Customs officers seized 40 kilos of cocaine at the port on Monday.", "Capture"),
    ("The club's new signing scored twice on his debut.", "Signing"),
    ("The club's latest signing arrived from Lyon.", "Signing"),
    ("The strike price of the option was 50 dollars.", "Attack"),
    ("He found gold in the hills, a lucky strike that made him rich.", "Attack"),
    ("The invasion of privacy case went to the Supreme Court.", "Attack"),
    ("A murder of crows gathered on the roof.", "Killing"),
    ("The company deployed the update to all users overnight.", "Deployment"),
    ("The correspondent was stationed in Paris for a decade.", "Deployment"),
    ("Firefighters were deployed to the blaze in Athens.", "Deployment")])
def test_words_of_other_senses_name_no_event(claims_of, text, cls):
    assert cls not in _classes(claims_of, text), text


@pytest.mark.parametrize("text", [
    "UN staff were evacuated after the strike on the compound.",
    "Aid workers said the strike on the convoy near Idlib was the third this week.",
    "Shops closed after the strike on the market in Aleppo.",
    "A pre-emptive strike on the union's headquarters was ruled out by police."])
def test_a_strike_on_what_it_hits_is_no_stoppage(claims_of, text):
    assert not typed(claims_of(text + "\n", date="2010-01-01"), "Protest"), text


@pytest.mark.parametrize("text", [
    "The teachers' second strike this year closed schools for a week.",
    "A strike by bus drivers left commuters stranded in Lagos.",
    "A 24-hour strike began at midnight at the port.",
    "Nurses held a strike on Monday over pay."])
def test_a_strike_of_drivers_after_an_ordinal_or_a_hyphened_word_of_work_is_a_stoppage(claims_of, text):
    classes = _classes(claims_of, text)
    assert "Protest" in classes and "Attack" not in classes, text


def test_a_new_signing_date_with_no_possessive_is_an_accords(claims_of):
    assert typed(claims_of("A new signing date of 29 November passed the same way.\n", date="2008-12-01"), "Signing")
