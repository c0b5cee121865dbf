"""A literal's datatype survives every way a graph leaves claimgraph, read back by rdflib's own parsers.

An Oxigraph store gives derived integer types back as xsd:integer (oxigraph issues #526,
#1413): "44"^^xsd:nonNegativeInteger, a duration in days, would silently become
"44"^^xsd:integer in exports and pushes that pass through a store.
"""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
import rdflib
from rdflib.namespace import XSD

from claimgraph.store.graph import load_store
from claimgraph.store.push import push
from claimgraph.viz.export import export


def datatypes(graph: rdflib.Graph | rdflib.Dataset) -> set:
    """The datatypes of the literals in every graph of `graph`."""
    triples = graph.quads((None, None, None, None)) if isinstance(graph, rdflib.Dataset) else graph
    return {t[2].datatype for t in triples if isinstance(t[2], rdflib.Literal) and t[2].datatype}


@pytest.fixture(scope="module")
def written(built) -> set:
    """The datatypes of the built file, as rdflib reads it."""
    types = datatypes(rdflib.Dataset().parse(built, format="trig"))
    assert XSD.nonNegativeInteger in types
    return types


@pytest.fixture(scope="module")
def folder(built, tmp_path_factory):
    path = tmp_path_factory.mktemp("store") / "karabakh.oxigraph"
    load_store(built, path)
    return path


@pytest.mark.parametrize("fmt, parse_as", [("nquads", "nquads"), ("turtle", "turtle"), ("jsonld", "json-ld")])
def test_an_export_of_a_store_folder_keeps_each_datatype_and_equals_the_files(built, folder, written, tmp_path,
                                                                            fmt, parse_as):
    from_folder = export(folder, fmt, tmp_path / f"folder.{fmt}")
    assert datatypes(rdflib.Dataset().parse(from_folder, format=parse_as)) == written
    assert from_folder.read_bytes() == export(built, fmt, tmp_path / f"file.{fmt}").read_bytes()


class Recorder:
    """A Graph Store Protocol target that keeps every body it is sent and answers 204."""

    def __init__(self):
        bodies = self.bodies = []

        class Handler(BaseHTTPRequestHandler):
            def _keep(self) -> None:
                bodies.append((self.headers.get("Content-Type"), self.rfile.read(int(self.headers["Content-Length"]))))
                self.send_response(204)
                self.end_headers()

            do_POST = do_PUT = _keep

            def log_message(self, *args) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()


@pytest.mark.parametrize("source", ["file", "store folder"])
def test_a_push_sends_each_datatype_as_written(built, folder, written, source):
    recorder = Recorder()
    try:
        push(built if source == "file" else folder, recorder.url + "/update", recorder.url + "/store")
    finally:
        recorder.server.shutdown()
        recorder.server.server_close()
    sent = rdflib.Graph()
    for media, body in recorder.bodies:
        if media == "application/n-triples":
            sent.parse(data=body, format="nt")
    assert datatypes(sent) == written
