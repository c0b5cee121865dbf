"""The command line: what a user types, what they see, and what is left on disk."""

from __future__ import annotations

import fcntl
import io
import json
import os
import pty
import shutil
import struct
import subprocess
import sys
import termios

import pytest

from claimgraph.cli import main
from claimgraph.cli.progress import LOG_LINES, Progress
from claimgraph.model import Step
from claimgraph.recognise.patterns import METHOD_NAME

from .conftest import CORPUS


def cli(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "claimgraph", *map(str, args)],
                          capture_output=True, text=True, cwd=cwd, check=False)


def in_process(capsys, *args) -> subprocess.CompletedProcess:
    """`claimgraph ARGS` run by `cli.main` in this process, its exit code and what it printed as a
    finished process's: the same error boundary without starting Python again. For inputs that
    test_bad_input's matrix also runs as real processes (the command line's contract)."""
    code = main([str(arg) for arg in args])
    out, err = capsys.readouterr()
    return subprocess.CompletedProcess(["claimgraph", *args], code, out, err)


def test_build_a_corpus_folder_prints_a_summary(corpus_copy, built):
    result = cli("build", corpus_copy, "--format", "json")
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert summary["sources"] == 2 and summary["claims"] > 250
    assert set(summary["entities"]) == {"Actor", "Place", "Agreement", "Event"}
    assert (corpus_copy / "karabakh-2020.trig").read_bytes() == built.read_bytes()
    for stage in ("reading", "linking", "comparing", "writing"):  # a log gets plain lines, every stage its own
        assert f"\n{stage}: 2/2 sources" in result.stderr
    assert "reading: 1/2 sources, asker-ozpinar-2021\n" in result.stderr


def test_build_on_a_terminal_draws_a_bar_for_every_stage(corpus_copy):
    """On a real terminal (a pseudo-terminal 100 columns wide), each stage gets its own bar."""
    pid, fd = pty.fork()
    if pid == 0:  # the child: the build, its stdout and stderr on the terminal
        try:
            fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
            os.execv(sys.executable, [sys.executable, "-m", "claimgraph", "build", str(corpus_copy), "--no-cache"])
        finally:  # never back into pytest, whatever went wrong
            os._exit(127)
    screen = b""
    try:
        while chunk := os.read(fd, 65536):
            screen += chunk
    except OSError:  # the terminal closes when the build exits
        pass
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0, screen.decode(errors="replace")
    lines = [line for line in screen.decode().replace("\r", "\n").splitlines() if line.strip()]
    for stage in ("reading", "linking", "comparing", "writing"):
        assert any(line.startswith(f"{stage}: 100%|") and "| 2/2 [" in line for line in lines), stage
    assert "wrote " in lines[-1]


def test_a_log_gets_a_few_lines_per_stage_however_many_sources():
    log = io.StringIO()
    progress = Progress(log)
    for done in range(1001):
        progress(Step("read", done, 1000, f"article-{done}" if done else ""))
    progress(Step("link", 0, 1000))
    progress(Step("link", 1000, 1000))
    progress(Step("compare", 0, 0))
    lines = log.getvalue().splitlines()
    reading = [line for line in lines if line.startswith("reading: ")]
    assert LOG_LINES <= len(reading) <= LOG_LINES + 2
    assert reading[0] == "reading: 0/1000 sources"
    assert reading[1] == "reading: 50/1000 sources, article-50"
    assert reading[-1].startswith("reading: 1000/1000 sources, article-1000 (")
    assert [line.split(" (")[0] for line in lines[len(reading):]] == [
        "linking: 0/1000 sources", "linking: 1000/1000 sources", "comparing: 0/0 sources"]


def test_build_bare_files_takes_metadata_from_the_text(tmp_path, capsys):
    out = tmp_path / "out.trig"
    result = cli("build", CORPUS / "sources" / "hovhannisyan-2024.txt", "-o", out)
    assert result.returncode == 0, result.stderr
    title = in_process(capsys, "query", out, "SELECT ?t WHERE { source:hovhannisyan-2024 dcterms:title ?t }",
                       "--format", "csv")
    assert "Armenians Mark Four Years Since Azerbaijan’s Offensive in Artsakh" in title.stdout


