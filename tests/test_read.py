"""Readers: text as stored, page furniture located, a language on every block."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph import SourceError
from claimgraph.model import SourceMeta
from claimgraph.read import read
from claimgraph.read.decode import decode

from .conftest import CORPUS, pdf_with_text


def _doc(corpus, source_id):
    meta = next(s for s in corpus.sources if s.id == source_id)
    return read(meta, corpus.folder)


def _roles(doc):
    return {doc.text[b.start:b.end].strip(): b.role for b in doc.blocks}


def test_text_is_the_decoded_file_unchanged(corpus):
    doc = _doc(corpus, "asker-ozpinar-2021")
    raw = (CORPUS / "sources" / "asker-ozpinar-2021.txt").read_bytes()
    assert doc.text == raw.decode("utf-8")
    assert "\u00a0" in doc.text  # non-breaking spaces are kept, offsets count them


def test_journal_page_furniture_is_located(corpus):
    roles = _roles(_doc(corpus, "asker-ozpinar-2021"))
    assert roles["PDF View"] == "furniture"
    assert roles["Chicago: Author-Date Style"] == "citation"
    assert roles["Attribution-NonCommercial (CC BY-NC)"] == "licence"
    citations = [t for t, r in roles.items() if t.startswith("Asker") and r == "citation"]
    assert len(citations) == 10  # APA, AMA, ABNT, two Chicago, two Harvard, MLA, Vancouver, ISNAD
    blurb = next(t for t in roles if t.startswith("Istanbul University Press aims"))
    assert roles[blurb] != "body"
    assert roles["Ali Asker"] == roles["Zeynep Gizem Özpınar"] == "byline"


def test_news_page_furniture_is_located(corpus):
    doc = _doc(corpus, "hovhannisyan-2024")
    roles = _roles(doc)
    assert roles["top of page"] == roles["Comments"] == "furniture"
    adverts = next(t for t in roles if t.startswith("Armath"))
    assert roles[adverts] == "furniture"
    assert roles["Albert Hovhannisyan"] == "byline"
    assert roles["44 days of war"] == "body"  # the tag beside the byline is the author's words


def test_turkish_abstract_is_tagged_tr(corpus):
    doc = _doc(corpus, "asker-ozpinar-2021")
    langs = {doc.text[b.start:b.start + 20]: b.lang for b in doc.body_blocks()}
    assert langs["Kafkasya, yakın coğr"] == "tr"
    assert langs["Azerbaycan’ı Zafere "] == "tr"
    assert langs["By virtue of its clo"] == "en"


@pytest.mark.parametrize("text, lang", [
    ("The war began on 27 September 2020.\n", "en"),  # the full model's guess: Nigerian Pidgin
    ("Armenian forces shelled Ganja on 11 October 2020, killing ten civilians.\n", "en"),
    ("La guerra comenzó el 27 de septiembre de 2020.\n", "es"),  # a near tie with Extremaduran
    ("Der Krieg begann am 27. September 2020.\n", "de"),
    ("Война началась 27 сентября 2020 года и длилась 44 дня.\n", "ru"),
    ("ომი 2020 წლის 27 სექტემბერს დაიწყო და 44 დღე გაგრძელდა.\n", "ka"),
])
def test_a_one_sentence_text_is_tagged_with_its_major_language(tmp_path, text, lang):
    path = tmp_path / "one.txt"
    path.write_text(text, encoding="utf-8")
    doc = read(SourceMeta(id="one", path=str(path)))
    assert {b.lang for b in doc.blocks} == {lang}


SENTENCE = "Armenian forces shelled Ganja on 11 October 2020, killing ten civilians."


@pytest.fixture
def language_cache(tmp_path, monkeypatch):
    """An empty disk cache for the language model, and a `again()` that makes the next detection read
    it as a new process would (the model and the verdicts are cached in the process too)."""
    from claimgraph.read import language

    def again() -> None:
        language._identifier.cache_clear()
        language.detect.cache_clear()
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    again()
    yield tmp_path / "claimgraph" / "language", again
    again()


def test_the_language_model_is_read_from_the_disk_cache_after_its_first_reading(language_cache, monkeypatch):
    """Reading the compressed model is about half a second of every process that reads a text
    (a rebuild after one article changed): the next process reads it from the disk cache."""
    from py3langid.langid import LanguageIdentifier

    from claimgraph.read import language

    folder, again = language_cache
    first = language.detect(SENTENCE)
    assert len(list(folder.glob("*.pickle"))) == 1
    again()
    monkeypatch.setattr(LanguageIdentifier, "from_model_file", None)  # the model file is not read again
    assert language.detect(SENTENCE) == first
    assert first[0] == "en"


def test_a_damaged_language_model_in_the_disk_cache_is_made_again(language_cache):
    """A torn or flipped cache file raises what its bytes happen to make (here a UnicodeDecodeError):
    every such file is a miss, made again and rewritten, never an error of each text read."""
    from claimgraph.read import language

    folder, again = language_cache
    language.detect(SENTENCE)
    [cached] = folder.glob("*.pickle")
    size = cached.stat().st_size
    cached.write_bytes(b"\x80\x04\x8c\x02\xff\xfe\x94.")
    again()
    assert language.detect(SENTENCE)[0] == "en"
    assert cached.stat().st_size == size


@pytest.mark.parametrize("table", ["nb_ptc", "tk_nextmove"])
def test_a_torn_language_table_in_the_disk_cache_is_made_again(language_cache, table):
    """The model's two big tables are kept as raw bytes and mapped into memory, not read (0.09 s of
    every process that reads a text, 0.01 s mapped): one cut short by a crash is a miss, made again."""
    from claimgraph.read import language

    folder, again = language_cache
    first = language.detect(SENTENCE)
    [cached] = folder.glob(f"*.{table}")
    size = cached.stat().st_size
    cached.write_bytes(cached.read_bytes()[:size // 2])
    again()
    assert language.detect(SENTENCE) == first
    assert cached.stat().st_size == size
    again()
    assert isinstance(language._identifier().tk_nextmove, memoryview)  # mapped, not read


def test_missing_metadata_comes_from_the_text(tmp_path):
    path = tmp_path / "page.txt"
    text = (CORPUS / "sources" / "asker-ozpinar-2021.txt").read_text(encoding="utf-8")
    path.write_text(text, encoding="utf-8")
    doc = read(SourceMeta(id="page", path=str(path)))
    assert doc.meta.doi == "10.26650/jes.2021.004"
    assert doc.meta.title == "The Great Offense That Led Azerbaijan to Victory: The Anatomy of the 44-Days War"
    assert doc.meta.date == "2021-03-31"


def test_html_reader_keeps_main_text_and_drops_navigation(tmp_path):
    path = tmp_path / "article.html"
    path.write_text(
        "<html><head><title>T</title><style>p{color:red}</style><script>var x = 'Azerbaijan';</script></head>"
        "<body><nav><a href='/'>Home</a> | <a href='/news'>News menu</a></nav>"
        "<article><h1>Ceasefire in Karabakh</h1>"
        "<p>On November 10, 2020, Armenia, Azerbaijan and Russia signed a ceasefire agreement &amp; "
        "Russian peacekeepers were deployed along the line of contact.</p>"
        "<p>The agreement ended six weeks of fighting in and around Nagorno-Karabakh, the mountainous region.</p>"
        "</article><footer>Copyright 2020 Example News. All rights reserved.</footer></body></html>",
        encoding="utf-8")
    doc = read(SourceMeta(id="article", path=str(path)))
    assert doc.media_type == "text/html"
    assert "signed a ceasefire agreement & Russian" in doc.text
    assert "var x" not in doc.text and "News menu" not in doc.text
    assert doc.text_sha256 and doc.text_sha256 != doc.sha256


def test_html_reader_skips_text_no_reader_sees(tmp_path):
    path = tmp_path / "article.html"
    path.write_text(
        "<html><body><article><h1>Ceasefire in Karabakh</h1>"
        "<p>On November 10, 2020, Armenia, Azerbaijan and Russia signed a ceasefire agreement."
        "<span style='DISPLAY: None'> Georgia attacked Turkey.</span> Peacekeepers were deployed.</p>"
        "<p hidden>Iran invaded Nagorno-Karabakh in a hidden paragraph of this article.</p>"
        "<div style='visibility:hidden'><p>France annexed Shusha according to an invisible block of text.</p></div>"
        "<template><p>Russia annexed Lachin according to a template that no script ever used.</p></template>"
        "<p>The agreement ended six weeks of fighting in and around Nagorno-Karabakh, the mountainous region.</p>"
        "</article></body></html>", encoding="utf-8")
    text = read(SourceMeta(id="article", path=str(path))).text
    assert "signed a ceasefire agreement. Peacekeepers were deployed." in text and "six weeks" in text
    for hidden in ("Georgia", "Iran", "France", "Lachin"):
        assert hidden not in text, text


def test_pdf_reader_reads_the_text_layer(tmp_path):
    path = tmp_path / "report.pdf"
    path.write_bytes(pdf_with_text("Azerbaijan and Armenia signed a ceasefire on November 10, 2020."))
    doc = read(SourceMeta(id="report", path=str(path)))
    assert doc.media_type == "application/pdf"
    assert "Azerbaijan and Armenia signed a ceasefire on November 10, 2020." in doc.text


def test_pdf_without_text_layer_is_refused(tmp_path):
    path = tmp_path / "scan.pdf"
    path.write_bytes(pdf_with_text(""))
    with pytest.raises(SourceError, match="no text layer"):
        read(SourceMeta(id="scan", path=str(path)))


@pytest.mark.parametrize("data, reason", [
    (b"", "file is empty"),
    (b"   \n\n", "file is empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary data"),
    ("Armenia and Azerbaijan".encode("utf-8") + b"\xff\xfe broken", "not valid UTF-8 at byte 22; if it is Latin-1"),
])
def test_undecodable_sources_are_refused_with_the_reason(tmp_path, data, reason):
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(SourceError) as err:
        read(SourceMeta(id="bad", path=str(path)))
    assert str(path) in str(err.value) and reason in str(err.value)


def test_byte_order_marks_are_decoded_not_kept():
    text = "Karabağ ve Ermenistan"
    for data in (b"\xef\xbb\xbf" + text.encode(), text.encode("utf-16")):
        assert decode(data, Path("x.txt")) == text


def test_latin1_is_read_with_an_explicit_encoding(tmp_path):
    path = tmp_path / "old.txt"
    path.write_bytes("Bakı and Gəncə; café in Yerevan".encode("utf-8").replace(b"caf\xc3\xa9", b"caf\xe9"))
    with pytest.raises(SourceError, match="--encoding"):
        read(SourceMeta(id="old", path=str(path)))
    doc = read(SourceMeta(id="old", path=str(path), encoding="latin-1"))
    assert "caf\u00e9 in Yerevan" in doc.text


def test_a_new_language_model_in_the_disk_cache_drops_the_models_used_longest_ago_whole(language_cache):
    """Each py3langid version keys a model of about 60 MB (a pickle and two tables): the one used
    last before stays (another environment's), an older one goes with all of its files, and a
    file another process is still writing is left alone."""
    import os

    from claimgraph.read import language

    folder, _ = language_cache
    folder.mkdir(parents=True)
    for age, stem in enumerate(("other", "older")):
        for suffix in (".pickle", ".nb_ptc", ".tk_nextmove"):
            (folder / f"{stem}{suffix}").write_bytes(b"not a model")
            os.utime(folder / f"{stem}{suffix}", (1_000_000 - age, 1_000_000 - age))
    (folder / ".older.pickle.123.tmp").write_bytes(b"being written")
    assert language.detect(SENTENCE)[0] == "en"
    stems = {path.name.split(".", 1)[0] for path in folder.iterdir() if not path.name.startswith(".")}
    assert len(stems) == language.KEPT_MODELS == 2 and "other" in stems and "older" not in stems
    assert len(list(folder.glob("other.*"))) == 3 and (folder / ".older.pickle.123.tmp").exists()


def test_what_follows_a_see_also_heading_is_furniture(tmp_path):
    """Mali 2015: the encyclopedic summary's "See also" list ("Tuareg rebellion (2012); Operation Barkhane;
    Coups in Mali") was read as body, and told a coup in Mali."""
    path = tmp_path / "mali.txt"
    path.write_text("Algiers Accord (Mali)\n\nOn 25 January 2024 the junta declared the accord void.\n\nSee also\n\n"
                    "Tuareg rebellion (2012); Operation Barkhane; Coups in Mali\n", encoding="utf-8")
    doc = read(SourceMeta(id="mali", path=str(path), language="en"))
    assert [(doc.text[b.start:b.end][:8], b.role) for b in doc.blocks] == [
        ("Algiers ", "body"), ("On 25 Ja", "body"), ("See also", "furniture"), ("Tuareg r", "furniture")]

