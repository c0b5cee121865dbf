"""s40 review of dates40b: an adverb after "until" opens no clause, and "between" may stand before a part of a period.

A clause of "until" between an act and a date ends the act (`UNTIL_CLAUSE`), but "until recently", "until then",
"until further notice" and "until dawn" are no clause with an act of its own: "Troops recaptured the village held until
recently by the rebels on 3 June 2015" was ended, not started, that day. And a range's first half may open with a part
of its period as its second half may: "between the start of 2019 and the end of 2020", "between early 2019 and late
2020" were no range ("and" with no "between" right before the first year), and the later year became the start."""

from __future__ import annotations

import pytest

from .test_dates40b_range_ends_and_until_clauses import dates


@pytest.mark.parametrize("text, cls, told", [
    ("Troops recaptured the village held until recently by the rebels on 3 June 2015.", "Capture",
     {("startDate", "2015-06-03")}),
    ("The militia attacked a town held until then by the army on 3 June 2015.", "Attack",
     {("startDate", "2015-06-03")}),
    ("The government declared a ceasefire until further notice on 3 March 2004.", "Event",
     {("startDate", "2004-03-03")}),
    ("Rebels shelled the city until dawn on 3 March 2004.", "Attack", {("startDate", "2004-03-03")}),
])
def test_an_adverb_after_until_opens_no_clause(claims_of, text, cls, told):
    assert dates(claims_of(text), cls) == told, text


@pytest.mark.parametrize("text", [
    "Between the start of 2019 and the end of 2020 the rebels attacked 40 villages.",
    "Between early 2019 and late 2020 the rebels attacked 40 villages.",
    "Between late 2019 and 2020 the rebels attacked 40 villages.",
])
def test_between_a_part_of_a_year_and_the_next_is_a_range(claims_of, text):
    assert dates(claims_of(text), "Attack") == {("startDate", "2019"), ("endDate", "2020")}, text