def test_query_formats(tmp_path, built):
    sparql = "SELECT ?s WHERE { ?s a cg:Source } ORDER BY ?s"
    table = cli("query", built, sparql)
    assert "source:asker-ozpinar-2021" in table.stdout and "(2 rows)" in table.stdout
    as_json = json.loads(cli("query", built, sparql, "--format", "json").stdout)
    assert [b["s"]["value"] for b in as_json["results"]["bindings"]] == [
        "https://w3id.org/claimgraph/source/asker-ozpinar-2021", "https://w3id.org/claimgraph/source/hovhannisyan-2024"]
    csv = cli("query", built, sparql, "--format", "csv").stdout.splitlines()
    assert csv[0] == "s" and len(csv) == 3
    query_file = tmp_path / "sources.rq"
    query_file.write_text(sparql)
    assert cli("query", built, query_file, "--format", "csv").stdout.splitlines() == csv


def test_validate_passes_the_bundled_graph(built):
    result = cli("validate", built)
    assert result.returncode == 0 and "conforms" in result.stdout


def test_validate_lists_violations_and_exits_1(tmp_path, built):
    broken = tmp_path / "broken.trig"
    text = built.read_text(encoding="utf-8")
    broken.write_text(text.replace(f'cg:method "{METHOD_NAME}"', "cg:method 7", 1), encoding="utf-8")
    result = cli("validate", broken)
    assert result.returncode == 1
    assert "violations" in result.stdout and "method" in result.stdout


def _one_error_line(result, *fragments):
    """Exactly one error line, the last thing printed (progress lines may precede it)."""
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    errors = [line for line in lines if line.startswith("Error: ")]
    assert len(errors) == 1 and lines[-1] == errors[0], result.stderr
    assert "Traceback" not in result.stderr
    for fragment in fragments:
        assert fragment in errors[0]


def _unpin(corpus):
    """Drop the manifest's SHA-256 pins, so that a damaged file is read rather than refused as changed."""
    manifest = corpus / "sources.toml"
    manifest.write_text("".join(l for l in manifest.read_text().splitlines(True) if not l.startswith("sha256")))


@pytest.mark.parametrize("damage, fragments", [
    (lambda c: (c / "sources" / "hovhannisyan-2024.txt").unlink(), ["hovhannisyan-2024.txt", "no such file"]),
    (lambda c: (c / "sources" / "hovhannisyan-2024.txt").write_bytes(b""), ["hovhannisyan-2024.txt", "empty"]),
    (lambda c: _unpin(c) or (c / "sources" / "hovhannisyan-2024.txt").write_bytes(b"Armenia \xff\xfe"),
     ["hovhannisyan-2024.txt", "not valid UTF-8 at byte 8"]),
    (lambda c: _unpin(c) or (c / "sources" / "hovhannisyan-2024.txt").write_bytes(b"\x00\x01\x02binary"),
     ["hovhannisyan-2024.txt", "binary data"]),
    (lambda c: (c / "sources.toml").write_text("[[source]\nid = 1"), ["sources.toml", "TOML syntax error"]),
    (lambda c: (c / "sources.toml").write_text('[[source]]\nid = "x"\n'), ["missing required field 'path'"]),
])
def test_bad_input_is_one_line_and_leaves_no_output(corpus_copy, damage, fragments, capsys):
    damage(corpus_copy)
    result = in_process(capsys, "build", corpus_copy)
    _one_error_line(result, *fragments)
    assert not list(corpus_copy.glob("*.trig")) and not list(corpus_copy.glob(".*.tmp"))


