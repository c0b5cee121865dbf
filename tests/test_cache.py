"""Incremental builds: only changed sources are extracted again, and the bytes are a clean build's."""

from __future__ import annotations

import dataclasses
import importlib
import importlib.metadata
import pickle
import re
import shutil
import subprocess
import sys

import pytest

import claimgraph
from claimgraph.combine import compare, comparisons, link
from claimgraph.model import Claim, Document, Entity, Extraction, Literal, SourceMeta
from claimgraph.rdf import dataset, trig
from claimgraph.read import manifest
from claimgraph.run import cache as cache_module, linking, parallel
from claimgraph.run.cache import Cache, extractor_version

from .conftest import SHARED


def _build(folder, out, cache):
    return claimgraph.build_corpus(folder, out, jobs=1, cache=cache)


def _recorder(monkeypatch, module, name: str, what) -> list:
    """Replaces `module.name` by a function that records `what(...)` of each call's arguments, then calls the real one."""
    seen: list = []
    real = getattr(module, name)

    def recording(*args, **kwargs):
        seen.append(what(*args, **kwargs))
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, recording)
    return seen


@pytest.fixture
def counted(monkeypatch):
    """The ids of the sources `extract` ran on."""
    build_module = importlib.import_module("claimgraph.run.build")  # the module, not the function
    return _recorder(monkeypatch, build_module, "extract", lambda meta, base, recognisers: meta.id)


@pytest.fixture
def sectioned(monkeypatch):
    """The ids of the sources whose dataset section was serialised."""
    return _recorder(monkeypatch, dataset, "source_part", lambda extraction, media_type: extraction.document.meta.id)


@pytest.fixture
def compared(monkeypatch):
    """The groups of claims (`compare.Group`: about, relation) whose comparisons were made."""
    return _recorder(monkeypatch, comparisons, "section", lambda group, sides, fmt: (group.about, group.relation))


@pytest.fixture
def told(monkeypatch):
    """The ids of the sources whose `link.Told` was made (from their extraction)."""
    return _recorder(monkeypatch, link, "told", lambda extraction, entries: extraction.document.meta.id)


@pytest.fixture
def digested(monkeypatch):
    """The ids of the sources whose digest (`compare.said` of the linked extraction) was made."""
    return _recorder(monkeypatch, compare, "said", lambda extraction: extraction.document.meta.id)


@pytest.fixture
def read(monkeypatch):
    """The kind of each entry read from the cache (`Cache.load`)."""
    return _recorder(monkeypatch, Cache, "load", lambda self, key, kind=Extraction: kind.__name__)


@pytest.fixture
def relinked(monkeypatch):
    """The ids of the sources whose extraction was linked (`link.rewrite`) by a renaming."""
    return _recorder(monkeypatch, link, "rewrite", lambda extraction, renamed: extraction.document.meta.id)


@pytest.fixture
def linked_and_grouped(monkeypatch):
    """Which of the corpus-wide stages ran: "link" for each renaming made, "group" for each grouping."""
    seen: list[str] = []
    for module, name, stage in ((link, "renaming", "link"), (compare, "groups", "group")):
        _recorder_into(seen, monkeypatch, module, name, stage)
    return seen


def _recorder_into(seen: list, monkeypatch, module, name: str, label: str) -> None:
    """Replaces `module.name` by a function that appends `label` to `seen`, then calls the real one."""
    real = getattr(module, name)
    monkeypatch.setattr(module, name, lambda *args, **kwargs: seen.append(label) or real(*args, **kwargs))


def _add_source(folder, sid: str, text: str) -> None:
    (folder / "sources" / f"{sid}.txt").write_text(text, encoding="utf-8")
    with open(folder / "sources.toml", "a", encoding="utf-8") as toml:
        toml.write(f'\n[[source]]\nid = "{sid}"\npath = "sources/{sid}.txt"\nlanguage = "en"\n')


