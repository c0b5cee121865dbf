"""A subtitle file (`read.subtitles`): its cue numbers, timecodes and sound notes are no words, and a sentence the
cues cut goes on across them; the text keeps its length, so every kept word stands at its offset in the file."""

from __future__ import annotations

from claimgraph.model import SourceMeta
from claimgraph.read import read
from claimgraph.read.subtitles import plain
from claimgraph.run.build import extract

_NEWSREEL = ("1\n00:00:01,000 --> 00:00:04,000\nNEWSREEL No. 12\n\n"
             "2\n00:00:04,200 --> 00:00:08,000\nOn 3 March rebel fighters\nattacked the army garrison\n\n"
             "3\n00:00:08,000 --> 00:00:11,500\nat Kindu, on the Lualaba river.\n\n"
             "4\n00:00:12,000 --> 00:00:13,000\n[GUNFIRE]\n\n"
             "5\n00:00:13,200 --> 00:00:17,000\n\"We held the bridge until dawn,\n\n"
             "6\n00:00:17,000 --> 00:00:19,000\n- A soldier of the garrison.\n")


def _words(text: str) -> str:
    return " ".join(text.split())


def test_cue_headers_and_sound_notes_are_spaces_and_the_cut_sentence_goes_on():
    text = plain(_NEWSREEL)
    assert len(text) == len(_NEWSREEL)
    assert all(text[i] == c for i, c in enumerate(_NEWSREEL) if not text[i].isspace())
    assert "-->" not in text and "GUNFIRE" not in text
    assert "NEWSREEL No. 12\n" in text  # a caption in capitals goes on in no cue
    line = next(line for line in text.splitlines() if "rebel fighters" in line)
    assert _words(line) == "On 3 March rebel fighters attacked the army garrison at Kindu, on the Lualaba river."
    assert "\n- A soldier" in text  # a speaker's name after a dash is no word of what they said


def test_a_place_told_in_the_next_cue_is_the_attacks(tmp_path, recognisers):
    (tmp_path / "t.txt").write_text(_NEWSREEL, encoding="utf-8")
    meta = SourceMeta(id="t", path="t.txt", date="2015-03-10", language="en")
    document, claims = read(meta, tmp_path), extract(meta, tmp_path, recognisers).claims
    assert document.text_sha256 and all(document.text[c.start:c.end] == c.exact for c in claims)
    attacks = {c.subject for c in claims if c.predicate == "type" and getattr(c.obj, "value", c.obj) == "Attack"}
    assert any(c.subject in attacks and c.predicate == "hasPlace" and c.obj == "kindu" for c in claims)


def test_a_text_with_times_but_no_cues_is_left_as_it_is():
    log = "10:00 - 12:00: shelling near Donetsk.\n12:05:00,000 --> the line went quiet.\n14:00 talks resumed.\n"
    assert plain(log) == log
    two = "1\n00:00:01,000 --> 00:00:04,000\nOne\n\n2\n00:00:04,000 --> 00:00:06,000\nTwo\n"
    assert plain(two) == two
