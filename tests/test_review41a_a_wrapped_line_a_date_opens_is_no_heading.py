"""s41 review of dates41a: a date that opens a line of a hard-wrapped paragraph, a name after its comma ("agreed
on\n17 August 2015, President Ghani\nsaid") or a word in capitals and a dash before it, is no entry's heading when
the sentence runs on into the next line in lower case: the text's "yesterday" still counts from its own date. A
heading with its place after a comma over an entry stays one (tests/test_dates41a_entries_count_from_their_heading.py)."""

from __future__ import annotations

import pytest

from .test_extraction import the_one, values


@pytest.mark.parametrize("text, date, cls, value", [
    ("KABUL (Reuters) - Officials said the truce, first agreed on\n17 August 2015, President Ghani\nsaid, had "
     "collapsed. Taliban fighters attacked a checkpoint in Ghazni yesterday.\n", "2015-09-03", "Attack", "2015-09-02"),
    ("JUBA (AP) - The deal was signed on\nMonday, 17 August 2015, Addis Ababa\nofficials said. Rebels attacked the "
     "town of Bor yesterday.\n", "2015-09-03", "Attack", "2015-09-02"),
    ("HARARE - He was sworn in as\nPRESIDENT -- 17 August 2015\nand has ruled since. Police attacked the "
     "protesters in Bulawayo yesterday.\n", "2015-09-03", "Attack", "2015-09-02"),
])
def test_a_wrapped_line_a_date_opens_is_no_heading(claims_of, text, date, cls, value):
    claims = claims_of(text, date)
    assert values(claims, the_one(claims, cls), "startDate") == {value}, text
