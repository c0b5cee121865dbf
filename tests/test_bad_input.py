"""Bad input through the real command line: one clear line, non-zero exit, nothing lost.

Each row of MATRIX damages a fresh copy of the bundled corpus (or writes a broken file
beside it), runs `python -m claimgraph ...` in a subprocess, and expects:

- a non-zero exit status;
- exactly one `Error: ...` line, the last line on stderr (progress lines may precede it),
  naming the input and the reason, and no traceback;
- the previous graph (`karabakh-2020.trig`, a copy of the committed one) byte-identical,
  and no temporary file left beside it.

The rows run concurrently (a CLI start that gets as far as extraction imports spaCy), then each
is checked as its own test. REQUESTS does the same for a served graph: each malformed or refused request
gets its status and a one-line answer saying why, and the server logs no traceback.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

import claimgraph
from claimgraph.rdf import dataset
from claimgraph.read.decode import MAX_SOURCE_BYTES

from .conftest import CORPUS, pdf_with_text

GRAPH = "karabakh-2020.trig"
NEWS = "sources/hovhannisyan-2024.txt"


@dataclass(frozen=True)
class Case:
    name: str
    prepare: Callable[[Path], list]  # damages the corpus copy in a folder, returns the CLI arguments
    fragments: tuple[str, ...]  # what the one error line must say


def cli(*args, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "claimgraph", *map(str, args)],
                          capture_output=True, text=True, cwd=cwd, check=False)


# --- ways to damage a corpus copy ---------------------------------------------------------

def _edit_manifest(old: str, new: str, unpin: bool = False):
    def damage(folder: Path) -> None:
        manifest = folder / "sources.toml"
        text = manifest.read_text(encoding="utf-8")
        assert old in text, old
        text = text.replace(old, new, 1)
        if unpin:  # drop the SHA-256 pins, so that a damaged file is read rather than refused as changed
            text = "".join(line for line in text.splitlines(True) if not line.startswith("sha256"))
        manifest.write_text(text, encoding="utf-8")
    return damage


def _add_source(relative: str, data: bytes):
    def damage(folder: Path) -> None:
        (folder / relative).write_bytes(data)
        with (folder / "sources.toml").open("a", encoding="utf-8") as manifest:
            manifest.write(f'\n[[source]]\nid = "extra"\npath = "{relative}"\n')
    return damage


def _replace_source(data: bytes | Callable[[Path], None], unpin: bool = True):
    def damage(folder: Path) -> None:
        if callable(data):
            data(folder / NEWS)
        else:
            (folder / NEWS).write_bytes(data)
        if unpin:
            _edit_manifest("[corpus]", "[corpus]", unpin=True)(folder)
    return damage


def _make_dir(path: Path) -> None:
    path.unlink()
    path.mkdir()


def _make_fifo(path: Path) -> None:
    path.unlink()
    os.mkfifo(path)


def _link_to(target: str):
    def damage(path: Path) -> None:
        path.unlink()
        path.symlink_to(target)
    return damage


def _link_loop(folder: Path) -> None:
    (folder / "sources" / "loop.txt").symlink_to("loop.txt")


def build_corpus(*damages):
    def prepare(folder: Path) -> list:
        for damage in damages:
            damage(folder)
        return ["build", folder]
    return prepare


def build_bare(name: str, data: bytes, *options: str):
    def prepare(folder: Path) -> list:
        (folder / name).write_bytes(data)
        return ["build", folder / name, "-o", folder / GRAPH, *options]
    return prepare


def query(sparql: str, graph_name: str = GRAPH, graph_data: bytes | None = None, *options: str):
    def prepare(folder: Path) -> list:
        if graph_data is not None:
            (folder / graph_name).write_bytes(graph_data)
        return ["query", folder / graph_name, sparql, *options]
    return prepare


def validate(graph_name: str, graph_data: bytes):
    def prepare(folder: Path) -> list:
        (folder / graph_name).write_bytes(graph_data)
        return ["validate", folder / graph_name]
    return prepare


def odd_graph(kind: str, *command: str):
    """`command` run on a graph path that is no regular file; GRAPH in `command` stands for it."""
    def prepare(folder: Path) -> list:
        path = {"pipe": folder / "pipe.trig", "zero": Path("/dev/zero"), "link to zero": folder / "zero.trig",
                "loop": folder / "loop.trig", "long": folder / ("g" * 5000 + ".trig")}[kind]
        if kind == "pipe":
            os.mkfifo(path)
        elif kind == "link to zero":
            path.symlink_to("/dev/zero")
        elif kind == "loop":
            path.symlink_to(path.name)
        return [path if arg == "GRAPH" else arg for arg in command]
    return prepare


MIDDLE = "Armenia and Azerbaijan fought for 44 days. ".encode() * 40
COMMITTED = (CORPUS / GRAPH).read_bytes()
TRIG = b'<https://ex.org/g> { <https://ex.org/s> <https://ex.org/p> "Armenia" . }\n'
NQUADS = b'<https://ex.org/s> <https://ex.org/p> "Armenia" <https://ex.org/g> .\n'

MATRIX = [
    # sources
    Case("source: missing path", build_corpus(lambda f: (f / NEWS).unlink()),
         ("hovhannisyan-2024.txt", "no such file")),
    Case("source: a directory where a file is expected", build_corpus(_replace_source(_make_dir, unpin=False)),
         ("hovhannisyan-2024.txt", "is a directory, expected a file")),
    Case("source: empty file", build_corpus(_replace_source(b"")), ("hovhannisyan-2024.txt", "file is empty")),
    Case("source: only a byte-order mark", build_corpus(_replace_source(b"\xef\xbb\xbf\r\n")),
         ("hovhannisyan-2024.txt", "file is empty")),
    Case("source: binary file", build_corpus(_replace_source(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")),
         ("hovhannisyan-2024.txt", "binary data (NUL bytes)")),
    Case("source: invalid UTF-8 in the middle", build_corpus(_replace_source(MIDDLE + b"\xc3\x28" + MIDDLE)),
         ("hovhannisyan-2024.txt", f"not valid UTF-8 at byte {len(MIDDLE)}", "--encoding")),
    Case("source: Latin-1 without an encoding", build_corpus(_replace_source("Bakı café, Gəncə".encode("latin-1", "replace"))),
         ("hovhannisyan-2024.txt", "not valid UTF-8 at byte 8", "--encoding NAME", 'encoding = "NAME" in sources.toml')),
    Case("source: UTF-16 cut in half a character", build_corpus(_replace_source("Armenia".encode("utf-16")[:-1])),
         ("hovhannisyan-2024.txt", "not valid UTF-16-LE at byte 14")),
    Case("source: a PDF with no text layer", build_corpus(_add_source("sources/scan.pdf", pdf_with_text(""))),
         ("scan.pdf", "no text layer", "OCR")),
    Case("source: a damaged PDF", build_corpus(_add_source("sources/cut.pdf", pdf_with_text("Armenia")[:200])),
         ("cut.pdf", "not a readable PDF")),
    Case("source: HTML with no main text", build_corpus(_add_source("sources/empty.html", b"<html><script>x=1</script></html>")),
         ("empty.html", "no main text")),
    Case("source: changed since the manifest recorded its hash", build_corpus(_replace_source(b"changed", unpin=False)),
         ("hovhannisyan-2024.txt", "changed since the manifest recorded its SHA-256", "update sources.toml")),
    Case("source: a 50 MB text", build_bare("huge.txt", b"Armenia and Azerbaijan. " * (50 * 2**20 // 24)),
         ("huge.txt", f"over the {MAX_SOURCE_BYTES}-byte limit", "split it")),
    Case("source: unknown --encoding", build_bare("old.txt", b"caf\xe9", "--encoding", "latin-9000"),
         ("old.txt", "unknown encoding 'latin-9000'")),
    Case("source: /dev/zero", lambda f: ["build", "/dev/zero", "-o", f / GRAPH],
         ("/dev/zero", "is a character device, not a regular file")),
    Case("source: /dev/urandom", lambda f: ["build", "/dev/urandom", "-o", f / GRAPH],
         ("/dev/urandom", "is a character device, not a regular file")),
    Case("source: a named pipe", build_corpus(_replace_source(_make_fifo)),
         ("hovhannisyan-2024.txt", "is a named pipe, not a regular file")),
    Case("source: a link to /dev/zero in the corpus", build_corpus(_replace_source(_link_to("/dev/zero"))),
         ("sources.toml", "outside the corpus folder")),
    Case("output: unknown graph file extension", lambda f: ["build", f / NEWS, "-o", f / "out.json"],
         ("out.json", "unknown graph file extension '.json'")),
    Case("output: a format with no named graphs", lambda f: ["build", f / NEWS, "-o", f / "out.ttl"],
         ("out.ttl", "holds no named graphs", ".trig")),
    # manifest
    Case("manifest: missing", build_corpus(lambda f: (f / "sources.toml").unlink()), ("sources.toml", "no such file")),
    Case("manifest: TOML syntax error", build_corpus(_edit_manifest("[[source]]", "[[source]")),
         ("sources.toml", "TOML syntax error", "line 9")),
    Case("manifest: not UTF-8", build_corpus(lambda f: (f / "sources.toml").write_bytes(b'title = "caf\xe9"')),
         ("sources.toml", "not valid UTF-8 at byte 12")),
    Case("manifest: missing required field", build_corpus(_edit_manifest('path = "sources/asker-ozpinar-2021.txt"\n', "")),
         ("sources.toml", "source 'asker-ozpinar-2021'", "missing required field 'path'")),
    Case("manifest: wrong type", build_corpus(_edit_manifest('creators = ["Albert Hovhannisyan"]', 'creators = "Albert Hovhannisyan"')),
         ("sources.toml", "source 'hovhannisyan-2024'", "field 'creators' has the wrong type (str)")),
    Case("manifest: wrong type in [corpus]", build_corpus(_edit_manifest('id = "karabakh-2020"', "id = 2020")),
         ("sources.toml", "[corpus] id has the wrong type (int)")),
    Case("manifest: duplicate source id", build_corpus(_edit_manifest('id = "hovhannisyan-2024"', 'id = "asker-ozpinar-2021"')),
         ("sources.toml", "duplicate source id 'asker-ozpinar-2021'")),
    Case("manifest: path outside the corpus folder", build_corpus(_edit_manifest(f'path = "{NEWS}"', 'path = "../../etc/passwd"')),
         ("sources.toml", "path '../../etc/passwd' is outside the corpus folder")),
    Case("manifest: absolute path", build_corpus(_edit_manifest(f'path = "{NEWS}"', 'path = "/etc/passwd"')),
         ("sources.toml", "path '/etc/passwd' is outside the corpus folder")),
    Case("manifest: unknown licence", build_corpus(_edit_manifest('license = "CC-BY-NC"', 'license = "CC-BY-NC-9.9"')),
         ("sources.toml", "unknown licence 'CC-BY-NC-9.9'", "did you mean")),
    Case("manifest: unknown field", build_corpus(_edit_manifest('license = "CC-BY-NC"', 'licence = "CC-BY-NC"')),
         ("sources.toml", "unknown field 'licence'", "did you mean 'license'")),
    Case("manifest: unknown [corpus] field", build_corpus(_edit_manifest('[corpus]\n', '[corpus]\ntitel = "x"\n')),
         ("sources.toml", "[corpus]: unknown field 'titel'", "did you mean 'title'")),
    Case("manifest: unknown table", build_corpus(_edit_manifest('[corpus]\n', '[sources]\nx = 1\n[corpus]\n')),
         ("sources.toml", "unknown table 'sources'", "did you mean 'source'")),
    Case("manifest: path is a symbolic link loop",
         build_corpus(_link_loop, _edit_manifest(f'path = "{NEWS}"', 'path = "sources/loop.txt"')),
         ("loop.txt", "symbolic link")),
    Case("manifest: path holds a NUL", build_corpus(_edit_manifest(f'path = "{NEWS}"', 'path = "sources/a\\u0000.txt"')),
         ("sources.toml", "path 'sources/a\\x00.txt' contains a NUL character")),
    Case("manifest: path of 5,000 characters", build_corpus(_edit_manifest(f'path = "{NEWS}"', f'path = "sources/{"a" * 5000}.txt"')),
         ("…", "aaa.txt (", " characters): cannot be read: File name too long")),
    Case("manifest: bad date", build_corpus(_edit_manifest('date = "2024-09"', 'date = "September 2024"')),
         ("sources.toml", "date 'September 2024' is not YYYY, YYYY-MM or YYYY-MM-DD")),
    Case("manifest: unknown encoding", build_corpus(_edit_manifest('language = "en"\nnote', 'encoding = "klingon"\nlanguage = "en"\nnote')),
         ("sources.toml", "unknown encoding 'klingon'")),
    # graph files
    Case("graph: missing", query("ASK {}", "nope.trig"), ("nope.trig", "no such graph file")),
    Case("graph: truncated TriG", query("ASK {}", "cut.trig", COMMITTED[:len(COMMITTED) // 2]),
         ("cut.trig", "not valid TriG", "line ")),
    Case("graph: N-Quads content in .trig", validate("quads.trig", NQUADS),
         ("quads.trig", "not valid TriG", "line 1", "the file is N-Quads: name it .nq")),
    Case("graph: TriG content in .nq", validate("trig.nq", TRIG),
         ("trig.nq", "not valid N-Quads", "line 1", "the file is TriG: name it .trig")),
    Case("graph: Turtle with graphs in .ttl", validate("graphs.ttl", TRIG),
         ("graphs.ttl", "not valid Turtle", "line 1", "the file is TriG: name it .trig")),
    Case("graph: N-Quads content in .trig, queried", query("ASK {}", "quads.trig", NQUADS),
         ("quads.trig", "not valid TriG", "line 1")),
    Case("graph: N-Quads content in .trig, queried, names the format", query("ASK {}", "quads.trig", NQUADS),
         ("quads.trig", "the file is N-Quads: name it .nq")),
    Case("graph: validate an empty file", validate("empty.trig", b""), ("empty.trig", "is empty")),
    Case("graph: validate another tool's graph", validate("other.nq", NQUADS),
         ("other.nq", "not a graph claimgraph built", "no cg:Source")),
    Case("graph: binary in .trig", query("ASK {}", "png.trig", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
         ("png.trig", "not valid TriG")),
    Case("graph: unknown extension", query("ASK {}", "graph.json", b"{}"),
         ("graph.json", "unknown graph file extension '.json'")),
    # graph paths that are no regular file, for every command that reads a graph (issue 18, item 5)
    Case("graph: a named pipe, served", odd_graph("pipe", "serve", "GRAPH", "--port", "0"),
         ("pipe.trig", "is a named pipe, not a regular file")),
    Case("graph: a named pipe, queried", odd_graph("pipe", "query", "GRAPH", "ASK {}"),
         ("pipe.trig", "is a named pipe, not a regular file")),
    Case("graph: /dev/zero, exported", odd_graph("zero", "export", "GRAPH", "--format", "nquads", "-o", "out.nq"),
         ("/dev/zero", "is a device, not a regular file")),
    Case("graph: a link to /dev/zero, loaded", odd_graph("link to zero", "load", "GRAPH", "--store", "store"),
         ("zero.trig", "is a device, not a regular file")),
    Case("graph: a link to /dev/zero, pushed", odd_graph("link to zero", "push", "GRAPH", "--endpoint", "http://127.0.0.1:9/u"),
         ("zero.trig", "is a device, not a regular file")),
    Case("graph: a symbolic link loop, validated", odd_graph("loop", "validate", "GRAPH"),
         ("loop.trig", "symbolic link to nothing")),
    Case("graph: a path of 5,000 characters, served (opened in a worker)", odd_graph("long", "serve", "GRAPH", "--port", "0"),
         ("ggg.trig (", " characters)", "File name too long")),
    Case("graph: a path of 5,000 characters, queried with --timeout (a worker)",
         odd_graph("long", "query", "GRAPH", "ASK {}", "--timeout", "5"),
         ("ggg.trig (", " characters)", "File name too long")),
    # queries
    Case("query: syntax error points at the position", query("SELECT ?s WHERE { ?s ?p }"),
         ("query", "SPARQL syntax error", "1:26")),
    Case("query: syntax error on a later line", query("SELECT ?s\nWHERE {\n  ?s ?p ?o .\n  FILTER( }"),
         ("query", "SPARQL syntax error", "4:12")),
    Case("query: a query cut short is one line naming the first tokens it lacks", query("SELECT ?x WHERE {"),
         ("query", "SPARQL syntax error", "1:18", 'expected one of "$"', "more")),
    Case("query: SPARQL Update is refused", query("INSERT DATA { <a:b> <a:c> <a:d> }"), ("query", "read-only")),
    Case("query: Update after a PREFIX line is refused", query("PREFIX ex: <https://ex.org/>\nDELETE WHERE { ?s ?p ?o }"),
         ("query", "read-only")),
    Case("query: SERVICE is refused", query("SELECT * WHERE { SERVICE <http://127.0.0.1:1/> { ?s ?p ?o } }"),
         ("query", "SERVICE", "refused", "--allow-service")),
    Case("query: a failing SERVICE when allowed", query("SELECT * WHERE { SERVICE <ftp://127.0.0.1/> { ?s ?p ?o } }",
                                                        GRAPH, None, "--allow-service"),
         ("query", "failed while running", "ftp")),
    Case("query: a failing SERVICE when allowed, in a worker",
         query("SELECT * WHERE { SERVICE <ftp://127.0.0.1/> { ?s ?p ?o } }", GRAPH, None, "--allow-service",
               "--timeout", "20"),
         ("query", "failed while running", "ftp")),
    Case("query: runs too long", query("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", GRAPH, None,
                                       "--timeout", "1"),
         ("query", "ran longer than 1 s", "LIMIT")),
]


def _run(case: Case, folder: Path) -> subprocess.CompletedProcess:
    shutil.copytree(CORPUS / "sources", folder / "sources")
    shutil.copy(CORPUS / "sources.toml", folder / "sources.toml")
    shutil.copy(CORPUS / GRAPH, folder / GRAPH)
    return cli(*case.prepare(folder), cwd=folder)


def _case(row) -> Case:
    return row if isinstance(row, Case) else row.values[0]


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory) -> dict[str, tuple[Path, subprocess.CompletedProcess]]:
    cases = [_case(row) for row in MATRIX]
    folders = {case.name: tmp_path_factory.mktemp("case") for case in cases}
    with ThreadPoolExecutor(max_workers=max(2, (os.cpu_count() or 1) * 2)) as pool:
        futures = {case.name: pool.submit(_run, case, folders[case.name]) for case in cases}
        return {name: (folders[name], future.result()) for name, future in futures.items()}


def assert_one_error_line(result: subprocess.CompletedProcess, *fragments: str) -> str:
    """Exactly one error line, the last thing printed, with every fragment in it."""
    assert result.returncode != 0, result.stdout
    lines = result.stderr.strip().splitlines()
    errors = [line for line in lines if line.startswith("Error: ")]
    assert len(errors) == 1 and lines[-1] == errors[0], result.stderr
    assert "Traceback" not in result.stderr
    for fragment in fragments:
        assert fragment in errors[0], errors[0]
    return errors[0]


@pytest.mark.parametrize("case", MATRIX, ids=[_case(row).name for row in MATRIX])
def test_bad_input_is_refused_in_one_line_and_nothing_is_lost(case, outcomes):
    folder, result = outcomes[case.name]
    assert_one_error_line(result, *case.fragments)
    assert (folder / GRAPH).read_bytes() == COMMITTED
    assert not list(folder.glob(".*.tmp"))


# --- an interrupted build ------------------------------------------------------------------

def _big_corpus(folder: Path, copies: int) -> None:
    """The bundled sources many times over, under new ids (no pins: the ids change)."""
    (folder / "sources").mkdir(parents=True)
    entries = ['[corpus]\nid = "karabakh-2020"\n']
    for n in range(copies):
        for source in sorted((CORPUS / "sources").glob("*.txt")):
            name = f"{source.stem}-{n}.txt"
            shutil.copy(source, folder / "sources" / name)
            entries.append(f'[[source]]\nid = "{source.stem}-{n}"\npath = "sources/{name}"\nlanguage = "en"\n')
    (folder / "sources.toml").write_text("\n".join(entries), encoding="utf-8")
    shutil.copy(CORPUS / GRAPH, folder / GRAPH)


# Runs the real CLI, but SIGKILLs itself the moment the output's bytes are on disk and
# before they are renamed into place: the worst moment to die.
KILLED_WHILE_WRITING = """
import os, runpy, signal, sys
real_fsync = os.fsync
def fsync_then_die(fd):
    real_fsync(fd)
    os.kill(os.getpid(), signal.SIGKILL)
