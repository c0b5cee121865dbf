"""`claimgraph serve`: the real endpoint on a free loopback port, asked by real clients."""

from __future__ import annotations

import asyncio
import csv
import io
import json
import re
import socket
import sys
import threading
import time

import httpx
import pyoxigraph as ox
import pytest
import rdflib
from SPARQLWrapper import CSV, JSON, TURTLE, XML, SPARQLWrapper

import claimgraph
from claimgraph.serve import make_server
from claimgraph.serve.http import Connection
from claimgraph.serve.protocol import SOLUTION_TYPES, negotiate

SOURCES = "SELECT ?s ?title WHERE { ?s a cg:Source ; dcterms:title ?title } ORDER BY ?s"
ABOUT_TURKEY = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?c { ?s ?p ?o FILTER(?o = id:turkey) } }"
RESULTS = "http://www.w3.org/2005/sparql-results#"


def start(graph, **options):
    server = make_server(graph, port=0, **options)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_port}"


def stop(server):
    server.shutdown()
    server.server_close()
    server.endpoint.stop()


@pytest.fixture(scope="module")
def endpoint(built):
    server, url = start(built)
    yield url
    stop(server)


@pytest.fixture(scope="module")
def local(built):
    return claimgraph.open(built)


def expected_sources(local) -> list[tuple[str, str]]:
    return [(r["s"], r["title"]) for r in claimgraph.query(local, SOURCES)]


def sparqlwrapper(url: str, query: str, fmt) -> SPARQLWrapper:
    client = SPARQLWrapper(url + "/sparql")
    client.setQuery(query)
    client.setReturnFormat(fmt)
    return client


def test_sparqlwrapper_gets_select_results_as_json(endpoint, local):
    data = sparqlwrapper(endpoint, SOURCES, JSON).query().convert()
    assert [(b["s"]["value"], b["title"]["value"]) for b in data["results"]["bindings"]] == expected_sources(local)
    assert len(data["results"]["bindings"]) == 2


def test_sparqlwrapper_gets_xml_and_csv(endpoint, local):
    tree = sparqlwrapper(endpoint, SOURCES, XML).query().convert()
    uris = [e.firstChild.data for e in tree.getElementsByTagName("uri")]
    assert uris == [s for s, _ in expected_sources(local)]
    table = sparqlwrapper(endpoint, SOURCES, CSV).query().convert().decode()
    assert list(csv.reader(io.StringIO(table)))[1:] == [list(r) for r in expected_sources(local)]


def test_sparqlwrapper_gets_a_construct_as_turtle(endpoint, local):
    graph = sparqlwrapper(endpoint, ABOUT_TURKEY, TURTLE).query().convert()
    if isinstance(graph, bytes):
        graph = rdflib.Graph().parse(data=graph, format="turtle")
    expected = {tuple(map(str, (t.subject.value, t.predicate.value, t.object.value)))
                for t in claimgraph.execute(local, ABOUT_TURKEY)}
    assert {tuple(map(str, t)) for t in graph} == expected and expected


def expected_triples(local, sparql: str) -> set[tuple[str, str, str]]:
    return {(t.subject.value, t.predicate.value, t.object.value) for t in claimgraph.execute(local, sparql)}


DESCRIBE_TURKEY = "DESCRIBE id:turkey"


@pytest.mark.parametrize("sparql", [ABOUT_TURKEY, DESCRIBE_TURKEY], ids=["construct", "describe"])
def test_sparqlwrapper_default_format_gets_a_graph_as_rdf_xml(endpoint, local, sparql):
    response = sparqlwrapper(endpoint, sparql, XML).query()
    assert response.response.headers["Content-Type"].startswith("application/rdf+xml")
    graph = response.convert()
    assert {tuple(map(str, t)) for t in graph} == expected_triples(local, sparql) and len(graph) > 0


def test_rdflib_sparqlstore_dataset_queries_the_endpoint(endpoint, local):
    from rdflib.plugins.stores.sparqlstore import SPARQLStore
    dataset = rdflib.Dataset(store=SPARQLStore(endpoint + "/sparql"))
    rows = [(str(r.s), str(r.title)) for r in dataset.query(SOURCES)]
    assert rows == expected_sources(local)
    graph = rdflib.Graph(store=SPARQLStore(endpoint + "/sparql"))
    assert {tuple(map(str, t)) for t in graph.query(ABOUT_TURKEY)} == expected_triples(local, ABOUT_TURKEY)


