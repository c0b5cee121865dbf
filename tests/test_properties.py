"""Properties of the readers and the offset mapping, for any text and any bytes.

- every mention's and every claim's `text[start:end]` is its quote, for any text mixing
  entity names with CRLF, lone CR, NBSP, zero-width and bidi controls, RTL scripts,
  combining marks, emoji and arbitrary code points;
- paragraphs cover every visible character, never overlap, never hold a blank line;
- decoding and building any bytes as .txt, .html or .pdf raise nothing but
  ClaimgraphError, and a refused build leaves the previous output byte-identical.

Example counts are modest and the runs derandomised, so the suite stays fast and CI
sees the same cases every time (`pytest --hypothesis-show-statistics` reports them).
"""

from __future__ import annotations

import re
import tempfile
from functools import lru_cache
from pathlib import Path

from hypothesis import HealthCheck, assume, event, given, settings, strategies as st

import claimgraph
from claimgraph.errors import ClaimgraphError, SourceError
from claimgraph.model import SourceMeta
from claimgraph.read import furniture, read
from claimgraph.read.decode import decode
from claimgraph.read.infer import bare_meta
from claimgraph.recognise import default_recognisers, recognise
from claimgraph.run.build import extract

from .conftest import pdf_with_text

NAMES = ["Armenia", "Azerbaijan", "Nagorno-Karabakh", "Artsakh", "Russia", "Turkey", "Stepanakert", "Karabağ’ın",
         "Republic of Artsakh", "on September 27, 2020", "November 2020", "launched an offensive", "attacked",
         "signed a ceasefire", "according to", "denied", " killed 300 soldiers", "said that"]
ODD = ["\r\n", "\n", "\r", "\n\n", "\r\n\r\n", " ", ". ", ", ", "\t", "\u00a0", "\u200b", "\u200d", "\u202e", "\u2028",
       "\ufeff", "\u0301", "🇦🇲", "👩🏽‍⚕️", "𝔘𝔫", "Հայաստան", "أذربيجان", "אזרבייג'ן", "Karabag\u0306", "<b>&amp;</b>"]
CHARS = st.characters(codec="utf-8", exclude_characters="\x00")

TEXTS = st.lists(st.one_of(st.sampled_from(NAMES), st.sampled_from(ODD), st.text(CHARS, max_size=6)),
                 min_size=1, max_size=40).map("".join)
PROPERTY = settings(derandomize=True, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@lru_cache(maxsize=1)
def recognisers():
    return default_recognisers()


def _read(text: str):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "p.txt"
        path.write_bytes(text.encode("utf-8"))
        meta = SourceMeta(id="p", path=str(path))
        try:
            return read(meta), extract(meta, Path("."), recognisers())
        except SourceError:
            assume(False)  # an empty text: refused, which the bad-input matrix checks


@settings(PROPERTY, max_examples=60)
@given(TEXTS)
def test_every_mention_and_claim_quotes_the_text_exactly(text):
    document, extraction = _read(text)
    assert document.text == text.removeprefix("\ufeff")  # a leading BOM is an encoding signal, not text
    for sentence in recognise(document, recognisers()):
        for mention in sentence.mentions:
            assert document.text[mention.start:mention.end] == mention.text
    for claim in extraction.claims:
        assert extraction.document.text[claim.start:claim.end] == claim.exact


@settings(PROPERTY, max_examples=300)
@given(st.one_of(TEXTS, st.text(st.sampled_from(" \t\r\n\u00a0\u2028ab."), max_size=60)))
def test_paragraphs_cover_every_visible_character_and_never_hold_a_blank_line(text):
    spans = list(furniture.paragraphs(text))
    covered = set()
    for (start, end), following in zip(spans, spans[1:] + [(len(text), len(text))]):
        para = text[start:end]
        assert para and para == para.strip() and end <= following[0]
        assert end - start <= furniture.MAX_PARAGRAPH
        assert not re.search(r"(?>\r\n|\r|\n)[^\S\r\n]*(?>\r\n|\r|\n)", para)
        covered |= set(range(start, end))
    assert all(i in covered for i, char in enumerate(text) if not char.isspace())


@settings(PROPERTY, max_examples=300)
@given(st.one_of(st.binary(max_size=64), TEXTS.map(lambda t: t.encode("utf-16")),
                 st.sampled_from([b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\xff\xfe\x00\x00"]).flatmap(
                     lambda bom: st.binary(max_size=16).map(lambda rest: bom + rest))))
def test_decoding_any_bytes_gives_text_or_a_source_error(data):
    try:
        text = decode(data, Path("x.txt"))
    except SourceError as exc:
        assert str(exc).startswith("x.txt: ")
    else:
        assert text.strip()


def _damaged_pdf(line: str, at: int, junk: bytes) -> bytes:
    pdf = pdf_with_text(line)
    at %= len(pdf)
    return pdf[:at] + junk + pdf[at + len(junk):]


ANY_SOURCE = st.one_of(
    st.tuples(st.just(".txt"), st.one_of(st.binary(max_size=200), TEXTS.map(str.encode))),
    st.tuples(st.just(".html"), st.one_of(st.binary(max_size=200), TEXTS.map(lambda t: f"<p>{t}</p>".encode()))),
    st.tuples(st.just(".pdf"), st.one_of(
        st.binary(max_size=200),
        st.builds(_damaged_pdf, st.text(st.sampled_from("Armenia Azerbaijan attacked.,"), max_size=40),
                  st.integers(0, 10_000), st.binary(min_size=1, max_size=8)))),
)
PREVIOUS = b"<https://ex.org/s> <https://ex.org/p> <https://ex.org/o> <https://ex.org/g> .\n"


@settings(PROPERTY, max_examples=120)
@given(ANY_SOURCE)
def test_building_any_bytes_raises_only_claimgraph_errors_and_keeps_the_old_output(source):
    suffix, data = source
    with tempfile.TemporaryDirectory() as folder:
        path, out = Path(folder) / f"s{suffix}", Path(folder) / "out.nq"
        path.write_bytes(data)
        out.write_bytes(PREVIOUS)
        try:
            claimgraph.build([bare_meta(path)], out, recognisers=recognisers(), jobs=1)
            event(f"{suffix} built")
        except ClaimgraphError as exc:
            event(f"{suffix} refused: {exc.reason.split('(')[0].split(' at byte')[0]}")
            assert str(exc).startswith(str(path)), exc
            assert out.read_bytes() == PREVIOUS
        assert not list(Path(folder).glob(".*.tmp"))
