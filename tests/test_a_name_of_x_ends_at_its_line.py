"""An event's or agreement's name "Kind of Place" ends at its line.

Seen on session 25's texts (set A): a section heading "Fall of <city>" over a paragraph opening "Federal forces
encircled <city>" was read as one name "Fall of <city> Federal", a spurious capture. A heading's last word and the first
word of the line under it are no one name. Near miss: a name of several words on one line keeps them all.
"""

from __future__ import annotations

import pytest


def _labels(extraction, cls: str) -> set[str]:
    return {c.exact for c in extraction.claims if c.predicate == "type" and getattr(c.obj, "value", c.obj) == cls}


@pytest.mark.parametrize("text, cls, name", [
    ("The rebels held the north for a year.\n\nFall of Kindu\nGovernment forces encircled Kindu in May 2003.\n",
     "Capture", "Fall of Kindu"),
    ("The war spread in 1999.\n\nBattle of Bunia\nMilitias attacked Bunia in June.\n", "Battle", "Battle of Bunia"),
    ("Fighting ended in 2002.\n\nTreaty of Pretoria\nThe treaty was signed in July 2002.\n", "Treaty",
     "Treaty of Pretoria"),
])
def test_a_headings_name_does_not_run_into_the_line_under_it(extraction_of, text, cls, name):
    labels = _labels(extraction_of(text, date="2004-01-01"), cls)
    assert name in labels and not any("\n" in label for label in labels)


def test_a_name_on_one_line_keeps_its_words(extraction_of):
    text = "The Battle of Kisangani Airport began in June 2000.\n"
    assert _labels(extraction_of(text, date="2004-01-01"), "Battle") == {"Battle of Kisangani Airport"}
