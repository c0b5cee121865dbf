"""Odd but valid input: read right, with offsets exact into the text as decoded.

Every build here is checked the same way: each annotation's `oa:exact` equals
`text[oa:start:oa:end]`, where `text` is the source decoded (BOM consumed, nothing else
changed) and offsets are Python string indices, i.e. Unicode code points, never UTF-16
units or bytes. The last part checks that text is data: quotes holding HTML, JavaScript,
SPARQL and Turtle syntax come back out of every serialisation exactly as they went in.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

import claimgraph
from claimgraph.model import SourceMeta
from claimgraph.rdf import trig
from claimgraph.read import furniture, read

from .conftest import CORPUS

NEWS = CORPUS / "sources" / "hovhannisyan-2024.txt"

SELECTORS = """
SELECT ?exact ?start ?end WHERE {
  ?target oa:hasSelector ?quote, ?position .
  ?quote oa:exact ?exact .
  ?position oa:start ?start ; oa:end ?end .
}"""


def quotes(graph: Path) -> list[tuple[str, int, int]]:
    """(exact, start, end) of every annotation in a built graph, sorted."""
    rows = claimgraph.select(claimgraph.open_store(graph), SELECTORS).rows
    return sorted((r["exact"], int(r["start"]), int(r["end"])) for r in rows)


def build_bare(path: Path, **kwargs) -> list[tuple[str, int, int]]:
    """Build one bare file and check every quote against the text it was read as."""
    out = path.with_suffix(".trig")
    claimgraph.build_files([path], out, **kwargs)
    text = read(SourceMeta(id="x", path=str(path), encoding=kwargs.get("encoding"))).text
    found = quotes(out)
    assert found, "expected some claims"
    for exact, start, end in found:
        assert text[start:end] == exact
    return found


# --- line endings ------------------------------------------------------------------------

def test_crlf_paragraphs_are_the_lf_paragraphs_and_the_carriage_returns_stay(tmp_path):
    lf = NEWS.read_text(encoding="utf-8")
    crlf = lf.replace("\n", "\r\n")
    (tmp_path / "crlf.txt").write_bytes(crlf.encode("utf-8"))
    doc = read(SourceMeta(id="crlf", path=str(tmp_path / "crlf.txt")))
    assert doc.text == crlf  # no newline translation
    as_lf = [crlf[s:e].replace("\r\n", "\n") for s, e in furniture.paragraphs(crlf)]
    assert as_lf == [lf[s:e] for s, e in furniture.paragraphs(lf)]


def test_crlf_text_gives_the_same_claims_with_offsets_into_the_crlf_text(tmp_path):
    lf, crlf = tmp_path / "lf.txt", tmp_path / "crlf.txt"
    text = NEWS.read_text(encoding="utf-8")
    lf.write_text(text, encoding="utf-8", newline="\n")
    crlf.write_text(text, encoding="utf-8", newline="\r\n")
    from_lf, from_crlf = build_bare(lf), build_bare(crlf)
    shifted = sorted((e.replace("\n", "\r\n"), s + text[:s].count("\n"), e_ + text[:e_].count("\n"))
                     for e, s, e_ in from_lf)
    assert from_crlf == shifted  # each offset moved by the carriage returns before it


def test_lone_carriage_returns_end_lines_too():
    text = "Armenia and Azerbaijan\rsigned a ceasefire.\r\rRussia sent peacekeepers."
    assert [text[s:e] for s, e in furniture.paragraphs(text)] == [
        "Armenia and Azerbaijan\rsigned a ceasefire.", "Russia sent peacekeepers."]


def test_trailing_white_space_does_not_end_a_paragraph():
    text = "Armenia and Azerbaijan \u00a0\nsigned a ceasefire.\n\u00a0\nRussia sent peacekeepers."
    assert [text[s:e] for s, e in furniture.paragraphs(text)] == [
        "Armenia and Azerbaijan \u00a0\nsigned a ceasefire.", "Russia sent peacekeepers."]


# --- characters ------------------------------------------------------------------------

ODD = (
    "🇦🇲🇦🇿 On September 27, 2020, Azerbaijan\u00a0launched an offensive against Armenia in Nagorno-Karabakh.\n\n"
    "Zero\u200bwidth: the war\u200b ended when Russia\u200d brokered a ceasefire between Armenia and Azerbaijan. 👩🏽‍⚕️\n\n"
    "Հայաստան (Armenia) and أذربيجان (Azerbaijan) and אזרבייג'ן: Azerbaijan attacked Stepanakert. \u202eevil\u202c\n\n"
    "Combining: Karabag\u0306 and Azerbaijan\u0301 met; Turkey supported Azerbaijan with drones. 𝔘𝔫𝔦𝔠𝔬𝔡𝔢\n"
)


def test_emoji_rtl_combining_and_invisible_characters_keep_offsets_exact(tmp_path):
    path = tmp_path / "odd.txt"
    path.write_text(ODD, encoding="utf-8")
    found = build_bare(path)
    # after astral emoji (two UTF-16 units each), offsets still count code points
    first = ODD.index("Azerbaijan")
    assert ("Azerbaijan", first, first + len("Azerbaijan")) in found
    assert any("Stepanakert" in exact for exact, _, _ in found)


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-be", "utf-32"])
def test_byte_order_marked_files_give_the_utf8_quotes(tmp_path, encoding):
    plain, marked = tmp_path / "plain.txt", tmp_path / "marked.txt"
    plain.write_text(ODD, encoding="utf-8")
    data = ODD.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    marked.write_bytes(data)
    assert build_bare(marked) == build_bare(plain)


def test_latin1_is_decoded_by_the_encoding_option(tmp_path):
    path = tmp_path / "old.txt"
    text = "Café talk: on September 27, 2020, Azerbaijan launched an offensive against Armenia.\n"
    path.write_bytes(text.encode("latin-1"))
    found = build_bare(path, encoding="latin-1")
    assert any(exact.startswith("Azerbaijan launched") for exact, _, _ in found)
    result = subprocess.run([sys.executable, "-m", "claimgraph", "build", path, "-o", tmp_path / "cli.trig",
                             "--encoding", "latin-1"], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert quotes(tmp_path / "cli.trig") == found


def test_latin1_is_decoded_by_the_manifest_encoding(tmp_path):
    (tmp_path / "old.txt").write_bytes("Café: Azerbaijan attacked Armenia on September 27, 2020.\n".encode("latin-1"))
    (tmp_path / "sources.toml").write_text('[[source]]\nid = "old"\npath = "old.txt"\nencoding = "latin-1"\n')
    summary = claimgraph.build_corpus(tmp_path)
    assert summary.claims > 0 and ("Azerbaijan", 6, 16) in quotes(summary.output)


def test_a_latin1_html_page_is_decoded_by_the_manifest_encoding(tmp_path):
    page = "<html><body><article><p>Café report: on September 27, 2020, Azerbaijan launched an offensive " \
           "against Armenia in Nagorno-Karabakh, and the fighting lasted for forty-four days.</p></article></body></html>"
    (tmp_path / "page.html").write_bytes(page.encode("latin-1"))
    (tmp_path / "sources.toml").write_text('[[source]]\nid = "page"\npath = "page.html"\nencoding = "latin-1"\n')
    summary = claimgraph.build_corpus(tmp_path)
    assert any(exact.startswith("Azerbaijan launched") for exact, _, _ in quotes(summary.output))


def test_html_scripts_styles_and_entities_never_reach_a_quote(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><style>p { content: 'Armenia' }</style><script>var war = 'Azerbaijan attacked Armenia';</script>"
        "</head><body><article><h1>Ceasefire &amp; after</h1>"
        "<p>On November 10, 2020, Armenia, Azerbaijan &amp; Russia signed a ceasefire &lt;agreement&gt; "
        "&#8212; Russian peacekeepers were deployed along the line of contact in Nagorno&#8209;Karabakh.</p>"
        "<p>Azerbaijan&nbsp;and Armenia had fought for 44 days, the &quot;44-day war&quot;.</p>"
        "<script>document.write('<p>Turkey attacked Armenia</p>')</script></article></body></html>",
        encoding="utf-8")
    found = build_bare(path)
    text = read(SourceMeta(id="page", path=str(path))).text
    assert "Azerbaijan & Russia signed a ceasefire <agreement> \u2014" in text and "&amp;" not in text
    assert not any("var war" in e or "content:" in e or "Turkey attacked" in e or "&amp;" in e for e, _, _ in found)


def test_a_long_single_line_builds_with_exact_offsets(tmp_path):
    """One 50,000-character line, cut into blocks by the reader; speed is measured in bench/, not here."""
    sentence = " ".join(NEWS.read_text(encoding="utf-8").split()) + " "
    path = tmp_path / "line.txt"
    path.write_text((sentence * (50_000 // len(sentence) + 1))[:50_000].rsplit(" ", 1)[0] + ".", encoding="utf-8")
    found = build_bare(path)
    assert max(end for _, _, end in found) > 45_000


def test_n_triples_content_in_a_trig_file_is_valid_trig(tmp_path):
    path = tmp_path / "triples.trig"
    path.write_text('<https://ex.org/s> <https://ex.org/p> "Armenia" .\n', encoding="utf-8")
    assert [q.object.value for q in trig.read(path)] == ["Armenia"]


# --- text is data, never code ----------------------------------------------------------

HOSTILE = (
    'Armenia: """quotes""" and <script>alert(\'Azerbaijan\')</script> in Yerevan.\n\n'
    'On 27 September 2020 Azerbaijan launched an offensive against Armenia }GRAPH <x> { "\\" '
    '<b>bold</b> &amp; ${x} \'\'\' @prefix : <> . in Nagorno-Karabakh.\n\n'
    'Turkey said: ">\'}\' . ; DROP GRAPH <urn:x> ; --> <!-- ]]>" \\n and Russia brokered a ceasefire\n'
    'between Armenia and Azerbaijan on 10 November 2020.\n'
)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> tuple[Path, list[tuple[str, int, int]]]:
    folder = tmp_path_factory.mktemp("hostile")
    path = folder / "hostile.txt"
    path.write_text(HOSTILE, encoding="utf-8")
    found = build_bare(path)
    assert any("<script>" in e for e, _, _ in found) or any("}GRAPH" in e for e, _, _ in found)
    return path.with_suffix(".trig"), found


def test_hostile_quotes_come_back_exactly_from_trig(hostile):
    graph, found = hostile
    assert any('}GRAPH <x> { "\\" <b>bold</b>' in exact for exact, _, _ in found)
    assert any('\\n and Russia brokered a ceasefire\nbetween' in exact for exact, _, _ in found)
    title = claimgraph.select(claimgraph.open_store(graph), "SELECT ?t WHERE { ?s dcterms:title ?t }").rows
    assert title == [{"t": HOSTILE.split("\n")[0]}]


def test_hostile_quotes_come_back_exactly_from_n_quads(hostile, tmp_path):
    graph, found = hostile
    nq = tmp_path / "hostile.nq"
    claimgraph.build_files([graph.with_suffix(".txt")], nq)
    assert quotes(nq) == found
    assert set(trig.read(nq)) == set(trig.read(graph))


@pytest.mark.parametrize("fmt, ext, syntax", [("jsonld", "jsonld", ox.RdfFormat.JSON_LD),
                                               ("nquads", "nq", ox.RdfFormat.N_QUADS)])
def test_hostile_quotes_come_back_exactly_from_the_exports(hostile, tmp_path, fmt, ext, syntax):
    graph, _ = hostile
    out = tmp_path / f"hostile.{ext}"
    result = subprocess.run([sys.executable, "-m", "claimgraph", "export", graph, "--format", fmt, "-o", out],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert set(ox.parse(path=str(out), format=syntax)) == set(trig.read(graph))


def test_hostile_quotes_are_plain_text_in_the_page(hostile, tmp_path):
    graph, found = hostile
    page = tmp_path / "page.html"
    result = subprocess.run([sys.executable, "-m", "claimgraph", "viz", graph, "-o", page],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    html = page.read_text(encoding="utf-8")
    assert "<script>alert(" not in html and "<b>bold</b>" not in html and "<!-- ]]>" not in html
    data = re.search(r'<script type="application/json" id="cg-data">(.*?)</script>', html, re.S).group(1)
    strings = json.dumps(json.loads(data), ensure_ascii=False)
    assert json.dumps(next(e for e, _, _ in found if "<b>bold</b>" in e), ensure_ascii=False)[1:-1] in strings
