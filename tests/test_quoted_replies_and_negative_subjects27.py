"""Two shapes that told an act the text does not assert (events27b): a reply's quoted line ("> Serb forces attacked
the hospital") repeating a message told above it, with that message's hedge lost; and a pronoun that denies its
clause as its subject ("Nothing was signed", "Nobody was arrested"). The near-misses: a quote of a message the text
does not hold is read, and "nothing" as an object denies no act.
"""

from __future__ import annotations

import pytest

THREAD = """From: a.writer@example.org
Subject: Gorazde
Date: Mon, 11 Apr 1994 10:00:00 GMT

A friend in Sarajevo says Serb forces attacked the hospital in Gorazde last night.

From: b.writer@example.org
Subject: Re: Gorazde
Date: Mon, 11 Apr 1994 12:00:00 GMT

> Serb forces attacked the hospital in Gorazde last night.

Not true. It was a stray round.

> NATO aircraft bombed Serb positions near Gorazde on Sunday

Yes, two F-16s did.
"""


def typings(extraction, word: str) -> list:
    return [c for c in extraction.claims if c.predicate == "type" and c.exact == word]


def test_a_quoted_line_told_above_asserts_no_act(extraction_of):
    attacks = typings(extraction_of(THREAD, "1994-04-11"), "attacked")
    assert attacks and {c.modality for c in attacks} == {"Reported"}


def test_a_quoted_line_told_nowhere_above_is_read(extraction_of):
    assert typings(extraction_of(THREAD, "1994-04-11"), "bombed")


@pytest.mark.parametrize("text, word", [
    ("The delegations met in Lusaka on 3 May 1994. Nothing was signed.", "signed"),
    ("Nobody was arrested after the riots in Kampala on 2 May 1994.", "arrested")])
def test_a_negative_pronoun_as_subject_denies_its_act(extraction_of, text, word):
    found = typings(extraction_of(text + "\n", "1999-06-01"), word)
    assert found and {c.modality for c in found} == {"Denied"}, text


def test_nothing_as_an_object_denies_no_act(extraction_of):
    found = typings(extraction_of("The police did nothing while rebels attacked the convoy on 2 May 1994.\n",
                                  "1994-06-01"), "attacked")
    assert found and {c.modality for c in found} == {"Asserted"}