def test_a_rebuild_with_nothing_changed_extracts_nothing(corpus_copy, tmp_path, counted):
    cache = tmp_path / "cache"
    _build(corpus_copy, tmp_path / "first.trig", cache)
    assert sorted(counted) == ["asker-ozpinar-2021", "hovhannisyan-2024"]
    counted.clear()
    _build(corpus_copy, tmp_path / "second.trig", cache)
    assert counted == []
    assert (tmp_path / "first.trig").read_bytes() == (tmp_path / "second.trig").read_bytes()


def test_a_rebuild_with_nothing_changed_neither_links_nor_groups_again(corpus_copy, tmp_path, linked_and_grouped):
    """The corpus's renaming and the list of its groups are in the cache, by what the sources tell
    and by their linked forms: a rebuild of the same sources reads them and makes neither."""
    cache = tmp_path / "cache"
    _build(corpus_copy, tmp_path / "first.trig", cache)
    assert linked_and_grouped == ["link", "group"]
    linked_and_grouped.clear()
    _build(corpus_copy, tmp_path / "second.trig", cache)
    assert linked_and_grouped == []
    assert (tmp_path / "first.trig").read_bytes() == (tmp_path / "second.trig").read_bytes()


def test_a_source_removed_and_listed_again_is_neither_linked_nor_grouped_again(corpus_copy, tmp_path,
                                                                              linked_and_grouped):
    """Listing a source again gives the sources of an earlier build: its renaming and groups are read."""
    cache = tmp_path / "cache"
    toml = (corpus_copy / "sources.toml").read_text(encoding="utf-8")
    _add_source(corpus_copy, "removed", "Turkey supported Azerbaijan during the war.\n")
    _build(corpus_copy, tmp_path / "before.trig", cache)
    with_it = (corpus_copy / "sources.toml").read_text(encoding="utf-8")
    (corpus_copy / "sources.toml").write_text(toml, encoding="utf-8")
    _build(corpus_copy, tmp_path / "without.trig", cache)
    (corpus_copy / "sources.toml").write_text(with_it, encoding="utf-8")
    linked_and_grouped.clear()
    _build(corpus_copy, tmp_path / "again.trig", cache)
    assert linked_and_grouped == []
    assert (tmp_path / "before.trig").read_bytes() == (tmp_path / "again.trig").read_bytes()


def test_an_edit_that_changes_nothing_linking_reads_is_not_linked_again_but_grouped(corpus_copy, tmp_path,
                                                                                   linked_and_grouped):
    """A sentence that names nothing, added to a source, changes its section (so its linked form is
    another and its groups are made again) but not what it tells linking: the renaming is read; the
    bytes are a clean build's."""
    cache = tmp_path / "cache"
    _add_source(corpus_copy, "edited", "Azerbaijan launched an offensive on 27 September 2020.\n")
    _build(corpus_copy, tmp_path / "before.trig", cache)
    (corpus_copy / "sources" / "edited.txt").write_text("Azerbaijan launched an offensive on 27 September 2020.\n"
                                                        "It rained all day.\n", encoding="utf-8")
    linked_and_grouped.clear()
    _build(corpus_copy, tmp_path / "cached.trig", cache)
    assert linked_and_grouped == ["group"]
    claimgraph.build_corpus(corpus_copy, tmp_path / "clean.trig", jobs=1)
    assert (tmp_path / "cached.trig").read_bytes() == (tmp_path / "clean.trig").read_bytes()
    assert (tmp_path / "cached.trig").read_bytes() != (tmp_path / "before.trig").read_bytes()


