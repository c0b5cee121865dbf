"""Shared fixtures: the bundled corpus, built once per session with the real pipeline."""

from __future__ import annotations

import functools
import pickle
import re
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

import claimgraph
from claimgraph.model import SourceMeta
from claimgraph.rdf.terms import top_classes
from claimgraph.read import manifest, read
from claimgraph.recognise import default_recognisers, recognise
from claimgraph.recognise import packs
from claimgraph.recognise.packs import parse
from claimgraph.run.build import combine, extract

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "graphs" / "karabakh-2020"
SHARED = ROOT.parent / "shared"

# Debian's tools some tests drive; without them those tests skip and say how to get them.
RAPPER = shutil.which("rapper")
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
needs_rapper = pytest.mark.skipif(RAPPER is None, reason=(
    "needs rapper, the independent RDF parser: apt-get install raptor2-utils (.ci/run installs it)"))
needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason=(
    "needs a Chromium for the page tests: apt-get install chromium (.ci/run installs it)"))


# Under pytest-xdist (.ci/run: `python -m pytest -n 2 --dist loadgroup`) a fixture wider than a test is
# made once per worker that runs a test needing it. These session fixtures are too slow to make
# twice: the tests using one run on one worker.
ONE_WORKER_FIXTURES = ("dev_built",)


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items) -> None:
    """Mark each test with its xdist group (the mark does nothing when the suite runs in one process).
    First of the hooks: xdist's own reads the marks into the test ids it schedules by."""
    for item in items:
        group = xdist_group(item)
        if group:
            item.add_marker(pytest.mark.xdist_group(group))


def xdist_group(item) -> str | None:
    """The fixture of ONE_WORKER_FIXTURES the test uses; else its module when it uses a fixture of a
    module's (or class's) scope, so that the module's fixtures are made once; else None: the test
    goes to whichever worker is free."""
    info = getattr(item, "_fixtureinfo", None)
    if info is None:
        return None
    for name in ONE_WORKER_FIXTURES:
        if name in info.name2fixturedefs:
            return name
    scopes = {definition.scope for definitions in info.name2fixturedefs.values() for definition in definitions}
    return item.nodeid.split("::")[0] if scopes & {"module", "class", "package"} else None


@functools.cache
def shared_recognisers() -> list:
    """The default recognisers, built once per process (each build takes about 0.6 s of CPU): the
    helpers of test modules that extract a hand-written text read with them. Do not change them."""
    return default_recognisers()


def place_mentions(text: str, tmp_path: Path, classes=("Settlement", "Region")) -> list[tuple[str, str | None]]:
    """(words, entity id) of every mention of `classes` (places: a settlement or region) the default recognisers
    find in an English `text`."""
    (tmp_path / "t.txt").write_text(text, encoding="utf-8")
    meta = SourceMeta(id="t", path="t.txt", date="2021-05-10", language="en")
    return [(m.text, m.entity) for s in recognise(read(meta, tmp_path), shared_recognisers()) for m in s.mentions
            if m.cls in classes]


@pytest.fixture(scope="session")
def world() -> dict:
    """The world pack's entries, parsed once (a few seconds): read them, do not change them."""
    return parse(ROOT / "ontology" / "world.ttl")


@pytest.fixture(scope="session")
def merged_table(tmp_path_factory) -> Path:
    """The bundled packs' merged table as `load` keeps it on disk, written from the table in hand (the
    user's cache may have dropped its file meanwhile: other processes prune it)."""
    table = packs.load()
    path = tmp_path_factory.mktemp("merged-table") / f"{table.digest}.pickle"
    path.write_bytes(pickle.dumps(table, protocol=pickle.HIGHEST_PROTOCOL))
    return path


@pytest.fixture
def own_table_cache(tmp_path, monkeypatch, merged_table) -> Path:
    """A table cache of the test's own ($XDG_CACHE_HOME in `tmp_path`) that holds only the bundled packs'
    merged table: what the recognisers derive from it is made there afresh, without parsing the world
    pack's 62,000 entries again (half a minute). `load`'s tables of the process are forgotten before and
    after (they would outlive the folder). Yields the folder."""
    folder = tmp_path / "user-cache" / "claimgraph" / "gazetteer"
    folder.mkdir(parents=True)
    shutil.copy(merged_table, folder)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user-cache"))
    packs._merged.cache_clear()
    yield folder
    packs._merged.cache_clear()


@pytest.fixture(scope="session")
def recognisers():
    """The default recognisers, built once: each test that extracts a hand-written text reads with them."""
    return shared_recognisers()


@pytest.fixture
def extraction_of(tmp_path: Path, recognisers):
    """The extraction of one hand-written English text, dated `date`; every claim's evidence is
    checked to be the source's own words at its offsets."""

    def run(text: str, date: str | None = "2021-05-10"):
        (tmp_path / "t.txt").write_text(text, encoding="utf-8")
        ex = extract(SourceMeta(id="t", path="t.txt", date=date, language="en"), tmp_path, recognisers)
        assert all(text[c.start:c.end] == c.exact for c in ex.claims)
        return ex

    return run


