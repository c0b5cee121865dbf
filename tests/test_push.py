"""`claimgraph push` to a real Oxigraph server: the same answers remotely, and a second push changes nothing."""

from __future__ import annotations

import re
import shutil
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pyoxigraph as ox
import pytest

import claimgraph
from claimgraph.cli import main
from claimgraph.store import saved
from claimgraph.store.query import bind, declare_prefixes

from .conftest import comparable, free_port

pytestmark = pytest.mark.skipif(shutil.which("oxigraph") is None, reason="needs the oxigraph server (pip install oxigraph)")

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }"


def remote_rows(url: str, sparql: str) -> list[dict]:
    response = httpx.post(url + "/query", content=declare_prefixes(sparql).encode(),
                          headers={"Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"})
    response.raise_for_status()
    data = response.json()
    return [{v: b[v]["value"] if v in b else None for v in data["head"]["vars"]} for b in data["results"]["bindings"]]


def count(url: str) -> int:
    return int(remote_rows(url, COUNT)[0]["n"])


def test_pushed_graph_answers_every_saved_query_as_locally(oxigraph, built):
    summary = claimgraph.push(built, oxigraph + "/update")
    local = claimgraph.open(built)
    assert summary.quads == len(local) == count(oxigraph) and summary.requests == 1
    for query in saved.all_queries():
        text = bind(query.text, query.example_params, query.name)
        expected = comparable(claimgraph.query(local, text), text)
        assert comparable(remote_rows(oxigraph, text), text) == expected and expected, query.name


def test_a_second_push_changes_nothing(oxigraph, built, capsys):
    assert main(["push", str(built), "--endpoint", oxigraph + "/update"]) == 0
    first = count(oxigraph)
    assert main(["push", str(built), "--endpoint", oxigraph + "/update"]) == 0
    assert count(oxigraph) == first == len(claimgraph.open(built))
    assert "pushed" in capsys.readouterr().out


def test_a_push_replaces_claims_of_an_earlier_build_and_keeps_other_data(oxigraph, built, tmp_path):
    other = "<urn:other> <urn:says> \"kept\" <urn:other-graph> .\n"
    httpx.post(oxigraph + "/store", content=other.encode(), headers={"Content-Type": "application/n-quads"})
    stale = tmp_path / "stale.nq"
    old_claim = ox.NamedNode("https://w3id.org/claimgraph/claim/stale")
    source = ox.NamedNode("https://w3id.org/claimgraph/source/hovhannisyan-2024")
    stale.write_bytes(ox.serialize([
        ox.Quad(ox.NamedNode("urn:x"), ox.NamedNode("urn:y"), ox.NamedNode("urn:z"), old_claim),
        ox.Quad(old_claim, ox.NamedNode("http://www.w3.org/ns/prov#wasDerivedFrom"), source),
        ox.Quad(source, ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                ox.NamedNode("https://w3id.org/claimgraph/ontology#Source")),
    ], format=ox.RdfFormat.N_QUADS))
    claimgraph.push(stale, oxigraph + "/update")
    claimgraph.push(built, oxigraph + "/update")
    assert count(oxigraph) == len(claimgraph.open(built)) + 1
    kept = remote_rows(oxigraph, "SELECT ?o WHERE { GRAPH <urn:other-graph> { <urn:other> ?p ?o } }")
    assert kept == [{"o": "kept"}]
    assert remote_rows(oxigraph, "SELECT ?s WHERE { GRAPH claim:stale { ?s ?p ?o } }") == []