def test_a_rebuild_that_extracts_nothing_never_loads_spacy_nor_the_rules(corpus_copy, tmp_path):
    """Loading spaCy is about a second of a rebuild, compiling the rules' and the pipeline's thousand patterns two
    more; with every source in the cache, nothing needs them."""
    cache = tmp_path / "cache"
    _build(corpus_copy, tmp_path / "first.trig", cache)
    heavy = ("spacy", "claimgraph.recognise.stack", "claimgraph.extract.pipeline")
    probe = (f"import sys, claimgraph; claimgraph.build_corpus({str(corpus_copy)!r}, {str(tmp_path / 'second.trig')!r}, "
             f"jobs=1, cache={str(cache)!r}); print([m for m in {heavy!r} if m in sys.modules])")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
    assert (tmp_path / "first.trig").read_bytes() == (tmp_path / "second.trig").read_bytes()


def test_a_claims_repr_names_every_field_so_that_group_keys_tell_any_two_claims_apart():
    """`Cache.group_key` keys a group by its claims' repr, written out by hand (`Claim.__repr__`)."""
    claim = Claim("report", "ceasefire", "date", Literal("2020-11-10", "http://www.w3.org/2001/XMLSchema#date"),
                  12, 40, "signed on 10 November", "dates-attached.v4", "Reported", "armenia", True)
    fields = ", ".join(f"{f.name}={getattr(claim, f.name)!r}" for f in dataclasses.fields(claim))
    assert repr(claim) == f"Claim({fields})"


def _add_and_rebuild(folder, tmp_path, text: str, seen: list[str]) -> tuple[list[str], bool]:
    """Build with a cache, add a source, rebuild: (what `seen` recorded in the rebuild, whether
    the rebuild's bytes are a clean build's)."""
    cache = tmp_path / "cache"
    _build(folder, tmp_path / "before.trig", cache)
    _add_source(folder, "added", text)
    seen.clear()
    _build(folder, tmp_path / "cached.trig", cache)
    rebuilt = list(seen)
    claimgraph.build_corpus(folder, tmp_path / "clean.trig", jobs=1)
    return rebuilt, (tmp_path / "cached.trig").read_bytes() == (tmp_path / "clean.trig").read_bytes()


def test_adding_a_source_extracts_only_it_and_gives_a_clean_builds_bytes(corpus_copy, tmp_path, counted):
    text = "Armenia and Azerbaijan signed a ceasefire in Moscow on 10 October 2020.\n"
    assert _add_and_rebuild(corpus_copy, tmp_path, text, counted) == (["added"], True)


def test_a_rebuild_reuses_the_sections_of_sources_whose_linked_claims_did_not_change(corpus_copy, tmp_path,
                                                                                     sectioned):
    text = "Georgia held a parliamentary election in October 2024.\n"
    assert _add_and_rebuild(corpus_copy, tmp_path, text, sectioned) == (["added"], True)


def test_a_rebuild_compares_again_only_the_groups_a_changed_source_speaks_to(corpus_copy, tmp_path, compared):
    """The added source speaks of the ceasefire of 9 November 2020 (and its signing) only: every
    other group's comparisons come from the cache, and the bytes are a clean build's."""
    text = "Armenia, Azerbaijan and Russia signed a ceasefire agreement on 9 November 2020.\n"
    _build(corpus_copy, tmp_path / "before.trig", tmp_path / "cache")
    every = len(compared)
    rebuilt, clean = _add_and_rebuild(corpus_copy, tmp_path, text, compared)
    assert clean and every > 10
    assert {about for about, _ in rebuilt} == {"ceasefire-2020-11-09", "signing-2020-11-09"}
    assert len(rebuilt) < every / 2