def test_default_and_named_graph_uri_set_the_dataset(endpoint, local):
    claim = claimgraph.select(local, "SELECT ?c WHERE { GRAPH ?c { ?s ?p ?o } } ORDER BY ?c LIMIT 1").rows[0]["c"]
    inside = httpx.get(endpoint + "/sparql", params={"query": "SELECT ?s ?p ?o WHERE { ?s ?p ?o }",
                                                     "default-graph-uri": claim}).json()["results"]["bindings"]
    expected = claimgraph.select(local, f"SELECT ?s ?p ?o WHERE {{ GRAPH <{claim}> {{ ?s ?p ?o }} }}").rows
    assert [{k: v["value"] for k, v in row.items()} for row in inside] == expected and expected
    named = httpx.post(endpoint + "/sparql", data={"query": "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }",
                                                   "named-graph-uri": claim}).json()["results"]["bindings"]
    assert [row["g"]["value"] for row in named] == [claim]
    bad = httpx.get(endpoint + "/sparql", params={"query": "ASK {}", "default-graph-uri": "not an iri"})
    assert bad.status_code == 400 and "default-graph-uri" in bad.text


def test_get_without_a_query_is_the_service_description(endpoint):
    response = httpx.get(endpoint + "/sparql")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/turtle")
    graph = rdflib.Graph().parse(data=response.text, format="turtle")
    sd = rdflib.Namespace("http://www.w3.org/ns/sparql-service-description#")
    service = graph.value(predicate=rdflib.RDF.type, object=sd.Service)
    assert graph.value(service, sd.endpoint) == rdflib.URIRef(endpoint + "/sparql")
    assert graph.value(service, sd.supportedLanguage) == sd.SPARQL11Query
    assert rdflib.URIRef("http://www.w3.org/ns/formats/SPARQL_Results_JSON") in set(graph.objects(service, sd.resultFormat))
    as_xml = httpx.get(endpoint + "/sparql", headers={"Accept": "application/rdf+xml"})
    assert len(rdflib.Graph().parse(data=as_xml.text, format="xml")) == len(graph)


@pytest.mark.parametrize("accept, fmt", [("application/sparql-results+json", ox.QueryResultsFormat.JSON),
                                         ("application/sparql-results+xml", ox.QueryResultsFormat.XML),
                                         ("text/tab-separated-values", ox.QueryResultsFormat.TSV)])
def test_raw_http_select_in_each_parseable_format(endpoint, local, accept, fmt):
    response = httpx.get(endpoint + "/sparql", params={"query": SOURCES}, headers={"Accept": accept})
    assert response.status_code == 200 and response.headers["content-type"].startswith(accept)
    solutions = ox.parse_query_results(response.content, format=fmt)
    assert [(s["s"].value, s["title"].value) for s in solutions] == expected_sources(local)


def test_raw_http_select_as_csv(endpoint, local):
    response = httpx.post(endpoint + "/sparql", data={"query": SOURCES}, headers={"Accept": "text/csv"})
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.text)))
    assert rows == [["s", "title"]] + [list(r) for r in expected_sources(local)]


@pytest.mark.parametrize("accept, fmt", [("text/turtle", ox.RdfFormat.TURTLE),
                                         ("application/n-triples", ox.RdfFormat.N_TRIPLES),
                                         ("application/ld+json", ox.RdfFormat.JSON_LD),
                                         ("application/trig", ox.RdfFormat.TRIG)])
def test_raw_http_construct_in_each_graph_format(endpoint, local, accept, fmt):
    response = httpx.post(endpoint + "/sparql", content=ABOUT_TURKEY.encode(),
                          headers={"Content-Type": "application/sparql-query", "Accept": accept})
    assert response.status_code == 200 and response.headers["content-type"].startswith(accept)
    expected = {(t.subject, t.predicate, t.object) for t in claimgraph.execute(local, ABOUT_TURKEY)}
    assert {(q.subject, q.predicate, q.object) for q in ox.parse(response.content, format=fmt)} == expected


def test_ask_as_json(endpoint):
    response = httpx.get(endpoint + "/sparql", params={"query": "ASK { ?s a cg:Source }"})
    assert response.json() == {"head": {}, "boolean": True}


