"""Guards of session 32's review of dates32, modality32 and roles32: sentences of other kinds of text on which a new
rule made a wrong claim.

- "suspect" alleges only as a verb after its subject ("Analysts suspect the general ordered the raid"), not the noun
  after a possessive or before a verb ("His suspects were arrested", "Drugs suspects were arrested": the arrest told).
- A judgment leaves told only a definite act ("Kyiv says the referendum was illegal"): "Lawyers said an invasion is
  illegal" judges a kind of act, tells none as the source's own.
- "MAY" before a verb in a headline of capitals is the modal, its number a count ("ARMY SAYS 5 MAY HAVE DIED"), no day.
- A place a preposition told, named again before a word of fighters ("Ndoleko fighters attacked the post"), is where
  the men come from, no place of their act.
"""

from __future__ import annotations

import pytest

from claimgraph.recognise.dates import RelativeDates
from claimgraph.recognise.nlp import pipeline


def _typing(extraction_of, text: str, word: str):
    """The typing claim told by `word` (the test fails if there is none)."""
    return next(c for c in extraction_of(text).claims if c.predicate == "type" and c.exact == word)


@pytest.mark.parametrize("text, word", [
    ("His suspects were arrested after the attack on the embassy.", "arrested"),
    ("Drugs suspects were arrested after the raid on the port.", "arrested"),
    ("A war crimes suspect was handed over to the court after the massacre.", "handed over"),
])
def test_the_noun_suspect_alleges_nothing(extraction_of, text, word):
    assert _typing(extraction_of, text, word).modality == "Asserted", text


def test_a_judgment_of_a_kind_of_act_tells_no_act(extraction_of):
    assert _typing(extraction_of, "Lawyers said an invasion is illegal under international law.",
                   "invasion").modality == "Reported"


def test_may_before_a_verb_in_capitals_is_no_day():
    assert [c.value for c in RelativeDates()(pipeline()("ARMY SAYS 5 MAY HAVE DIED IN THE ATTACK"))] == []


def test_a_place_named_again_before_fighters_places_no_act(claims_of):
    claims = claims_of("Fighting broke out near Ndoleko. Ndoleko fighters attacked the army post.\n")
    attacks = {s for s, p, o, _ in claims if p == "type" and o == "Attack"}
    assert attacks and not {o for s, p, o, _ in claims if s in attacks and p == "hasPlace"}



def test_a_place_named_again_with_a_role_in_apposition_is_no_place(extraction_of):
    text = "He grew up near Ballard. Ballard, the rebel commander, denied the attack.\n"
    second = text.index(". ") + 2
    assert not [c for c in extraction_of(text).claims if c.predicate == "type" and c.obj == "Place"
                and c.start >= second]
