"""Store folders (`claimgraph load`), query --timeout and graph formats of `claimgraph query`."""

from __future__ import annotations

import asyncio
import json
import threading

import pyoxigraph as ox
import pytest

import claimgraph
from claimgraph.cli import main
from claimgraph.errors import GraphFileError
from claimgraph.store.graph import is_store, load_store, open_store
from claimgraph.store.worker import QueryWorker, WorkerLost, WorkerOverran

# A cross join no engine can shortcut: it yields nothing for hours, so only killing it stops it.
ENDLESS = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i FILTER(STRLEN(STR(?a)) + STRLEN(STR(?g)) = 1) }"


def quads(store) -> set:
    return set(store)


@pytest.fixture(scope="module")
def folder(built, tmp_path_factory):
    path = tmp_path_factory.mktemp("stores") / "karabakh.oxigraph"
    load_store(built, path)
    return path


def test_a_loaded_store_holds_the_same_quads_as_the_file(built, folder):
    assert is_store(folder)
    assert quads(open_store(folder)) == quads(open_store(built))


def test_loading_again_replaces_what_the_store_held(built, tmp_path):
    small = tmp_path / "small.nq"
    small.write_text("<urn:a> <urn:b> <urn:c> <urn:g> .\n")
    path = tmp_path / "store"
    assert load_store(small, path) == 1
    assert load_store(built, path) == len(open_store(built))
    assert quads(open_store(path)) == quads(open_store(built))
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_a_failed_load_leaves_the_previous_store_intact(built, tmp_path):
    path = tmp_path / "store"
    load_store(built, path)
    broken = tmp_path / "broken.trig"
    broken.write_text(built.read_text(encoding="utf-8")[:5000], encoding="utf-8")
    with pytest.raises(GraphFileError, match="broken.trig"):
        load_store(broken, path)
    assert len(open_store(path)) == len(open_store(built))


def test_load_refuses_a_folder_that_is_not_a_store(built, tmp_path):
    (tmp_path / "notes.txt").write_text("mine")
    with pytest.raises(GraphFileError, match="not a claimgraph store"):
        load_store(built, tmp_path)
    assert (tmp_path / "notes.txt").read_text() == "mine"
    with pytest.raises(GraphFileError, match="claimgraph load"):
        open_store(tmp_path)


def test_every_query_command_accepts_a_store_folder(built, folder, capsys):
    assert main(["load", str(built), "--store", str(folder.parent / "cli-store")]) == 0
    assert "quads" in capsys.readouterr().out
    for graph in (built, folder.parent / "cli-store"):
        assert main(["query", str(graph), "--saved", "names-per-source", "--format", "csv"]) == 0
    from_file, from_store = capsys.readouterr().out.split("entity,label,source,name,mentions")[1:]
    assert from_file == from_store and from_file.count("\n") > 10


def test_the_store_opens_read_only(folder):
    with pytest.raises((OSError, RuntimeError), match="read-write"):
        open_store(folder).add(ox.Quad(ox.NamedNode("urn:a"), ox.NamedNode("urn:b"), ox.NamedNode("urn:c")))


def test_timeout_stops_a_query_that_runs_too_long(built, capsys):
    assert main(["query", str(built), ENDLESS, "--timeout", "0.5"]) == 1
    assert capsys.readouterr().err.strip() == (
        "Error: query: ran longer than 0.5 s and was stopped; "
        "narrow it (a LIMIT, a more specific pattern) or allow more time")


def test_timeout_kills_the_worker_process(built):
    worker = QueryWorker(built)
    with pytest.raises(WorkerOverran, match="ran longer than 0.2 s"):
        worker.run(endless, (), 0.2)
    assert not worker._process.is_alive()