@pytest.mark.parametrize("request_kwargs", [
    {"data": {"update": "INSERT DATA { <urn:a> <urn:b> <urn:c> }"}},
    {"content": b"INSERT DATA { <urn:a> <urn:b> <urn:c> }", "headers": {"Content-Type": "application/sparql-update"}},
    {"data": {"query": "DELETE WHERE { ?s ?p ?o }"}},
], ids=["form-update", "update-body", "update-as-query"])
def test_updates_are_refused_and_change_nothing(endpoint, request_kwargs):
    response = httpx.post(endpoint + "/sparql", **request_kwargs)
    assert response.status_code == 403 and "read-only" in response.text
    count = httpx.get(endpoint + "/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o }"},
                      headers={"Accept": "text/csv"}).text.count("\n")
    assert count > 1000


def test_bad_queries_get_a_4xx_with_the_reason(endpoint):
    syntax = httpx.get(endpoint + "/sparql", params={"query": "SELEC ?x"})
    assert syntax.status_code == 400 and "syntax error" in syntax.text
    unacceptable = httpx.get(endpoint + "/sparql", params={"query": SOURCES}, headers={"Accept": "image/png"})
    assert unacceptable.status_code == 406 and "text/csv" in unacceptable.text
    assert httpx.get(endpoint + "/sparql", params={"format": "json"}).status_code == 400


def test_cors_headers_and_preflight(endpoint):
    answer = httpx.get(endpoint + "/sparql", params={"query": SOURCES}, headers={"Origin": "http://example.org"})
    assert answer.headers["access-control-allow-origin"] == "*"
    preflight = httpx.options(endpoint + "/sparql", headers={
        "Origin": "http://example.org", "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type"})
    assert preflight.status_code == 204
    assert "POST" in preflight.headers["access-control-allow-methods"]
    assert "content-type" in preflight.headers["access-control-allow-headers"].lower()


def test_the_page_lists_the_saved_queries_links_the_network_page_and_loads_nothing_from_outside(endpoint):
    page = httpx.get(endpoint + "/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    examples = json.loads(page.text.split('id="saved">')[1].split("</script>")[0])
    assert {e["name"] for e in examples} == {q.name for q in claimgraph.store.saved.all_queries()}
    assert all("$" not in e["text"] for e in examples)
    assert "src=" not in page.text and "@import" not in page.text
    assert re.findall(r"href=[^>]*", page.text) == ['href="network"']


def asked_once_a_worker_is_free(url: str, query: str, within: float = 120) -> httpx.Response:
    """The answer to `query`, asked again while the server says every worker stayed busy.

    A query waits for a worker at most the server's timeout: while the replacement of a killed
    worker is still starting (a new process opening the graph: seconds on a loaded machine, past a
    0.5 s timeout), the server rightly answers 503 "stayed busy". Each such answer took the
    server's own timeout, so asking again needs no sleep; any other answer is returned.
    """
    deadline = time.monotonic() + within
    while True:
        response = httpx.get(url + "/sparql", params={"query": query}, timeout=30)
        if response.status_code != 503 or "stayed busy" not in response.text or time.monotonic() > deadline:
            return response


def test_a_query_past_the_timeout_is_stopped_with_503(built):
    server, url = start(built, timeout=0.5, workers=1)
    try:
        endless = ("SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i "
                   "FILTER(STRLEN(STR(?a)) + STRLEN(STR(?g)) = 1) }")
        response = httpx.get(url + "/sparql", params={"query": endless}, timeout=30)
        assert response.status_code == 503 and "ran longer than 0.5 s" in response.text
        after = asked_once_a_worker_is_free(url, "ASK { ?s a cg:Source }")
        assert after.json()["boolean"] is True  # a fresh worker took the killed one's place
    finally:
        stop(server)


def test_a_result_past_the_size_limit_is_refused(built):
    server, url = start(built, max_bytes=10_000, workers=1)
    try:
        response = httpx.get(url + "/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o }"})
        assert response.status_code == 400 and "larger than this server's limit of 10000 bytes" in response.text
        assert httpx.get(url + "/sparql", params={"query": SOURCES}).status_code == 200
    finally:
        stop(server)