os.fsync = fsync_then_die
sys.argv = ["claimgraph", "build", sys.argv[1], "--no-cache", "--jobs", "1"]
runpy.run_module("claimgraph", run_name="__main__")
"""


def test_a_build_killed_while_writing_leaves_the_old_graph_and_the_next_build_cleans_up(tmp_path):
    _big_corpus(tmp_path, copies=1)
    killed = subprocess.run([sys.executable, "-c", KILLED_WHILE_WRITING, str(tmp_path)],
                            capture_output=True, text=True, check=False)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    assert (tmp_path / GRAPH).read_bytes() == COMMITTED
    leftovers = list(tmp_path.glob(f".{GRAPH}.*.tmp"))
    assert len(leftovers) == 1 and leftovers[0].stat().st_size > 0  # killed after writing, before renaming
    rebuilt = cli("build", tmp_path, "--no-cache")
    assert rebuilt.returncode == 0, rebuilt.stderr
    assert not list(tmp_path.glob(".*.tmp"))
    assert (tmp_path / GRAPH).read_bytes() != COMMITTED and b"hovhannisyan-2024-0" in (tmp_path / GRAPH).read_bytes()


def test_a_build_that_fails_while_writing_its_sections_leaves_the_old_graph(tmp_path, monkeypatch):
    """Sections are written as they are made: a failure in the second one has bytes on disk already."""
    _big_corpus(tmp_path, copies=1)
    real = dataset.source_part
    made: list[str] = []
    written: list[int] = []

    def source_part(extraction, media_type):
        made.append(extraction.document.meta.id)
        if len(made) == 2:
            written.extend(tmp.stat().st_size for tmp in tmp_path.glob(f".{GRAPH}.*.tmp"))
            raise MemoryError("while making the second section")
        return real(extraction, media_type)

    monkeypatch.setattr(dataset, "source_part", source_part)
    with pytest.raises(MemoryError):
        claimgraph.build_corpus(tmp_path, jobs=1)
    assert made == ["asker-ozpinar-2021-0", "hovhannisyan-2024-0"]
    assert len(written) == 1 and written[0] > 0  # the graph so far was on its way to disk
    assert (tmp_path / GRAPH).read_bytes() == COMMITTED
    assert not list(tmp_path.glob(".*.tmp"))


def test_a_build_killed_while_reading_leaves_the_old_graph(tmp_path):
    _big_corpus(tmp_path, copies=8)
    process = subprocess.Popen([sys.executable, "-m", "claimgraph", "build", str(tmp_path), "--no-cache"],
                               stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    try:
        for line in process.stderr:  # until one source of 16 is done
            if line.startswith("reading: 1/16"):
                break
        else:
            pytest.fail("the build ended without a 'reading: 1/16' progress line")
        process.send_signal(signal.SIGKILL)
    finally:
        process.kill()
        process.wait()
    assert process.returncode == -signal.SIGKILL
    assert (tmp_path / GRAPH).read_bytes() == COMMITTED
    assert not list(tmp_path.glob(".*.tmp"))


def _descendants(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            children = [int(p) for p in (task / "children").read_text().split()]
        except OSError:
            continue
        for child in children:
            found += [child, *_descendants(child)]
    return found


def _running(pid: int) -> bool:
    try:
        return "\tZ" not in Path(f"/proc/{pid}/status").read_text().split("State:")[1][:4]
    except (OSError, IndexError):
        return False


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="reads the process tree from Linux's /proc")
def test_a_build_killed_leaves_no_process_behind(tmp_path):
    """SIGKILL runs no clean-up: the workers, the forkserver and the resource tracker must see it themselves."""
    _big_corpus(tmp_path, copies=8)
    process = subprocess.Popen([sys.executable, "-m", "claimgraph", "build", str(tmp_path), "--no-cache", "--jobs", "2"],
                               stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    try:
        for line in process.stderr:
            if line.startswith("reading: 1/16"):
                break
        helpers = _descendants(process.pid)
        process.send_signal(signal.SIGKILL)
    finally:
        process.kill()
        process.wait()
    assert len(helpers) >= 3, helpers  # the forkserver, its workers, the resource tracker
    deadline = time.monotonic() + 15
    while any(map(_running, helpers)) and time.monotonic() < deadline:
        time.sleep(0.2)
    left = [pid for pid in helpers if _running(pid)]
    for pid in left:
        os.kill(pid, signal.SIGKILL)
    assert not left


# Runs `claimgraph load`, but SIGKILLs itself at a chosen moment of the store swap.
KILLED_LOADING = """
import os, runpy, signal, sys
from claimgraph.store import graph as store
die = lambda *args: os.kill(os.getpid(), signal.SIGKILL)
moment = sys.argv[3]
if moment == "before the swap":
    store._swap = die