def test_an_overrun_under_uvloop_is_told_apart_from_a_lost_worker_by_its_kind(built):
    """uvloop caches its clock per loop turn: the page builder, which once timed the job itself, read
    a 0.01 s overrun as shorter than 0.01 s and blamed a lost worker. The error's kind says it now."""
    uvloop = pytest.importorskip("uvloop", reason="uvloop comes with claimgraph on Linux: pip install uvloop")
    worker = QueryWorker(built)
    with pytest.raises(WorkerOverran, match="ran longer than 0.01 s"):
        uvloop.run(worker.run_async(endless, (), 0.01))
    worker.close()  # run_async leaves an overrun worker to its caller


def sources(store):
    """A worker job that answers at once."""
    return len(list(store.query("SELECT ?s WHERE { ?s a cg:Source }")))


def test_a_pipe_that_breaks_while_its_worker_lives_ends_the_worker_instead_of_waiting_for_it(built):
    """A message read in part (an OSError with the process alive) once made the loop wait for a process
    that waited for its next job: the loop hung. The worker is ended, and the job gets a WorkerLost."""
    worker = QueryWorker(built)

    def broken():
        raise OSError("message truncated")

    worker._conn.recv = broken
    outcome: list[BaseException] = []

    def serve() -> None:
        try:
            asyncio.run(worker.run_async(sources, (), 30))
        except BaseException as exc:
            outcome.append(exc)

    loop = threading.Thread(target=serve, daemon=True)
    loop.start()
    loop.join(timeout=20)
    assert not loop.is_alive(), "the event loop waits for a live worker whose pipe broke"
    assert isinstance(outcome[0], WorkerLost) and not isinstance(outcome[0], WorkerOverran)
    assert "exit code -9" in str(outcome[0])
    assert not worker._process.is_alive()


def endless(store):
    """A worker job: module level, so that it can be sent to the child process."""
    return list(store.query(ENDLESS))


def test_a_query_within_its_timeout_answers_as_without(built, capsys):
    args = ["query", str(built), "--saved", "source-says-about", "--param", "source=hovhannisyan-2024",
            "--param", "entity=id:turkey", "--format", "json"]
    main(args)
    without = capsys.readouterr().out
    main(args + ["--timeout", "30"])
    assert capsys.readouterr().out == without
    assert json.loads(without)["results"]["bindings"]


def test_errors_inside_the_timeout_worker_reach_the_user(built, capsys):
    assert main(["query", str(built), "SELEC nothing", "--timeout", "5"]) == 1
    assert capsys.readouterr().err.startswith("Error: query: SPARQL syntax error")


CONSTRUCT = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?c { ?s ?p ?o FILTER(?o = id:turkey) } }"
PARSE_AS = {"turtle": ox.RdfFormat.TURTLE, "trig": ox.RdfFormat.TRIG,
            "nquads": ox.RdfFormat.N_QUADS, "jsonld": ox.RdfFormat.JSON_LD}


@pytest.mark.parametrize("fmt", PARSE_AS)
def test_construct_output_in_each_graph_format_parses_back_to_the_same_triples(built, capsys, fmt):
    expected = {(t.subject, t.predicate, t.object) for t in claimgraph.execute(open_store(built), CONSTRUCT)}
    assert main(["query", str(built), CONSTRUCT, "--format", fmt]) == 0
    parsed = ox.parse(capsys.readouterr().out.encode(), format=PARSE_AS[fmt])
    assert {(q.subject, q.predicate, q.object) for q in parsed} == expected and expected


def test_a_graph_format_for_a_select_says_which_formats_fit(built, capsys):
    assert main(["query", str(built), "SELECT * WHERE { ?s ?p ?o } LIMIT 1", "--format", "turtle"]) == 1
    assert "SELECT and ASK give results: use a format among table, json" in capsys.readouterr().err


def test_the_api_opens_a_store_folder(folder):
    rows = claimgraph.query(folder, "SELECT ?s WHERE { ?s a cg:Source } ORDER BY ?s")
    assert [r["s"] for r in rows] == ["https://w3id.org/claimgraph/source/asker-ozpinar-2021",
                                      "https://w3id.org/claimgraph/source/hovhannisyan-2024"]