def test_with_two_jobs_the_one_changed_source_of_many_is_extracted_here_after_the_others_are_read(
        corpus_copy, tmp_path, monkeypatch):
    """A worker would cost more to start than this process spends reading what linking needs of the
    cached sources: the one change is extracted here, once the others are read; the bytes are a
    clean build's."""
    for n, place in enumerate(("Lachin", "Shusha", "Fuzuli", "Jabrayil", "Hadrut", "Kalbajar", "Aghdam")):
        _add_source(corpus_copy, f"wire-{n}", f"Azerbaijan said its forces entered {place} in November 2020.\n")
    cache = tmp_path / "cache"
    _build(corpus_copy, tmp_path / "before.trig", cache)
    changed = corpus_copy / "sources" / "wire-0.txt"
    changed.write_text("Russia deployed peacekeepers to Lachin.\n", encoding="utf-8")
    order: list[str] = []
    build_module = importlib.import_module("claimgraph.run.build")  # the module, not the function
    real_extract, real_load = build_module.extract, cache_module.Cache.load
    monkeypatch.setattr(build_module, "extract", lambda meta, *rest: order.append(f"extract {meta.id}")
                        or real_extract(meta, *rest))
    monkeypatch.setattr(cache_module.Cache, "load", lambda self, *args: order.append("read") or real_load(self, *args))
    monkeypatch.setattr(parallel, "_run_pool", None)  # no pool is started
    claimgraph.build_corpus(corpus_copy, tmp_path / "cached.trig", jobs=2, cache=cache)
    assert order.count("extract wire-0") == 1 and order.index("extract wire-0") >= 8
    assert order[:8] == ["read"] * 8  # what linking needs of every other source was read first
    monkeypatch.undo()
    claimgraph.build_corpus(corpus_copy, tmp_path / "clean.trig", jobs=1)
    assert (tmp_path / "cached.trig").read_bytes() == (tmp_path / "clean.trig").read_bytes()


def test_changing_a_source_extracts_only_it_and_gives_a_clean_builds_bytes(corpus_copy, tmp_path, counted):
    cache = tmp_path / "cache"
    _add_source(corpus_copy, "changing", "Azerbaijan launched an offensive on 27 September 2020.\n")
    _build(corpus_copy, tmp_path / "before.trig", cache)
    (corpus_copy / "sources" / "changing.txt").write_text("Russia deployed peacekeepers to Lachin.\n", encoding="utf-8")
    counted.clear()
    _build(corpus_copy, tmp_path / "cached.trig", cache)
    assert counted == ["changing"]
    claimgraph.build_corpus(corpus_copy, tmp_path / "clean.trig", jobs=1)
    assert (tmp_path / "cached.trig").read_bytes() == (tmp_path / "clean.trig").read_bytes()
    assert (tmp_path / "cached.trig").read_bytes() != (tmp_path / "before.trig").read_bytes()


def test_removing_a_source_extracts_nothing_and_gives_a_clean_builds_bytes(corpus_copy, tmp_path, counted):
    cache = tmp_path / "cache"
    toml = (corpus_copy / "sources.toml").read_text(encoding="utf-8")
    _add_source(corpus_copy, "removed", "Turkey supported Azerbaijan during the war.\n")
    _build(corpus_copy, tmp_path / "before.trig", cache)
    (corpus_copy / "sources.toml").write_text(toml, encoding="utf-8")
    counted.clear()
    _build(corpus_copy, tmp_path / "cached.trig", cache)
    assert counted == []
    claimgraph.build_corpus(corpus_copy, tmp_path / "clean.trig", jobs=1)
    assert (tmp_path / "cached.trig").read_bytes() == (tmp_path / "clean.trig").read_bytes()


def test_a_source_whose_links_another_sources_removal_undid_gets_a_new_section(corpus_copy, tmp_path, sectioned):
    """Both bundled sources tell the 9 November signing: linked, asker's event takes a shared id;
    with hovhannisyan gone it keeps its own, so asker's cached section no longer fits."""
    cache = tmp_path / "cache"
    _build(corpus_copy, tmp_path / "before.trig", cache)
    toml = (corpus_copy / "sources.toml").read_text(encoding="utf-8")
    (corpus_copy / "sources.toml").write_text(toml[:toml.index('[[source]]\nid = "hovhannisyan-2024"')],
                                              encoding="utf-8")
    sectioned.clear()
    _build(corpus_copy, tmp_path / "cached.trig", cache)
    assert sectioned == ["asker-ozpinar-2021"]
    claimgraph.build_corpus(corpus_copy, tmp_path / "clean.trig", jobs=1)
    cached = (tmp_path / "cached.trig").read_text(encoding="utf-8")
    assert cached == (tmp_path / "clean.trig").read_text(encoding="utf-8")
    assert re.search(r"id:[\w-]*signing[\w-]*-asker-ozpinar-2021\b", cached) and "signing-2020-11-09" not in cached


