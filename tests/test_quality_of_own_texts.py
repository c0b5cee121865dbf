"""`bench/quality.py --corpus` scores any corpus folder that has gold files of the eval format:
one row per text, counted against the gold as `claimgraph eval` counts, so that texts of one's own
(or texts annotated after the rules were written) can be measured the way the development set is."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tomllib

import pytest

from claimgraph.evaluate.score import load_yaml

from .conftest import ROOT

QUALITY = ROOT / "bench" / "quality.py"


def run_quality(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(QUALITY), *args], capture_output=True, text=True, timeout=600)


def test_a_corpus_folder_with_gold_is_scored_text_by_text(corpus_copy):
    shutil.copytree(ROOT / "tests" / "gold", corpus_copy / "gold")
    done = run_quality("--corpus", str(corpus_copy), "--format", "json")
    assert done.returncode == 0, done.stderr
    rows = json.loads(done.stdout)["rows"]
    assert list(rows) == ["asker-ozpinar-2021", "hovhannisyan-2024", "all 2 texts"]
    for source in ("asker-ozpinar-2021", "hovhannisyan-2024"):
        gold = load_yaml(corpus_copy / "gold" / f"{source}.yaml")
        assert rows[source]["events"]["gold"] == len(gold["events"])
        assert rows[source]["agreements"]["gold"] == len(gold["agreements"])
        assert rows[source]["Actor"]["f1"] > 0.8
    assert rows["all 2 texts"]["events"]["gold"] == sum(rows[s]["events"]["gold"] for s in list(rows)[:2])


def test_a_corpus_folder_without_gold_is_refused_in_one_line(corpus_copy):
    done = run_quality("--corpus", str(corpus_copy))
    assert done.returncode != 0
    assert done.stderr.strip() == f"Error: {corpus_copy / 'gold'}: no folder of gold files; pass --gold DIR"


@pytest.mark.parametrize("folder", sorted(p for p in (ROOT / "bench" / "fresh").iterdir() if p.is_dir()), ids=lambda p: p.name)
def test_the_fresh_texts_shipped_for_that_check_are_annotated_in_their_own_words(folder):
    """bench/fresh holds texts written with their gold before the pipeline read them: each gold file's
    aliases and quotes stand in its text as written, and the manifest lists exactly its texts."""
    listed = {entry["id"] for entry in tomllib.loads((folder / "sources.toml").read_text(encoding="utf-8"))["source"]}
    golds = sorted((folder / "gold").glob("*.yaml"))
    assert {gold.stem for gold in golds} == listed == {text.stem for text in (folder / "texts").glob("*.txt")}
    for gold_file in golds:
        gold = load_yaml(gold_file)
        text = (folder / "texts" / gold["text"]).read_text(encoding="utf-8")
        words = [alias for entity in gold["entities"] for alias in entity["aliases"]]
        words += [item["quote"] for item in gold["events"] + gold["agreements"]]
        assert words and [w for w in words if w not in text] == [], gold_file.name


def test_a_corpus_is_scored_from_every_source_it_lists_not_from_what_a_build_left_beside_them(corpus_copy, tmp_path):
    """An HTML source is a source; the corpus's own graph, page and cache at its top are not copied."""
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import quality
    finally:
        sys.path.remove(str(ROOT / "bench"))
    (corpus_copy / "sources" / "page.html").write_text("<html><body><p>A page.</p></body></html>", encoding="utf-8")
    for left in ("karabakh-2020.trig", "karabakh-2020.html", ".claimgraph-cache/entry"):
        (corpus_copy / left).parent.mkdir(exist_ok=True)
        (corpus_copy / left).write_text("built", encoding="utf-8")
    copied = quality.copy_corpus(corpus_copy, tmp_path / "copy")
    assert (copied / "sources" / "page.html").is_file() and (copied / "sources.toml").is_file()
    assert not any((copied / left).exists() for left in ("karabakh-2020.trig", "karabakh-2020.html", ".claimgraph-cache"))
