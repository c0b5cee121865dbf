"""Review guards for the layout29 rules (`recognise.labels`, `read.subtitles`): sentences where the merged rules read
worse than the base commit, each stated with its mended reading."""

from __future__ import annotations

from claimgraph.model import SourceMeta
from claimgraph.read.subtitles import plain
from claimgraph.recognise.labels import starts
from claimgraph.run.build import extract

from .conftest import read_as_typed

_BACKGROUND = ("Background:\nIn 1982 Argentine forces invaded the Falkland Islands and Britain sent a task force\n"
               "which retook Port Stanley in June after heavy fighting on the surrounding hills\n")


def test_a_sentence_wrapped_under_a_lone_label_is_no_list():
    assert starts(_BACKGROUND) == [0, len("Background:\n")]


def test_the_capture_told_in_the_wrapped_line_keeps_its_actor(claims_of):
    claims = claims_of(_BACKGROUND, date="2012-11-30")
    captures = {s for s, p, o, _ in claims if p == "type" and o == "Capture"}
    assert any(s in captures and p == "hasActor" and o == "united-kingdom" for s, p, o, _ in claims)


def test_a_days_name_heading_a_line_is_its_time_and_no_label():
    timeline = ("Monday: Rebels seized the airport at Goma.\nTuesday: Government troops shelled the rebel positions "
                "near Sake.\nWednesday: The two sides signed a ceasefire in Kampala.\n")
    assert starts(timeline) == []


_REEL = ("1\n00:00:01,000 --> 00:00:04,000\nNARRATOR: By nightfall the rebels\nhad reached the river crossing at Kasongo\n\n"
         "2\n00:00:04,000 --> 00:00:07,000\nCOLONEL DIALLO: We attacked them at the bridge.\n\n"
         "3\n00:00:07,000 --> 00:00:10,000\nNARRATOR: The town fell two days later.\n")


def test_a_speakers_tag_in_the_next_cue_opens_a_turn_and_joins_no_line():
    text = plain(_REEL)
    assert text[text.index("Kasongo") + len("Kasongo")] == "\n"
    assert "had reached" in text and "\nhad reached" not in text  # a line that goes on still joins the next


def test_the_place_before_a_speakers_tag_is_still_named(tmp_path, recognisers):
    (tmp_path / "t.txt").write_text(_REEL, encoding="utf-8")
    meta = SourceMeta(id="t", path="t.txt", date="1964-07-01", language="en")
    claims = {row for c in extract(meta, tmp_path, recognisers).claims for row in read_as_typed(c)}
    assert ("kasongo", "type", "Settlement", False) in claims
    assert not any(s != "narrator" and "narrator" in s for s, _, _, _ in claims)
