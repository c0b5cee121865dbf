"""dates30b: how date expressions are read. "tomorrow", "25 years ago today", "next year"; a weekday that glosses a
year-less day with no comma ("Tuesday 14 March"), whose year must put the day on that weekday; "since the middle of
February" (the month, as coarse as written); two-digit years ("back in '73", a log's "18 JAN 74", a signal's
"030215Z AUG 64", whose "1500H" is no year); "that April" (of the year told last); a message's, a post's and an update's own day in a field ("Date: Tue, 03
Mar 1998 10:12:44 GMT", "@desk · Mar 3, 2011 · 9:14 AM", "UPDATE, 20 June 2015:"); a diary's "Friday 7th.", in the
month of the entries around it."""

from __future__ import annotations

import pytest

from .test_recognise import shared_recognisers


def _dates_read(text: str, source_date: str) -> list[tuple[str, str]]:
    """The words and values of the text's date mentions, relative dates anchored."""
    from claimgraph.extract.dates import anchored
    from claimgraph.model import Block, Document, SourceMeta
    from claimgraph.recognise import recognise

    doc = Document(SourceMeta(id="t", path="t.txt", date=source_date), text, (Block(0, len(text), "body", "en"),), "0",
                   "text/plain")
    return [(m.text, m.value) for s in anchored(recognise(doc, shared_recognisers()), text, source_date)
            for m in s.mentions if m.kind in ("date", "dateline")]


@pytest.mark.parametrize("text, source, read", [
    ("Officials said the convoy would leave Gao tomorrow.", "2021-05-10", ("tomorrow", "2021-05-11")),
    ("25 years ago today, rebels stormed the radio station.", "2021-05-10", ("25 years ago today", "1996-05-10")),
    ("The company says the mine could reopen late next year.", "2021-05-10", ("next year", "2022")),
    ("Since the middle of February, an armed band has held the village.", "2013-03-08", ("February", "2013-02")),
    ("The navy had declared the gulf closed back in '73, and nobody accepted it.", "2004-05-14", ("'73", "1973")),
    ("The fleet came back in March of '86 and stayed.", "2004-05-14", ("March of '86", "1986-03")),
    ("The fleet came back in March 1986, and then there was the raid on the port that April.", "2004-05-14",
     ("that April", "1986-04")),
])
def test_an_expression_is_read_as_the_date_it_tells(text, source, read):
    assert read in _dates_read(text, source)


@pytest.mark.parametrize("text", ["Tomorrow's vote will decide it.", "Over the next year the mine will reopen.",
                                  "In 1986 the minister said that March would decide it."])
def test_a_thing_s_tomorrow_or_the_next_year_is_no_date_of_the_source(text):
    """Near-misses: "tomorrow's vote" names a thing; "the next year" counts from the story (none told here); "said
    that March" opens what was said."""
    assert [value for _, value in _dates_read(text, "2021-05-10") if value != "1986"] == []


def test_a_weekday_without_a_comma_glosses_the_day_and_picks_its_year():
    """"Between the night of Tuesday 14 March and the morning of Thursday 16 March 1961": 14 March 1961 is a Tuesday,
    in a report of 1990 whose own March 14 is a Wednesday; the weekday is no date of its own."""
    assert _dates_read("Between the night of Tuesday 14 March and the morning of Thursday 16 March 1961, militiamen "
                       "shelled the refugee camp at Kamina.", "1990-01-10") == [("14 March", "1961-03-14"),
                                                                               ("16 March 1961", "1961-03-16")]


def test_a_weekday_that_fits_no_year_near_leaves_the_day_undated():
    """Near-miss: "Friday 14 March" in a text of 1990-05 with no other year: 14 March is no Friday in 1989-1991, and
    the day is better undated than dated wrong."""
    assert _dates_read("On Friday 14 March the militia shelled the camp.", "1990-05-02") == []


@pytest.mark.parametrize("text, source, read", [
    ("HQ-7 DECK LOG\n\n18 JAN 74\n1500H  Arrived off the island. Troops were landed.\n", "1974-01-20",
     [("18 JAN 74", "1974-01-18")]),
    ("030215Z AUG 64\nDESTROYER REPORTS TORPEDO ATTACK BY PATROL BOATS YESTERDAY\n", "1964-08-07",
     [("030215Z AUG 64", "1964-08-03"), ("YESTERDAY", "1964-08-02")]),
])
def test_a_log_s_or_a_signal_s_day_has_a_two_digit_year(text, source, read):
    """A log's day heading and a signal's date-time group; the signal's "YESTERDAY" counts from its own day, and a
    log's clock time ("1500H") is no year."""
    assert _dates_read(text, source) == read


@pytest.mark.parametrize("text, source, read", [
    ("From: a reader\nDate: Tue, 03 Mar 1998 10:12:44 GMT\n\nThe rebels shelled the port yesterday.\n", "1998-03-10",
     ("yesterday", "1998-03-02")),
    ("The club was fined.\n\nUPDATE, 20 June 2015: The league yesterday banned the club.\n", "2015-06-01",
     ("yesterday", "2015-06-19")),
])
def test_a_field_s_day_is_what_its_message_counts_from(text, source, read):
    """A message's "Date:" field, an update's label: their "yesterday" is the day before theirs, not the source's."""
    assert read in _dates_read(text, source)


def test_a_post_s_own_day_is_no_time_of_the_story():
    """A thread's posts, each under its author and day: "April 5" is of the story the first post went back to."""
    text = ("@histdesk · Mar 3, 2011 · 9:14 AM\n30 years ago today: a patrol boat rammed a trawler off the cape.\n\n"
            "@histdesk · Mar 3, 2011 · 9:20 AM\nThe crew was freed on April 5.\n")
    assert ("April 5", "1981-04-05") in _dates_read(text, "2011-03-03")


def test_a_diary_s_day_heading_without_its_month_is_in_the_month_of_the_entries():
    """"Friday 7th." under an entry of Monday 3 May 1999: 7 May, a Friday; its "this morning" is that day."""
    text = ("Monday 3 May 1999\nThe shelling went on all night.\n\nFriday 7th.\nThe militia burned the market this "
            "morning.\n")
    assert _dates_read(text, "1999-06")[-2:] == [("Friday 7th", "1999-05-07"), ("this morning", "1999-05-07")]


def test_a_header_s_day_is_no_day_the_next_day_counts_from():
    """An interview's "Date: 14 May 2004" dates the telling: "the next day" after "the summer of 1981" is no day at
    all, not 15 May 2004."""
    text = ("Interviewer: M. Szabo\nDate: 14 May 2004\n\nQ: You were on the carrier in the summer of 1981.\nA: Yes. "
            "There was a rumour the whole air force would come out the next day.\n")
    assert _dates_read(text, "2004-05-14") == [("14 May 2004", "2004-05-14"), ("1981", "1981")]
