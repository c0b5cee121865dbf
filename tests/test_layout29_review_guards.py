"""Review guards for the layout29 rules (`recognise.labels`, `read.subtitles`): sentences where the merged rules read
worse than the base commit, each stated with its mended reading."""

from __future__ import annotations

from claimgraph.recognise.labels import starts

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