def test_a_push_keeps_the_selectors_another_corpus_shares(oxigraph, tmp_path):
    """Graph format 0.5.0: a selector is the same words, or the same offsets, in every corpus, so
    two wires that both open with "Azerbaijan", pushed to one store, share its quote and position
    selectors; a rebuild of one that no longer says "Azerbaijan" nor "Moscow", pushed again, keeps
    the other's and leaves no selector that no target selects ("Moscow")."""
    graphs = {name: tmp_path / f"{name}.trig" for name in ("a", "b")}

    def built_wire(name: str, text: str) -> None:
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
        claimgraph.build_files([tmp_path / f"{name}.txt"], graphs[name])

    built_wire("a", "Azerbaijan and Armenia signed a ceasefire in Moscow.\n")
    built_wire("b", "Azerbaijan said the talks went well.\n")
    for name in ("a", "b", "a"):
        claimgraph.push(graphs[name], oxigraph + "/update")
    quoted = "SELECT DISTINCT ?q WHERE { ?t oa:hasSelector ?q . ?q oa:exact 'Azerbaijan' }"
    assert len(remote_rows(oxigraph, quoted)) == 1
    built_wire("a", "Armenia agreed to a ceasefire.\n")
    claimgraph.push(graphs["a"], oxigraph + "/update")
    unquoted = """SELECT ?t WHERE { ?a oa:hasTarget ?t FILTER NOT EXISTS {
        ?t oa:hasSelector/oa:exact ?e ; oa:hasSelector/oa:start ?s ; oa:hasSelector/oa:end ?end } }"""
    unselected = "SELECT ?q WHERE { ?q oa:exact|oa:start ?x FILTER NOT EXISTS { ?t oa:hasSelector ?q } }"
    assert remote_rows(oxigraph, unquoted) == remote_rows(oxigraph, unselected) == []
    assert len(remote_rows(oxigraph, quoted)) == 1
    assert remote_rows(oxigraph, "SELECT ?q WHERE { ?q oa:exact 'Moscow' }") == []


def test_push_by_the_graph_store_protocol(oxigraph, built):
    summary = claimgraph.push(built, oxigraph + "/update", graph_store=oxigraph + "/store")
    claimgraph.push(built, oxigraph + "/update", graph_store=oxigraph + "/store")
    assert count(oxigraph) == len(claimgraph.open(built))
    assert summary.requests == summary.claim_graphs + 2


def test_an_unreachable_store_is_one_error_line(built, capsys):
    assert main(["push", str(built), "--endpoint", f"http://127.0.0.1:{free_port()}/update"]) == 1
    assert "cannot reach the store" in capsys.readouterr().err


class FaultyProxy:
    """A proxy in front of the real Oxigraph server that answers 503 to request number `fail_at`
    (and passes every other one on), or 401 to every request when `refuse` is set."""

    def __init__(self, target: str, fail_at: int | None = None, refuse: bool = False):
        proxy = self
        self.requests = 0

        class Handler(BaseHTTPRequestHandler):
            def _forward(self) -> None:
                proxy.requests += 1
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                if refuse or proxy.requests == fail_at:
                    status, content = (401, b"Unauthorized") if refuse else (503, b"overloaded")
                else:
                    answer = httpx.request(self.command, target + self.path, content=body, timeout=60,
                                           headers={"Content-Type": self.headers.get("Content-Type", "")})
                    status, content = answer.status_code, answer.content
                self.send_response(status)
                self.send_header("Content-Length", str(len(content)))
                self.end_headers()
                self.wfile.write(content)

            do_POST = do_PUT = _forward

            def log_message(self, *args) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.mark.parametrize("graph_store", [False, True], ids=["update", "graph-store"])
def test_a_push_failing_midway_says_what_the_store_holds_and_a_rerun_repairs_it(oxigraph, built, capsys, graph_store):
    proxy = FaultyProxy(oxigraph, fail_at=3)
    try:
        options = ["--graph-store", proxy.url + "/store"] if graph_store else ["--batch", "2000"]
        assert main(["push", str(built), "--endpoint", proxy.url + "/update", *options]) == 1
        message = capsys.readouterr().err.strip()
        held = int(re.search(r"now holds (\d+) of this graph's (\d+) quads", message).group(1))
        assert "request 3 of" in message and "run the same push again" in message, message
        assert count(oxigraph) == held > 0  # the message is exact
        assert main(["push", str(built), "--endpoint", oxigraph + "/update", "--batch", "2000"]) == 0
        assert count(oxigraph) == len(claimgraph.open(built))  # repaired: nothing of the half push is left over
    finally:
        proxy.close()


def test_a_refused_password_is_not_printed(oxigraph, built, capsys):
    proxy = FaultyProxy(oxigraph, refuse=True)
    try:
        url = proxy.url.replace("http://", "http://editor:s3cret-word@") + "/update"
        assert main(["push", str(built), "--endpoint", url]) == 1
        error = capsys.readouterr().err
        assert "401" in error and "s3cret-word" not in error and "editor:***@" in error, error
    finally:
        proxy.close()
