"""`claimgraph build CORPUS --add FILE...`: news into a corpus, built as a clean build would be."""

from __future__ import annotations

import importlib
import re
import shutil
import tomllib
from pathlib import Path

import pytest

from claimgraph.cli import main
from claimgraph.errors import SourceError
from claimgraph.read import add, manifest

from .test_cli import cli

NEWS = "hovhannisyan-2024"


@pytest.fixture
def half_corpus(corpus_copy: Path) -> tuple[Path, Path]:
    """The bundled corpus with its second source taken out of the folder and the manifest: (corpus, the file)."""
    text = (corpus_copy / "sources.toml").read_text(encoding="utf-8")
    (corpus_copy / "sources.toml").write_text(text[:text.index(f'[[source]]\nid = "{NEWS}"')], encoding="utf-8")
    news = corpus_copy.parent / f"{NEWS}.txt"
    shutil.move(corpus_copy / "sources" / f"{NEWS}.txt", news)
    return corpus_copy, news


def test_an_added_file_is_copied_listed_with_its_hash_and_built_as_a_clean_build(half_corpus, tmp_path):
    corpus, news = half_corpus
    assert main(["build", str(corpus)]) == 0  # the cache now holds the first source (in this process: not under test)
    result = cli("build", corpus, "--add", news)
    assert result.returncode == 0, result.stderr
    assert f"added 1 source: {NEWS}" in result.stderr
    assert "reading: 2/2 sources" in result.stderr
    listed = tomllib.loads((corpus / "sources.toml").read_text(encoding="utf-8"))["source"][-1]
    assert listed["id"] == NEWS and listed["path"] == f"sources/{NEWS}.txt"
    assert listed["sha256"] == manifest.load(corpus / "sources.toml").sources[-1].sha256 and len(listed["sha256"]) == 64
    assert (corpus / listed["path"]).read_bytes() == news.read_bytes()
    clean = tmp_path / "clean"
    shutil.copytree(corpus, clean, ignore=shutil.ignore_patterns(".claimgraph-cache", "*.trig"))
    assert main(["build", str(clean), "--no-cache"]) == 0  # the clean build to compare with, in this process
    assert (corpus / "karabakh-2020.trig").read_bytes() == (clean / "karabakh-2020.trig").read_bytes()


def test_a_build_after_adding_reads_the_manifest_once_before_and_once_as_written(half_corpus, monkeypatch):
    """The manifest with the files added is read by the manifest's reader before it replaces the old
    one; the build that follows takes that reading, not a third (1,000 sources: 0.08 s each)."""
    corpus, news = half_corpus
    assert main(["build", str(corpus)]) == 0  # a cache: no reading of the manifest to decide on a forkserver
    read: list[int] = []
    real = manifest.tomllib.loads
    monkeypatch.setattr(manifest.tomllib, "loads", lambda text: read.append(len(text)) or real(text))
    assert main(["build", str(corpus), "--add", str(news)]) == 0
    assert len(read) == 2 and read[0] < read[1]
    assert read[1] == len((corpus / "sources.toml").read_text(encoding="utf-8"))


def test_the_manifest_keeps_its_comments_and_entries_when_a_source_is_added(half_corpus):
    corpus, news = half_corpus
    before = (corpus / "sources.toml").read_text(encoding="utf-8")
    assert add.add_sources(corpus / "sources.toml", [news]).ids == [NEWS]
    after = (corpus / "sources.toml").read_text(encoding="utf-8")
    assert after.startswith(before.rstrip("\n")) and "# The bundled corpus" in after


def test_adding_a_file_the_corpus_holds_already_changes_nothing(half_corpus):
    corpus, news = half_corpus
    add.add_sources(corpus / "sources.toml", [news])
    listed = (corpus / "sources.toml").read_bytes()
    assert add.add_sources(corpus / "sources.toml", [news]).ids == []
    assert (corpus / "sources.toml").read_bytes() == listed


@pytest.mark.parametrize("make, reason", [
    (lambda folder: folder / "missing.txt", "no such file"),
    (lambda folder: _write(folder / "photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00"), "binary data"),
    (lambda folder: _write(folder / "other" / f"{NEWS}.txt", b"Another text about Gori.\n"),
     f"the corpus already has a source '{NEWS}'"),
])
def test_a_file_that_cannot_be_added_leaves_the_corpus_as_it_was(half_corpus, make, reason):
    corpus, news = half_corpus
    add.add_sources(corpus / "sources.toml", [news])
    listed, held = (corpus / "sources.toml").read_bytes(), sorted((corpus / "sources").iterdir())
    with pytest.raises(SourceError, match=re.escape(reason)):
        add.add_sources(corpus / "sources.toml", [make(corpus.parent)])
    assert (corpus / "sources.toml").read_bytes() == listed and sorted((corpus / "sources").iterdir()) == held