def test_the_key_changes_with_the_content_the_metadata_and_the_extractor(corpus_copy, tmp_path):
    meta = dataclasses.replace(manifest.load(corpus_copy / "sources.toml").sources[1], sha256=None)
    cache = Cache(tmp_path, "v1")
    key = cache.key(meta, corpus_copy)
    assert cache.key(meta, corpus_copy) == key
    assert Cache(tmp_path, "v2").key(meta, corpus_copy) != key
    assert cache.key(dataclasses.replace(meta, title="Another title"), corpus_copy) != key
    path = corpus_copy / meta.path
    path.write_bytes(path.read_bytes() + b"\nMore text.\n")
    assert cache.key(meta, corpus_copy) != key


def test_the_extractor_version_follows_the_code_and_the_gazetteer(monkeypatch):
    before = extractor_version(None)
    assert extractor_version(None) == before
    monkeypatch.setattr(cache_module, "package_fingerprint", lambda: "other code")
    assert extractor_version(None) != before


def test_the_extractor_version_follows_the_tokenizer_library(monkeypatch):
    """A new spaCy may cut tokens differently: extractions and sections made with the old one do not count."""
    before = extractor_version(None)
    real = importlib.metadata.version
    monkeypatch.setattr(importlib.metadata, "version", lambda name: "99.0" if name == "spacy" else real(name))
    cache_module.package_fingerprint.cache_clear()
    try:
        assert extractor_version(None) != before
    finally:
        monkeypatch.undo()
        cache_module.package_fingerprint.cache_clear()
    assert extractor_version(None) == before


@pytest.mark.parametrize(("kind", "made"), [(Extraction, "counted"), (linking.Kept, "told"),
                                            (linking.Linked, "relinked"), (linking.Digest, "digested"),
                                            (dataset.Section, "sectioned"), (comparisons.Compared, "compared")],
                         ids=["extraction", "told", "linked", "digest", "section", "comparisons"])
def test_a_damaged_entry_is_made_again_and_rewritten(corpus_copy, tmp_path, kind, made, request):
    seen = request.getfixturevalue(made)  # the sources extracted, told, linked, or whose section (or group) was made
    cache = tmp_path / "cache"
    _build(corpus_copy, tmp_path / "first.trig", cache)
    entries = [p for p in sorted(cache.rglob("*.pickle")) if isinstance(pickle.loads(p.read_bytes()), kind)]
    assert len(entries) == 2 if kind in (Extraction, linking.Kept) else entries  # one per source
    # an extraction is read when what linking reads of it, or its linked form, is not cached, and a
    # linked one when what the later stages read of it (its digest) is not
    unread = {Extraction: (linking.Kept, linking.Linked, linking.Digest), linking.Linked: (linking.Digest,)}
    for path in cache.rglob("*.pickle"):
        if isinstance(pickle.loads(path.read_bytes()), unread.get(kind, ())):
            path.unlink()
    entries[0].write_bytes(b"not a pickle")
    seen.clear()
    _build(corpus_copy, tmp_path / "second.trig", cache)
    assert len(seen) == 1
    assert (tmp_path / "first.trig").read_bytes() == (tmp_path / "second.trig").read_bytes()
    assert isinstance(pickle.loads(entries[0].read_bytes()), kind)


