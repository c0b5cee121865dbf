"""dates29: a date that ends its clause before "and" and the subject of the next clause, with a verb of its own
("met the minister in March and further talks were planned for the summer"), is the first clause's act's, not the
subject's: the meeting was in March, the talks are not."""

from __future__ import annotations

import pytest

from .test_extraction import the_one, values


@pytest.mark.parametrize("text, source, cls, value", [
    ("The foreign minister had met his Ethiopian counterpart in Nairobi in March and further talks were planned for "
     "the summer.", "2019-06-01", "Meeting", "2019-03"),
    ("The two envoys met in Geneva on 4 May and new talks were expected within weeks.", "2016-08-01", "Meeting",
     "2016-05-04"),
])
def test_the_date_before_the_next_subject_is_the_first_act_s(claims_of, text, source, cls, value):
    claims = claims_of(text, source)
    assert values(claims, the_one(claims, cls), "startDate") == {value}


def test_a_verb_joined_after_the_date_still_takes_it(claims_of):
    """Near-miss: "and attacked" shares the subject and the time of the clause before; no subject of its own."""
    claims = claims_of("Rebels crossed the border in March and attacked the town of Kidal.", "2013-08-01")
    assert values(claims, the_one(claims, "Attack"), "startDate") == {"2013-03"}