def test_bad_input_leaves_the_previous_graph_untouched(corpus_copy, built, capsys):
    """The previous graph is the corpus's own build (`built`: test_build_a_corpus_folder_prints_a_summary
    checks that the command builds the same bytes)."""
    shutil.copy(built, corpus_copy / "karabakh-2020.trig")
    before = (corpus_copy / "karabakh-2020.trig").read_bytes()
    (corpus_copy / "sources" / "asker-ozpinar-2021.txt").write_bytes(b"changed")
    _one_error_line(in_process(capsys, "build", corpus_copy), "asker-ozpinar-2021.txt", "changed since the manifest")
    assert (corpus_copy / "karabakh-2020.trig").read_bytes() == before


@pytest.mark.parametrize("sparql, fragments", [
    ("SELECT ?s WHERE { ?s ?p }", ["SPARQL syntax error"]),
    ("INSERT DATA { <a:b> <a:c> <a:d> }", ["read-only"]),
])
def test_broken_queries_are_one_line(built, sparql, fragments, capsys):
    _one_error_line(in_process(capsys, "query", built, sparql), *fragments)


def test_missing_graph_file_is_one_line(tmp_path, capsys):
    _one_error_line(in_process(capsys, "query", tmp_path / "nope.trig", "ASK {}"), "nope.trig", "no such graph file")


def test_help_teaches_the_first_command():
    result = cli("--help")
    assert "claimgraph build graphs/karabakh-2020" in result.stdout
    for command in ("build", "query", "validate"):
        assert command in result.stdout


def test_the_command_exits_without_pythons_teardown_once_its_exit_handlers_ran_and_its_output_is_flushed(tmp_path):
    """A process ending is freed whole: Python's teardown freed, object by object, all a one-shot rebuild's
    modules held (0.09 s of CPU after one article changed of 1,000). The command's process skips it
    (`os._exit`), with its exit status, after the `atexit` handlers have run and what it printed is
    flushed, to a pipe too (buffered, unlike a terminal)."""
    script = ("import atexit, sys; from claimgraph.cli import entry; "
              "atexit.register(lambda: print('handler ran', file=sys.stderr)); print('before the command'); entry()")
    graph = tmp_path / "empty.trig"
    graph.write_text("", encoding="utf-8")
    ok = subprocess.run([sys.executable, "-c", script, "query", str(graph), "ASK {}"], capture_output=True, text=True,
                        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
    assert ok.returncode == 0 and ok.stdout.startswith("before the command\n") and len(ok.stdout.splitlines()) > 1
    assert ok.stderr == "handler ran\n"
    failed = subprocess.run([sys.executable, "-c", script, "query", str(tmp_path / "nope.trig"), "ASK {}"],
                            capture_output=True, text=True, env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
    assert failed.returncode == 1 and failed.stderr.startswith("Error: ") and failed.stderr.endswith("handler ran\n")


@pytest.mark.parametrize("modules, loaded", [
    ("claimgraph.cli", []),  # what `claimgraph --help` and every command load first
    ("claimgraph.cli, claimgraph.run.build", []),  # nor `claimgraph build` before it extracts a source
])
def test_the_command_line_loads_no_heavy_library_before_a_command_needs_it(modules, loaded):
    """spaCy, SciPy, networkx and pyvis take about a second to load together, rdflib, httpx and
    pyshacl a tenth more: `--help`, `query` and a build's start must not wait for the ones they
    never use (rdflib for the rdflib API and validate, httpx for push only)."""
    heavy = ("spacy", "scipy", "networkx", "pyvis", "rdflib", "httpx", "pyshacl")
    probe = (f"import sys, {modules}; claimgraph.cli.parser(); "
             f"print(' '.join(m for m in {heavy!r} if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert result.stdout.split() == loaded


def test_two_bare_files_with_one_name_are_refused(tmp_path):
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "report.txt").write_text("Armenia and Azerbaijan signed a ceasefire.", encoding="utf-8")
    out = tmp_path / "out.trig"
    result = cli("build", tmp_path / "a" / "report.txt", tmp_path / "b" / "report.txt", "-o", out)
    _one_error_line(result, "report.txt", "same source id 'report'")
    assert not out.exists()