def test_a_rebuild_reads_no_extraction_of_a_source_it_finds_linked_in_the_cache(corpus_copy, tmp_path, counted,
                                                                                told, relinked):
    """Both bundled sources are linked (the 9 November signing): a rebuild takes what linking reads
    of them and their linked extractions from the cache, so their extractions, all damaged, are never
    read (a damaged one read would be extracted again)."""
    cache = tmp_path / "cache"
    _build(corpus_copy, tmp_path / "first.trig", cache)
    for path in cache.rglob("*.pickle"):
        if type(pickle.loads(path.read_bytes())) is Extraction:
            path.write_bytes(b"not a pickle")
    counted.clear(), told.clear(), relinked.clear()
    _build(corpus_copy, tmp_path / "second.trig", cache)
    assert (counted, told, relinked) == ([], [], [])
    assert (tmp_path / "first.trig").read_bytes() == (tmp_path / "second.trig").read_bytes()


def test_a_rebuild_after_one_source_changed_reads_no_extraction_of_the_others_linked_or_not(corpus_copy, tmp_path,
                                                                                            read, digested):
    """What the stages after linking read of an unchanged source (its digest) and its section are in
    the cache: neither its extraction nor its linked extraction is read, and only the changed
    source's digest is made; the bytes are a clean build's. (The changing source tells an offensive of another day
    than the Great Offensive of 27 September 2020 the bundled Azerbaijani source tells: one linked to it would rename
    it there when changed, and that source's digest would rightly be made again.)"""
    cache = tmp_path / "cache"
    _add_source(corpus_copy, "changing", "Azerbaijan launched an offensive on 27 October 2020.\n")
    _build(corpus_copy, tmp_path / "before.trig", cache)
    (corpus_copy / "sources" / "changing.txt").write_text("Russia deployed peacekeepers to Lachin.\n", encoding="utf-8")
    read.clear(), digested.clear()
    _build(corpus_copy, tmp_path / "cached.trig", cache)
    assert "Extraction" not in read and "Linked" not in read
    assert digested == ["changing"]
    claimgraph.build_corpus(corpus_copy, tmp_path / "clean.trig", jobs=1)
    assert (tmp_path / "cached.trig").read_bytes() == (tmp_path / "clean.trig").read_bytes()


def test_a_groups_key_changes_with_any_field_of_any_claim_and_with_nothing_else_of_its_sources(tmp_path):
    """`Cache.group_key` reads claims by their hashes (`Cache.claim_hashes`): a group of equal claims
    has one key in any process, and one field changed in one claim (or which of them are charged)
    gives another."""
    cache = Cache(tmp_path, "v")
    claim = Claim("report", "war", "type", "War", 12, 15, "war", "gazetteer.v1", "Asserted", None, False)
    other = dataclasses.replace(claim, source="wire")

    def key(group):
        copies = pickle.loads(pickle.dumps(group))  # other claim objects, equal to these
        hashes = dict(zip(map(id, copies.claims), [cache.claim_hashes([c]) for c in copies.claims]))
        return cache.group_key(copies, "TriG", lambda c: hashes[id(c)])

    group = compare.Group("war", "type", (claim, other))
    assert key(group) == key(group)
    keys = {key(group), key(dataclasses.replace(group, charged=(claim,))),
            key(dataclasses.replace(group, by_usage=True))}
    keys |= {key(dataclasses.replace(group, claims=(claim, dataclasses.replace(other, **{name: value}))))
             for name, value in [("start", 13), ("modality", "Denied"), ("derived", True), ("exact", "War")]}
    assert len(keys) == 7


def _attacks(folder, days: dict[str, int]) -> None:
    """A corpus of one-line sources, each telling Azerbaijan's attack on Lachin on its day of October 2020."""
    (folder / "sources").mkdir(parents=True, exist_ok=True)
    toml = '[corpus]\nid = "attacks"\n'
    for sid, day in days.items():
        (folder / "sources" / f"{sid}.txt").write_text(f"Azerbaijan attacked Lachin on {day} October 2020.\n",
                                                       encoding="utf-8")
        toml += f'\n[[source]]\nid = "{sid}"\npath = "sources/{sid}.txt"\nlanguage = "en"\n'
    (folder / "sources.toml").write_text(toml, encoding="utf-8")


