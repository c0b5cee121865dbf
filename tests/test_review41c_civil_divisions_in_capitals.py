"""s41 review of actors41b: a run of words in capitals that a body's kind ends is read as an armed body where it fills
its run, so a court's, a firm's or a fire service's division or brigade in a caption or a heading read as an armed
group ("QUEEN'S BENCH DIVISION", "SALES DIVISION", "LONDON FIRE BRIGADE"). The word before the kind tells its civil
sense (`CUES.COMMON_KIND_OPENERS`), in capitals as in mixed case; a division or a brigade of arms is still read.
"""

from __future__ import annotations

import pytest

from claimgraph.rdf.terms import top_classes


def actors(claims) -> set[str]:
    return {s for s, p, o, _ in claims if p == "type" and "Actor" in top_classes(o)}


@pytest.mark.parametrize("text, not_actor", [
    ("IN THE HIGH COURT OF JUSTICE\nQUEEN'S BENCH DIVISION\nThe judge ruled on 3 March 2015.", "queens-bench-division"),
    ("COURT OF APPEAL (CRIMINAL DIVISION)\nThe appeal was heard on 3 March 2015.", "criminal-division"),
    ("CHANCERY DIVISION\nThe judge ruled on 3 March 2015.", "chancery-division"),
    ("SALES DIVISION\nThe company reported higher profits on Friday.", "sales-division"),
    ("MARKETING DIVISION\nThe company opened a shop on Friday.", "marketing-division"),
    ("LONDON FIRE BRIGADE\nThe fire in Camden was put out on Friday.", "london-fire-brigade"),
])
def test_a_civil_division_or_brigade_in_capitals_is_no_actor(claims_of, text, not_actor):
    found = actors(claims_of(text + "\n", date="2015-01-01"))
    assert not_actor not in found, (text, found)


@pytest.mark.parametrize("text, actor", [
    ("FIRST ARMOURED DIVISION\nThe division moved to Basra on 3 April 2003.", "first-armoured-division"),
    ("HOUSEHOLD CAVALRY REGIMENT\nThe regiment paraded in London on 3 June 2015.", "household-cavalry-regiment"),
])
def test_a_division_of_arms_in_capitals_is_still_read(claims_of, text, actor):
    found = actors(claims_of(text + "\n", date="2015-01-01"))
    assert actor in found, (text, found)