@pytest.fixture
def claims_of(extraction_of):
    """The claims of one hand-written text, as (subject, predicate, object value, derived), a
    typing claim by its class and each top class above it: extraction claims a mention's class
    alone (DESIGN.md), and what it types an entity as is read with the ontology, as the graph is,
    so that a test asks for an "Event" whatever subclass typed it."""

    def run(text: str, date: str = "2021-05-10") -> set[tuple[str, str, str, bool]]:
        return {row for c in extraction_of(text, date).claims for row in read_as_typed(c)}

    return run


def read_as_typed(claim) -> list[tuple[str, str, str, bool]]:
    """A claim as (subject, predicate, object value, derived); a typing claim as one such row for
    its class and one for each top class above it (`claims_of`)."""
    value = getattr(claim.obj, "value", claim.obj)
    values = (value, *top_classes(value)) if claim.predicate == "type" else (value,)
    return [(claim.subject, claim.predicate, v, claim.derived) for v in values]


@pytest.fixture(scope="session")
def corpus() -> manifest.Manifest:
    return manifest.load(CORPUS / "sources.toml")


@pytest.fixture(scope="session")
def built(tmp_path_factory) -> Path:
    """The bundled corpus built into a fresh file (the committed one is not touched)."""
    out = tmp_path_factory.mktemp("built") / "karabakh-2020.trig"
    claimgraph.build_corpus(CORPUS, out)
    return out


@pytest.fixture(scope="session")
def store(built):
    return claimgraph.open_store(built)


@pytest.fixture(scope="session")
def bundled_extractions(corpus, recognisers) -> tuple:
    """The bundled corpus's sources extracted and combined, once: read them, do not change them."""
    return tuple(combine([extract(meta, corpus.folder, recognisers) for meta in corpus.sources]))


needs_dev = pytest.mark.skipif(not (SHARED / "eval" / "dev").is_dir(), reason=(
    "the development set is in ../shared/eval/dev beside the repository; clone the project's shared "
    "folder there to run this test"))


@pytest.fixture(scope="session")
def dev_built(tmp_path_factory) -> Path:
    """The development set and the seeds, six conflicts, built as one corpus as bench/quality.py
    builds them, once (the slowest build of the suite): the folder holds the texts, their gold and
    `eval-dev.trig`. Read it, do not change it."""
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import quality  # bench/quality.py: the same corpus the benchmark builds
    finally:
        sys.path.remove(str(ROOT / "bench"))
    folder = quality.corpus_folder(SHARED, tmp_path_factory.mktemp("dev") / "dev")
    claimgraph.build_corpus(folder)
    return folder


@pytest.fixture
def corpus_copy(tmp_path) -> Path:
    """A writable copy of the bundled corpus folder, for tests that damage it."""
    target = tmp_path / "karabakh-2020"
    shutil.copytree(CORPUS / "sources", target / "sources")
    shutil.copy(CORPUS / "sources.toml", target / "sources.toml")
    return target


PERSPECTIVES = ROOT / "tests" / "texts" / "perspectives"


@pytest.fixture(scope="session")
def two_sides(tmp_path_factory) -> Path:
    """The two hand-written accounts in tests/texts/perspectives built into one graph."""
    out = tmp_path_factory.mktemp("sides") / "sides.trig"
    claimgraph.build_files([PERSPECTIVES / "side-a.txt", PERSPECTIVES / "side-b.txt"], out)
    return out


def rows(store, sparql: str) -> list[dict]:
    return claimgraph.select(store, sparql).rows


def pdf_with_text(line: str) -> bytes:
    """A minimal one-page PDF whose text layer holds `line` (Helvetica, ASCII)."""
    stream = f"BT /F1 12 Tf 72 720 Td ({line}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def comparable(rows: list[dict], sparql: str) -> list[tuple]:
    """Rows as sorted tuples of strings, to compare engines and stores.

    SPARQL leaves the order inside GROUP_CONCAT undefined (rdflib and Oxigraph differ, and
    so does one Oxigraph loaded in another order), so a value joined with a SEPARATOR the
    query declares compares as the sorted list of its parts.
    """
    separators = re.findall(r'SEPARATOR\s*=\s*"([^"]+)"', sparql, re.IGNORECASE)

    def value(v: str | None):
        for separator in separators:
            if v and separator in v:
                return tuple(sorted(v.split(separator)))
        return v or ""
    return sorted(tuple(value(v) for v in row.values()) for row in rows)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def oxigraph(tmp_path):
    """A real Oxigraph server on a free loopback port, storing into a temporary folder."""
    if shutil.which("oxigraph") is None:
        pytest.skip("needs the oxigraph server: pip install oxigraph")
    port = free_port()
    process = subprocess.Popen(["oxigraph", "serve", "--location", str(tmp_path / "oxigraph"),
                                "--bind", f"127.0.0.1:{port}"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            httpx.get(url + "/query", params={"query": "ASK {}"})
            break
        except httpx.TransportError:
            time.sleep(0.1)
    yield url
    process.terminate()
    process.wait(timeout=10)
