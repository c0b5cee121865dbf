"""A name, a relative clause set off by commas, then the name's own verb ("President Alberto Fujimori, who had
ordered the raid in March, resigned in November"): the name did what the verb after the aside tells. Before, the
clause cut at ", who" / ", which" left the name alone and read the main verb in the aside's clause, so the
resignation, the withdrawal or the signing had no actor (setA: "Juan Manuel Santos, who had been Uribe's defence
minister during the raid, became president"; "Anthony Eden, ..., who told the House of Commons ..., resigned"). The
names inside the aside stay the aside's own, and a comma followed by no verb of the subject's rejoins nothing. A state
naming an office in an aside right after a person ("Begin, the Israeli prime minister,") is the person's title, as
before the name ("Israeli Prime Minister Begin"): no role of the act beside the person."""

from __future__ import annotations

import pytest


def _actors(claims, cls: str) -> set[str]:
    events = {s for s, p, o, _ in claims if p == "type" and o == cls}
    return {o for s, p, o, _ in claims if s in events and p in ("hasActor", "initiatedBy")}


@pytest.mark.parametrize("sentence, date, cls, actor", [
    ("President Alberto Fujimori, who had ordered the raid in March, resigned in November.", "2001-01-01",
     "Resignation", "alberto-fujimori"),
    ("The Peruvian army, which had lost Tiwinza in the fighting, withdrew on 17 February.", "1995-03-01",
     "Withdrawal", "peruvian-armed-forces"),
    ("Ecuador, which had denied the attack, signed the ceasefire on 17 February.", "1995-03-01", "Signing", "ecuador"),
    ("In 2010 Alan García, who had been defence minister during the raid, became president.", "2011-01-01",
     "Appointment", "alan-garcia"),
])
def test_the_name_before_a_relative_aside_does_what_the_verb_after_it_tells(claims_of, sentence, date, cls, actor):
    assert actor in _actors(claims_of(sentence + "\n", date=date), cls)


def test_a_long_aside_keeps_its_names_and_leaves_the_subject_near_its_verb(claims_of):
    """The aside is not counted in the reach of a name to its act: the subject 130 characters before its verb is its
    actor; who was told and who would attack, inside the aside, are not."""
    claims = claims_of("Anthony Eden, the British prime minister, who told the House of Commons in December that Israel "
                       "would attack Egypt, resigned in January 1957.\n", date="1957-02-01")
    actors = _actors(claims, "Resignation")
    assert "anthony-eden" in actors and not {"house-of-commons", "israel", "egypt"} & actors


@pytest.mark.parametrize("sentence", [
    "Peruvian troops attacked Tiwinza, which lies near the border, on Monday.",  # a phrase after the comma
    "Peruvian troops attacked Tiwinza, which Ecuador held, killing 20 soldiers.",  # a participle after the comma
])
def test_no_verb_of_the_subject_after_the_aside_rejoins_nothing(claims_of, sentence):
    """The aside describes the object and no verb of the subject's follows its comma: the act keeps its own actor
    and the aside's names take no part in it."""
    assert _actors(claims_of(sentence + "\n", date="1995-03-01"), "Attack") == {"peruvian-armed-forces"}


@pytest.mark.parametrize("sentence, date, cls, person, state", [
    ("Menachem Begin, the Israeli prime minister, resigned in September 1983.", "1983-12-01", "Resignation",
     "menachem-begin", "israel"),
    ("Idi Amin, the Ugandan president, ordered the invasion of Tanzania in October 1978.", "1979-01-01", "Attack",
     "idi-amin", "uganda"),
])
def test_a_state_naming_the_office_in_an_aside_is_the_persons_title(claims_of, sentence, date, cls, person, state):
    """"Menachem Begin, the Israeli prime minister, resigned" reads as "Israeli Prime Minister Menachem Begin
    resigned": the person did the act and represents the state; the state is only the title (before, the state
    became an actor beside the person)."""
    claims = claims_of(sentence + "\n", date=date)
    actors = _actors(claims, cls)
    assert person in actors and state not in actors
    assert (person, "represents", state, False) in claims


def test_a_former_office_in_an_aside_represents_no_state(claims_of):
    """"the former Ugandan president": an office no longer held tells no capacity the person acts in (`offices`)."""
    claims = claims_of("Milton Obote, the former Ugandan president, met Julius Nyerere in Dar es Salaam.\n",
                       date="1979-01-01")
    assert not {o for s, p, o, _ in claims if s == "milton-obote" and p == "represents"}
