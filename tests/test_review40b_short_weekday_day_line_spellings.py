"""s40 review of dates40a: a notebook's day line with its weekday cut short is read however it is written ("THU 10
DEC" in capitals, "Thu, 10 Dec" with a comma; "Tues 15th -", a day and its ordinal alone), and "on Tues, 15th" is
that day as "on Tues 15th" is; but "on Sun 18th-century furniture" is a sale's, no day."""

from __future__ import annotations

import pytest

from claimgraph.recognise.dates import RelativeDates
from claimgraph.recognise.nlp import pipeline

from .test_extraction import the_one, values

_ADEN = "Aid worker's notebook, Aden\n\nThe fighters say the 5 November 2019 Riyadh Agreement is dead.\n\n"
_GOMA = "Notebook, Goma\n\nThu 17 Apr 2008\nTwo pieces of news.\n\n"


@pytest.mark.parametrize("text, date, cls, value", [
    (_ADEN + "THU 10 DEC\n- Separatist fighters shelled the airport road at dawn.\n", "2020-12-20", "Attack",
     "2020-12-10"),
    (_GOMA + "Tues 15th - Masisi\nMasisi retaken by rebels - dozens dead.\n", "2008-05-01", "Capture", "2008-04-15"),
    (_GOMA + "Tues 15th\nMasisi retaken by rebels - dozens dead.\n", "2008-05-01", "Capture", "2008-04-15"),
    (_GOMA + "Masisi retaken by rebels on Tues, 15th - dozens dead.\n", "2008-05-01", "Capture", "2008-04-15"),
])
def test_a_day_line_s_short_weekday_however_spelt_picks_its_day(claims_of, text, date, cls, value):
    claims = claims_of(text, date)
    assert values(claims, the_one(claims, cls), "startDate") == {value}, text


def test_a_short_weekday_before_an_ordinal_joined_to_a_word_is_no_day():
    text = "Rioters attacked the auction house on Sun 18th-century furniture day."
    assert [c.value for c in RelativeDates()(pipeline()(text)) if c.value.startswith("weekday-day")] == []
