"""Guards from the review of roles27 (session 27, fix-roles27): sentences the branch read worse than its base.

- A name that is the object of a phrase before ", which" / ", who" ("the campaign against the Houthis, which bombed",
  "a spokesman for the Taliban, who fled") did not do the act of the active verb after the pronoun: the pronoun may
  stand for the phrase's head (`extract.relative_subjects`, `CUES.OBJECT_OF_PHRASE`: "of", "for", "against", "on";
  "a war with Libya, which withdrew" keeps Libya's act).
- For a passive verb of harm, the name after "of" did not suffer it ("The Kurds of Iraq, who were attacked"): the
  head before "of" did (`CUES.OF_PHRASE`).
- Who talks were "not mediated by" took no part in them (`parties.takes_part`).
The guards failed on 7ba3c10; the last test (a name after "with") states where the narrowing stops.
"""

from __future__ import annotations

import pytest

from .test_extraction import typed, values


def _acting(claims, name: str) -> set[str]:
    """The events the claims give `name` as an actor of."""
    return {e for e in typed(claims, "Event")
            if name in values(claims, e, "hasActor") | values(claims, e, "initiatedBy")}


@pytest.mark.parametrize(("sentence", "name"), [
    ("The Saudi-led campaign against the Houthis, which bombed the airport in Sanaa, drew criticism.",
     "houthi-movement"),
    ("A spokesman for the Taliban, who fled to Pakistan in 2001, spoke to reporters.", "taliban"),
])
def test_a_phrases_object_before_a_relative_pronoun_did_not_do_its_act(claims_of, sentence, name):
    assert not _acting(claims_of(sentence + "\n", date="2021-01-01"), name)


def test_who_talks_were_not_mediated_by_took_no_part_in_them(claims_of):
    claims = claims_of("The talks between Israel and Hamas were not mediated by Turkey, a spokesman said.\n",
                       date="2021-01-01")
    assert not _acting(claims, "turkey")


def test_a_name_after_with_before_a_relative_pronoun_still_did_its_act(claims_of):
    claims = claims_of("Chad fought a border war with Libya, which withdrew its troops in 1987.\n", date="1990-01-01")
    assert any("libya" in values(claims, e, "hasActor") for e in typed(claims, "Event"))


def test_the_name_after_of_before_a_relative_pronoun_did_not_suffer_its_passive(claims_of):
    claims = claims_of("The Kurds of Iraq, who were attacked with gas at Halabja in 1988, fled to Turkey.\n",
                       date="2015-01-01")
    assert not {e for e in typed(claims, "Event") if "iraq" in values(claims, e, "target")}
