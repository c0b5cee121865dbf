"""Review of roles26 (a name before a relative aside keeps the verb after it; a state naming an office in an aside
is the person's title): sentences where the merged rules read worse than before them.

- A form of "be" after the aside's closing comma is no verb the name did: "Milosevic, who had ordered the offensive,
  was arrested" suffered the arrest (target, as without the aside), and "The army, which had massed troops, was
  planning to attack" only planned it; rejoined, the name became an asserted actor of both; so too after "did not
  sign" (denied) and "will sign" (planned).
- An aside after an act's object ("bombed Beirut, which Syrian troops had occupied, then withdrew") is the object's:
  rejoined, its names became actors of the bombing.
- "the Iraqi president's son" names an office of another person: the name before it represents no state."""

from __future__ import annotations


def _acting(claims, cls: str) -> set[str]:
    events = {s for s, p, o, _ in claims if p == "type" and o == cls}
    return {o for s, p, o, _ in claims if s in events and p in ("hasActor", "initiatedBy")}


def test_the_passive_subject_after_an_aside_is_no_actor(claims_of):
    claims = claims_of("Slobodan Milosevic, who had ordered the offensive in Kosovo, was arrested in Belgrade in "
                       "April 2001.\n", date="2001-06-01")
    assert "slobodan-milosevic" not in _acting(claims, "Arrest")


def test_a_plan_after_an_aside_is_no_asserted_act(extraction_of):
    claims = extraction_of("The Ethiopian army, which had massed troops near Badme, was planning to attack Eritrea "
                           "in 1999.\n", "2000-01-01").claims
    assert not [c for c in claims if c.predicate in ("hasActor", "initiatedBy") and c.modality == "Asserted"]


def test_an_aside_naming_another_persons_office_is_no_title(claims_of):
    claims = claims_of("Ethiopia accused Isaias Afwerki, the Eritrean president's envoy, of arming rebels in "
                       "Somalia.\n", date="2000-01-01")
    assert not {o for s, p, o, _ in claims if s == "isaias-afwerki" and p == "represents"}


def test_an_aside_after_an_acts_object_joins_nothing_to_the_act(claims_of):
    """"bombed Beirut, which Syrian troops had occupied, then withdrew": the aside describes what was bombed; its
    names took no part in the bombing."""
    claims = claims_of("Israeli jets bombed Beirut, which Syrian troops had occupied, then withdrew in June 1982.\n",
                       date="1983-01-01")
    assert "syrian-armed-forces" not in _acting(claims, "Attack")


def test_a_negated_or_future_verb_after_an_aside_asserts_no_role(extraction_of):
    """"did not sign" denies the signing, "will sign" plans it: read through the rejoined aside, the subject became an
    asserted signer and party while the dates were denied or planned."""
    for sentence in ("Ecuador, which had denied the attack, did not sign the ceasefire in February 1995.\n",
                     "Peru, which had lost Tiwinza in the fighting, will sign the ceasefire in March 1995.\n"):
        claims = extraction_of(sentence, "1995-01-01").claims
        assert not [c for c in claims if c.predicate in ("hasActor", "party") and c.modality == "Asserted"], sentence