def _rebuilt_as_clean(folder, tmp_path, *seen: list[str]) -> tuple[str, bool, list[list[str]]]:
    """A cached rebuild of `folder`: its text, whether its bytes are a clean build's, and what each
    of the `seen` recorders recorded in it."""
    for recorder in seen:
        recorder.clear()
    _build(folder, tmp_path / "cached.trig", tmp_path / "cache")
    recorded = [sorted(recorder) for recorder in seen]
    claimgraph.build_corpus(folder, tmp_path / "clean.trig", jobs=1)
    cached = (tmp_path / "cached.trig").read_bytes()
    return cached.decode("utf-8"), cached == (tmp_path / "clean.trig").read_bytes(), recorded


def test_a_source_that_makes_two_others_entities_one_relinks_them_as_a_clean_build_does(tmp_path, counted,
                                                                                       relinked):
    """Attacks told on 1 and 7 October are six days apart, too far to be one; one told on 4 October
    is near both, and makes the three one attack. Adding it relinks the other two sources without
    extracting them; changing its day, or removing it, undoes the link: each time a clean build's bytes."""
    folder = tmp_path / "corpus"
    _attacks(folder, {"a": 1, "b": 7})
    text, clean, _ = _rebuilt_as_clean(folder, tmp_path)
    assert clean and "attack-2020-10-01" not in text and "azerbaijan-attack-on-lachin-b" in text
    _attacks(folder, {"a": 1, "b": 7, "c": 4})
    text, clean, seen = _rebuilt_as_clean(folder, tmp_path, counted, relinked)
    assert seen == [["c"], ["a", "b", "c"]]
    assert clean and "attack-2020-10-01" in text and "azerbaijan-attack-on-lachin-b" not in text
    _attacks(folder, {"a": 1, "b": 7, "c": 20})
    text, clean, seen = _rebuilt_as_clean(folder, tmp_path, counted, relinked)
    assert seen == [["c"], []]
    assert clean and "attack-2020-10-01" not in text
    _attacks(folder, {"a": 1, "b": 7, "c": 4})
    text, clean, seen = _rebuilt_as_clean(folder, tmp_path, counted, relinked)
    assert seen == [[], []]  # every source and its linked form are in the cache
    assert clean and "attack-2020-10-01" in text
    _attacks(folder, {"a": 1, "b": 7})
    text, clean, _ = _rebuilt_as_clean(folder, tmp_path)
    assert clean and "attack-2020-10-01" not in text and "azerbaijan-attack-on-lachin-b" in text


@pytest.mark.skipif(not (SHARED / "eval" / "dev").is_dir(), reason="the development set is in ../shared/eval/dev")
def test_on_the_bundled_and_development_texts_every_change_rebuilds_as_a_clean_build(corpus_copy, tmp_path):
    """The two bundled sources and the sixteen development texts (five other conflicts) in one
    corpus: adding a source that tells three of their agreements, changing a development text,
    removing the added source, then a bundled one, and listing it again each give a clean build's bytes."""
    dev = SHARED / "eval" / "dev"
    for text in sorted((dev / "texts").glob("*.txt")):
        shutil.copy(text, corpus_copy / "sources" / text.name)
    listed = (dev / "sources.toml").read_text(encoding="utf-8").split("[[source]]")[1:]
    toml = (corpus_copy / "sources.toml").read_text(encoding="utf-8") + "".join(
        "[[source]]" + entry.replace('path = "texts/', 'path = "sources/') for entry in listed)
    (corpus_copy / "sources.toml").write_text(toml, encoding="utf-8")
    _build(corpus_copy, tmp_path / "first.trig", tmp_path / "cache")
    _add_source(corpus_copy, "added", "The Dayton Agreement was signed in Paris on 14 December 1995. Russia and "
                "Georgia signed the six-point plan on 12 August 2008. Armenia and Azerbaijan signed a ceasefire "
                "agreement on 9 November 2020.\n")
    changed = corpus_copy / "sources" / "georgia-2008_01_rrc-six-point-plan-text.txt"
    bundled = toml[toml.index('[[source]]\nid = "hovhannisyan-2024"'):toml.index('[[source]]', toml.index("hovhannisyan"))]
    steps = [lambda: None,
             lambda: changed.write_text(changed.read_text(encoding="utf-8") + "\nRussian forces attacked Gori on"
                                        " 11 August 2008.\n", encoding="utf-8"),
             lambda: (corpus_copy / "sources.toml").write_text(toml, encoding="utf-8"),
             lambda: (corpus_copy / "sources.toml").write_text(toml.replace(bundled, ""), encoding="utf-8"),
             lambda: (corpus_copy / "sources.toml").write_text(toml, encoding="utf-8")]
    for step in steps:
        step()
        _, clean, _ = _rebuilt_as_clean(corpus_copy, tmp_path)
        assert clean


