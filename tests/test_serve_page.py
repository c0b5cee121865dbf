"""`claimgraph serve` at /network: the page `claimgraph viz` writes, built from the served graph in the background."""

from __future__ import annotations

import shutil
import time

import httpx

from claimgraph.viz import write_page

from .conftest import CORPUS
from .test_serve import start, stop

BUNDLED = CORPUS / "karabakh-2020.trig"
NEW_CLAIM = ('<https://w3id.org/claimgraph/claim/served-test> {\n'
             '  <https://w3id.org/claimgraph/id/lake-served> a <https://w3id.org/claimgraph/ontology#Place> .\n}\n'
             '<https://w3id.org/claimgraph/claim/served-test> <http://www.w3.org/ns/prov#wasDerivedFrom> '
             '<https://w3id.org/claimgraph/source/%s> .\n')


def network_page(client: httpx.Client, waits: list | None = None, deadline: float = 60.0) -> httpx.Response:
    """The first answer to GET /network that is not "being built"; those 503s are kept in `waits`."""
    end = time.monotonic() + deadline
    while True:
        response = client.get("/network")
        if response.status_code != 503 or "being built" not in response.text or time.monotonic() > end:
            return response
        if waits is not None:
            waits.append(response)
        time.sleep(0.1)


def test_the_served_network_page_is_the_page_viz_writes_for_the_same_graph(tmp_path):
    written = write_page(BUNDLED, tmp_path / "page.html").output.read_bytes()
    server, url = start(BUNDLED)
    waits: list[httpx.Response] = []
    try:
        with httpx.Client(base_url=url, timeout=30) as client:
            page = network_page(client, waits)
            again = client.get("/network", headers={"If-None-Match": page.headers["ETag"]})
    finally:
        stop(server)
    assert page.status_code == 200 and page.headers["content-type"] == "text/html; charset=utf-8"
    assert page.content == written and "Second Nagorno-Karabakh War" in page.text
    assert again.status_code == 304 and again.content == b"" and again.headers["ETag"] == page.headers["ETag"]
    assert all(int(w.headers["Retry-After"]) > 0 and 'http-equiv="refresh"' in w.text for w in waits)


def test_a_graph_rebuilt_while_served_gets_its_own_page_with_a_new_etag(tmp_path):
    graph = tmp_path / "served.trig"
    shutil.copy(BUNDLED, graph)
    server, url = start(graph)
    try:
        with httpx.Client(base_url=url, timeout=30) as client:
            before = network_page(client)
            source = client.get("/sparql", params={"query": "SELECT ?id WHERE { ?s dcterms:identifier ?id } LIMIT 1"}
                                ).json()["results"]["bindings"][0]["id"]["value"]
            fresh = graph.with_name(".rebuilt.tmp")
            fresh.write_bytes(graph.read_bytes() + (NEW_CLAIM % source).encode())
            fresh.replace(graph)
            after, end = before, time.monotonic() + 60
            while after.headers.get("ETag") in (None, before.headers["ETag"]) and time.monotonic() < end:
                after = network_page(client)
                time.sleep(0.1)
            revalidated = client.get("/network", headers={"If-None-Match": before.headers["ETag"]})
    finally:
        stop(server)
    assert before.status_code == after.status_code == revalidated.status_code == 200
    assert "lake-served" not in before.text and "lake-served" in after.text and "Second Nagorno-Karabakh War" in after.text
    assert after.headers["ETag"] != before.headers["ETag"] and revalidated.content == after.content


def test_a_page_build_that_overruns_its_own_limit_is_refused_with_the_reason_while_queries_are_answered():
    server, url = start(BUNDLED, page_timeout=0.01)
    try:
        with httpx.Client(base_url=url, timeout=30) as client:
            page = network_page(client)
            asked = client.get("/sparql", params={"query": "ASK { ?s a cg:Source }"})
    finally:
        stop(server)
    assert page.status_code == 503 and "took longer than 0.01 s" in page.text and "--page-timeout" in page.text
    assert asked.json()["boolean"] is True