def test_a_file_that_cannot_be_added_is_one_error_line_and_no_build(half_corpus):
    corpus, _ = half_corpus
    result = cli("build", corpus, "--add", corpus.parent / "missing.txt")
    assert result.returncode == 1 and result.stderr.endswith("missing.txt: no such file\n")
    assert result.stderr.count("\n") == 1 and not (corpus / "karabakh-2020.trig").exists()


@pytest.mark.parametrize("module, step", [("claimgraph.run.build", "build_corpus"), ("claimgraph.read", "check")],
                         ids=["while it builds", "while it checks the sources"])
def test_a_build_interrupted_after_adding_says_the_files_are_listed_and_the_graph_not_rebuilt(half_corpus, monkeypatch,
                                                                                                capsys, module, step):
    corpus, news = half_corpus

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt  # Ctrl-C at that step

    monkeypatch.setattr(importlib.import_module(module), step, interrupted)
    assert main(["build", str(corpus), "--add", str(news)]) == 130
    error = capsys.readouterr().err.splitlines()[-1]
    assert error == (f"Error: interrupted; {corpus}: 1 source listed in sources.toml, the graph not rebuilt "
                     f"(run `claimgraph build {corpus}` to build it)")
    assert manifest.load(corpus / "sources.toml").sources[-1].id == NEWS
    assert not (corpus / "karabakh-2020.trig").exists()


def test_the_same_article_under_another_name_is_not_listed_twice(half_corpus, tmp_path):
    corpus, news = half_corpus
    add.add_sources(corpus / "sources.toml", [news])
    listed = (corpus / "sources.toml").read_bytes()
    copy = tmp_path / "elsewhere" / "renamed-by-the-wire.txt"
    copy.parent.mkdir()
    shutil.copy(news, copy)
    assert add.add_sources(corpus / "sources.toml", [copy, corpus / "sources" / news.name, news]).ids == []
    assert (corpus / "sources.toml").read_bytes() == listed


def test_a_manifest_that_cannot_be_written_takes_back_the_copies_but_not_the_files_it_found(half_corpus, monkeypatch):
    corpus, news = half_corpus
    (corpus / "sources" / news.name).write_bytes(news.read_bytes())  # there already, not listed: a killed --add
    other = corpus.parent / "wire-2.txt"
    other.write_text("Azerbaijani forces shelled Stepanakert on 4 October 2020.\n", encoding="utf-8")

    written = add.atomic_write_bytes

    def full_disk(path, data):
        if path.name == "sources.toml":
            raise OSError(28, "No space left on device")
        written(path, data)

    monkeypatch.setattr(add, "atomic_write_bytes", full_disk)
    with pytest.raises(OSError, match="No space left"):
        add.add_sources(corpus / "sources.toml", [news, other])
    assert (corpus / "sources" / news.name).read_bytes() == news.read_bytes()  # found, so kept
    assert not (corpus / "sources" / other.name).exists()  # made by the call, so taken back


@pytest.mark.parametrize("name", ['quote"and\\backslash.txt', "tab\there.txt", "del\x7fname.txt", "ünïcode-news.txt"])
def test_odd_file_names_are_listed_as_toml_reads_them(half_corpus, name):
    corpus, news = half_corpus
    odd = corpus.parent / name
    shutil.copy(news, odd)
    assert add.add_sources(corpus / "sources.toml", [odd]).ids == [manifest.load(corpus / "sources.toml").sources[-1].id]
    assert manifest.load(corpus / "sources.toml").sources[-1].path == f"sources/{name}"


def test_a_file_in_another_encoding_is_added_with_it(half_corpus):
    corpus, _ = half_corpus
    latin = corpus.parent / "depeche.txt"
    latin.write_bytes("Les forces arméniennes ont reculé près de Choucha.\n".encode("latin-1"))
    result = cli("build", corpus, "--add", latin, "--encoding", "latin-1", "--no-cache")
    assert result.returncode == 0, result.stderr
    assert manifest.load(corpus / "sources.toml").sources[-1].encoding == "latin-1"


def test_several_files_are_added_together_or_not_at_all(half_corpus):
    corpus, news = half_corpus
    listed = (corpus / "sources.toml").read_bytes()
    with pytest.raises(SourceError, match="missing.txt: no such file"):
        add.add_sources(corpus / "sources.toml", [news, corpus.parent / "missing.txt"])
    assert (corpus / "sources.toml").read_bytes() == listed and not (corpus / "sources" / news.name).exists()


def test_add_needs_a_corpus_folder(tmp_path):
    source = _write(tmp_path / "a.txt", b"Georgian forces shelled Tskhinvali on 7 August 2008.\n")
    result = cli("build", source, "--add", source, "-o", tmp_path / "out.trig")
    assert result.returncode == 2 and "--add adds files to a corpus folder" in result.stderr
    assert not (tmp_path / "out.trig").exists()


def _write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path