def _typed(source: str, cls: str, word: str) -> Extraction:
    """One source that types the entity `wagner` as `cls` by `word`."""
    text = f"The {word} fought on."
    document = Document(SourceMeta(id=source, path=f"{source}.txt"), text, (), "0" * 64, "text/plain")
    claims = [Claim(source, "wagner", "type", cls, 4, 4 + len(word), word, "test")]
    return Extraction(document, {"wagner": Entity("wagner", "Wagner", "en", (cls,))}, claims)


def test_a_typing_a_digest_left_out_is_compared_and_keyed_when_another_source_names_its_subject_by_kind(tmp_path):
    """A digest leaves out the typing of a subject its source names as an organisation; another
    source's armed group of that id brings it back (`linking.whole`, its claims hashed then), and
    the group's comparisons are those of a build without a cache."""
    build_module = importlib.import_module("claimgraph.run.build")  # the module, not the function
    extractions = [_typed("a", "Organization", "company"), _typed("b", "ArmedGroup", "militia")]
    store = Cache(tmp_path / "cache", "v")
    fmt = trig.format_for(tmp_path / "out.trig")
    cached = build_module.compared_sections([linking.in_hand(ex, store) for ex in extractions], {}, fmt, store)
    clean = build_module.compared_sections([linking.in_hand(ex) for ex in extractions], {}, fmt, None)
    assert len(cached) == 1 and cached == clean


def test_a_digest_is_kept_with_its_claims_as_rows_and_read_back_equal(tmp_path):
    """A rebuild reads every unchanged source's digest: the cache keeps its claims as rows of their
    fields (no `Claim` pickled one by one), and reads back an equal digest whose charged claims are
    among its claims (so that `Digest.hashed` keys them)."""
    text = "Russia called its invasion of Ukraine a special military operation."
    document = Document(SourceMeta(id="wire", path="wire.txt"), text, (), "0" * 64, "text/plain")
    start = text.index("special")
    claims = [Claim("wire", "operation", "type", "Operation", start, len(text) - 1, text[start:-1], "test"),
              Claim("wire", "operation", "hasActor", "russia", 0, 6, "Russia", "test")]
    entities = {"operation": Entity("operation", "special military operation", "en", ("Operation",)),
                "russia": Entity("russia", "Russia", "en", ("State",))}
    store = Cache(tmp_path / "cache", "v")
    digest = linking.in_hand(Extraction(document, entities, claims), store).digest
    assert digest.said.charged, "the operation's typing takes a side"
    key = "0" * 64
    store.store(key, digest)
    assert b"Claim" not in (tmp_path / "cache" / "00" / f"{key}.pickle").read_bytes()
    back = store.load(key, linking.Digest)
    assert back == digest
    assert {id(c) for c in back.said.charged} <= {id(c) for c in back.said.claims}
    assert sorted(back.hashed().values()) == sorted(digest.hashed().values())