def test_a_server_shut_down_before_it_serves_does_not_go_on_serving(built):
    """A server started in a thread and stopped at once: `shutdown` may come before `serve_forever` runs."""
    server = make_server(built, port=0, workers=1)
    try:
        stopping = threading.Thread(target=server.shutdown, daemon=True)
        stopping.start()
        stopping.join(timeout=10)
        assert not stopping.is_alive(), "shutdown hung"
        serving = threading.Thread(target=server.serve_forever, daemon=True)
        serving.start()
        serving.join(timeout=10)
        assert not serving.is_alive(), "serve_forever went on after shutdown"
        serving = threading.Thread(target=server.serve_forever, daemon=True)  # served again: it answers
        serving.start()
        url = f"http://127.0.0.1:{server.server_port}/sparql"
        assert httpx.get(url, params={"query": "ASK { ?s a cg:Source }"}, timeout=30).json()["boolean"] is True
        server.shutdown()
        serving.join(timeout=10)
        assert not serving.is_alive()
    finally:
        server.server_close()
        server.endpoint.stop()


EVERYTHING = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"


@pytest.mark.parametrize("loop_factory, loop_module", [
    (None, "uvloop" if sys.platform == "linux" else "asyncio"),  # the default: uvloop is a dependency on Linux
    (asyncio.new_event_loop, "asyncio"),  # the fallback elsewhere
], ids=["default", "asyncio"])
def test_each_event_loop_reads_a_worker_answer_larger_than_its_pipe_whole(built, local, loop_factory, loop_module):
    """uvloop makes every descriptor it watches non-blocking, the worker's pipe too: an answer past
    the pipe's 64 KiB then came in pieces, was taken for a worker that had ended, and the loop hung."""
    server = make_server(built, port=0, workers=1)
    if loop_factory is not None:
        server.loop_factory = loop_factory
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_port}/sparql"
        response = httpx.get(url, params={"query": EVERYTHING}, headers={"Accept": "application/n-triples"}, timeout=30)
        assert response.status_code == 200 and len(response.content) > 65_536
        served = {quad.triple for quad in ox.parse(response.content, ox.RdfFormat.N_TRIPLES)}
        assert served == set(claimgraph.execute(local, EVERYTHING))
        assert httpx.get(url, params={"query": "ASK { ?s a cg:Source }"}, timeout=30).json()["boolean"] is True
        assert type(server._loop).__module__.split(".")[0] == loop_module
    finally:
        stop(server)


def test_a_request_that_came_whole_is_answered_without_watching_its_socket_and_one_in_pieces_once_whole(built):
    """Most clients send their request as soon as they are connected: it is read at accept, and the
    loop watches (and times) only the connections whose request is not yet whole."""
    watched = []

    class Recording(asyncio.SelectorEventLoop):
        def add_reader(self, fd, callback, *args):
            watched.append(getattr(callback, "__self__", None))
            return super().add_reader(fd, callback, *args)

    request = (b"POST /sparql HTTP/1.0\r\nContent-Type: application/sparql-query\r\nContent-Length: 22\r\n\r\n",
               b"ASK { ?s a cg:Source }")
    server = make_server(built, port=0, workers=1)
    server.loop_factory = Recording
    try:
        with socket.create_connection(("127.0.0.1", server.server_port)) as whole:
            whole.sendall(b"".join(request))  # before the server accepts anything: all there at accept
            threading.Thread(target=server.serve_forever, daemon=True).start()
            assert read_to_end(whole).endswith(b'"boolean":true}')
        assert not [owner for owner in watched if isinstance(owner, Connection)]
        with socket.create_connection(("127.0.0.1", server.server_port)) as pieces:
            pieces.sendall(request[0])
            time.sleep(0.3)
            pieces.sendall(request[1])
            assert read_to_end(pieces).endswith(b'"boolean":true}')
        assert len([owner for owner in watched if isinstance(owner, Connection)]) == 1
    finally:
        stop(server)


def read_to_end(connection: socket.socket) -> bytes:
    connection.settimeout(30)
    answer = b""
    while chunk := connection.recv(65536):
        answer += chunk
    return answer


@pytest.mark.parametrize("accept, expected", [
    (None, "application/sparql-results+json"),
    ("text/html,application/xhtml+xml,*/*;q=0.8", "application/sparql-results+json"),
    ("text/csv;q=0.5, application/sparql-results+xml", "application/sparql-results+xml"),
    ("text/*", "text/csv"),
    ("image/png", None),
    ("text/csv;q=0", None),
])
def test_negotiation_follows_q_values(accept, expected):
    assert negotiate(accept, SOLUTION_TYPES) == expected