elif moment == "right after the exchange":
    real = store._exchange
    store._exchange = lambda a, b: (real(a, b), die())
sys.argv = ["claimgraph", "load", sys.argv[1], "--store", sys.argv[2]]
runpy.run_module("claimgraph", run_name="__main__")
"""


@pytest.mark.parametrize("moment", ["before the swap", "right after the exchange"])
def test_a_killed_load_leaves_a_store_and_the_next_load_cleans_up(tmp_path, built, moment):
    folder = tmp_path / "karabakh.oxigraph"
    assert cli("load", CORPUS / GRAPH, "--store", folder).returncode == 0
    killed = subprocess.run([sys.executable, "-c", KILLED_LOADING, str(built), str(folder), moment],
                            capture_output=True, text=True, check=False)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    whole = CORPUS / GRAPH if moment == "before the swap" else built  # the old store, or the new one: never none
    assert len(claimgraph.open(folder)) == len(claimgraph.open(whole))
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")]  # what the killed load left
    again = cli("load", built, "--store", folder)
    assert again.returncode == 0, again.stderr
    assert [p.name for p in tmp_path.iterdir()] == ["karabakh.oxigraph"]


# --- bad requests to a served graph (issue 18, item 3) --------------------------------------

def _post(headers: str, body: bytes = b"") -> bytes:
    return f"POST /sparql HTTP/1.1\r\nHost: x\r\n{headers}\r\n".encode() + body


FORM = "Content-Type: application/x-www-form-urlencoded\r\n"
REQUESTS = [  # name, the bytes sent, the status, what the one-line answer must say
    ("Content-Length: -1", _post(FORM + "Content-Length: -1\r\n", b"query=ASK{}"), 400,
     ("Content-Length '-1'", "not a whole number")),
    ("Content-Length: abc", _post(FORM + "Content-Length: abc\r\n"), 400, ("Content-Length 'abc'", "not a whole number")),
    ("Content-Length past the limit", _post(FORM + "Content-Length: 99999999999999999999\r\n"), 413,
     ("larger than 1000000 bytes",)),
    ("a chunked body", _post(FORM + "Transfer-Encoding: chunked\r\n"), 411, ("Content-Length", "Transfer-Encoding")),
    ("a body shorter than its Content-Length", _post(FORM + "Content-Length: 100\r\n", b"query=ASK"), 400,
     ("the body ended after 9 of its 100 bytes",)),
    ("a head over 64 KiB", _post("X-Filler: " + "x" * 70_000 + "\r\n"), 431, ("request head is larger than 65536 bytes",)),
    ("not HTTP", b"HELLO\r\n\r\n", 400, ("not an HTTP request line", "HELLO")),
    ("an unknown method", b"PUT /sparql HTTP/1.1\r\n\r\n", 501, ("PUT is not supported",)),
    ("a body of another media type", _post("Content-Type: text/plain\r\nContent-Length: 5\r\n", b"ASK{}"), 415,
     ("application/sparql-query",)),
    ("a SERVICE clause", b"GET /sparql?query=SELECT%20*%20%7B%20SERVICE%20%3Chttp://127.0.0.1:9/%3E%20%7B%7D%20%7D "
                         b"HTTP/1.1\r\n\r\n", 400, ("SERVICE", "refused")),
    ("a named-graph-uri that is no IRI", b"GET /sparql?query=ASK%7B%7D&named-graph-uri=a%20b HTTP/1.1\r\n\r\n", 400,
     ("named-graph-uri 'a b' is not an IRI",)),
]


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """`claimgraph serve` on the committed graph, as a real process: its port, and the file its stderr goes to."""
    log = tmp_path_factory.mktemp("serve") / "stderr.txt"
    with log.open("w") as stderr:
        process = subprocess.Popen([sys.executable, "-m", "claimgraph", "serve", str(CORPUS / GRAPH), "--port", "0"],
                                   stderr=stderr)
    deadline = time.monotonic() + 60
    while "serving" not in log.read_text() and time.monotonic() < deadline:
        time.sleep(0.1)
    port = int(log.read_text().split("http://127.0.0.1:")[1].split("/")[0])
    yield port, log
    process.terminate()
    process.wait(timeout=30)


@pytest.mark.parametrize("name, request_bytes, status, fragments", REQUESTS, ids=[row[0] for row in REQUESTS])
def test_a_bad_request_gets_its_status_and_one_line_saying_why(served, name, request_bytes, status, fragments):
    port, _ = served
    with socket.create_connection(("127.0.0.1", port), timeout=30) as connection:
        connection.sendall(request_bytes)
        connection.shutdown(socket.SHUT_WR)  # nothing more comes: a server waiting for more would hang
        answer = b""
        while chunk := connection.recv(65536):
            answer += chunk
    head, _, body = answer.decode().partition("\r\n\r\n")
    assert head.split(" ")[1] == str(status), answer
    assert body.count("\n") == 1 and body.endswith("\n"), body
    for fragment in fragments:
        assert fragment in body, body


def test_no_bad_request_leaves_a_traceback_in_the_server_log(served):
    port, log = served
    for _, request_bytes, _, _ in REQUESTS:
        with socket.create_connection(("127.0.0.1", port), timeout=30) as connection:
            connection.sendall(request_bytes)
            connection.shutdown(socket.SHUT_WR)
            while connection.recv(65536):
                pass
    assert log.read_text().splitlines()[1:] == []  # nothing after the "serving ..." line


@pytest.mark.parametrize("damage", [b"\xff\xfe\x00\xd8", b"", None], ids=["changed", "empty", "missing"])
def test_a_bad_source_is_refused_before_the_extraction_stack_is_imported(corpus_copy, damage):
    """Reading each source's bytes costs a fraction of a second; importing spaCy and the recognisers'
    thousand patterns costs seconds: a user whose corpus holds a bad file waits for neither."""
    news = corpus_copy / NEWS
    news.write_bytes(damage) if damage is not None else news.unlink()
    probe = ("import sys; from claimgraph.cli import main; code = main(sys.argv[1:]); "
             "print(sorted(m for m in ('spacy', 'claimgraph.recognise') if m in sys.modules)); sys.exit(code)")
    done = subprocess.run([sys.executable, "-c", probe, "build", str(corpus_copy)], capture_output=True, text=True)
    assert done.returncode == 1 and done.stdout.strip() == "[]"
    assert done.stderr.startswith("Error: ") and "hovhannisyan-2024.txt" in done.stderr
