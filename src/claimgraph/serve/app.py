"""The HTTP handler: `/` is the query page, `/sparql` the read-only SPARQL endpoint.

Queries run in a small pool of QueryWorker processes, each holding the graph open. A
query that runs past `timeout` gets a 503 and its worker is killed (so the work really
stops) and replaced in the background. The result-size limit is enforced while the
result is written, so an oversized result stops early. Every answer has CORS headers.
"""

from __future__ import annotations

import io
import queue
import re
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from urllib.parse import urlsplit

import pyoxigraph as ox

from ..errors import ClaimgraphError, QueryError
from ..query import execute, is_update, write
from ..worker import QueryWorker
from .description import describe
from .protocol import GRAPH_TYPES, SOLUTION_TYPES, ProtocolError, Query, negotiate, query_text

MAX_REQUEST_BYTES = 1_000_000
CORS = {"Access-Control-Allow-Origin": "*", "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
        "Access-Control-Allow-Headers": "Content-Type, Accept", "Access-Control-Max-Age": "86400"}
TEXT = "text/plain; charset=utf-8"


@dataclass
class Endpoint:
    """What every request shares: the graph's workers, the limits, the page.

    `idle` holds the workers free to take a query, or a `_Lost` in place of one that
    could not be started (the graph file moved away): the request that takes it tries
    once more and, failing, gets a 503 naming the reason, so no request waits for a
    worker that will never come. A request waits at most `timeout` for a free worker.
    """

    graph: Path
    page: bytes
    timeout: float = 30.0
    max_bytes: int = 50_000_000
    workers: int = 2
    allow_service: bool = False
    idle: queue.Queue = field(default_factory=queue.Queue)

    def start(self) -> None:
        """Open the graph in every worker; a GraphFileError if it cannot be opened."""
        for _ in range(self.workers):
            self.idle.put(QueryWorker(self.graph))

    def stop(self) -> None:
        while not self.idle.empty():
            self.idle.get().close()

    def answer(self, query: Query, accept: str | None) -> tuple[int, str, bytes]:
        """The status, media type and body answering `query`."""
        if is_update(query.sparql):
            raise ProtocolError(403, "this endpoint is read-only: SPARQL Update is refused")
        worker = self._take()
        try:
            reply = worker.run(answer, (query, accept, self.max_bytes, self.allow_service), self.timeout)
        except QueryError as exc:  # only a timeout or a dead worker: answer() reports query errors itself
            threading.Thread(target=self._replace, args=(worker,), daemon=True).start()
            raise ProtocolError(503, f"the query {exc.reason}") from None
        self.idle.put(worker)
        return reply

    def _take(self) -> QueryWorker:
        try:
            worker = self.idle.get(timeout=self.timeout)
        except queue.Empty:
            raise ProtocolError(503, f"all {self.workers} query workers stayed busy for {self.timeout:g} s; "
                                     "try again later") from None
        if isinstance(worker, _Lost):
            worker = self._start_worker()
            if isinstance(worker, _Lost):
                self.idle.put(worker)
                raise ProtocolError(503, f"no query worker can be started: {worker.reason}")
        return worker

    def _replace(self, worker: QueryWorker) -> None:
        worker.close()
        self.idle.put(self._start_worker())

    def _start_worker(self) -> QueryWorker | _Lost:
        try:
            return QueryWorker(self.graph)
        except (ClaimgraphError, OSError) as exc:
            return _Lost(str(exc))


@dataclass
class _Lost:
    """The place of a worker that could not be started, and why."""

    reason: str

    def close(self) -> None:
        """Nothing to end: no process was started."""


def answer(store: ox.Store, query: Query, accept: str | None, max_bytes: int,
           allow_service: bool = False) -> tuple[int, str, bytes]:
    """Run in a worker: the status, media type and body for a query (errors are answers too)."""
    try:
        result = execute(store, query.sparql, "query", allow_service=allow_service, dataset=_dataset(query))
    except QueryError as exc:
        return 400, TEXT, exc.reason.encode()
    offers = GRAPH_TYPES if isinstance(result, ox.QueryTriples) else SOLUTION_TYPES
    media = negotiate(accept, offers)
    if media is None:
        return 406, TEXT, f"cannot answer in {accept}; this result can be: {', '.join(offers)}".encode()
    output = _CappedOutput(max_bytes)
    try:
        write(result, offers[media], output)
    except _TooLarge:
        return 400, TEXT, (f"the result is larger than this server's limit of {max_bytes} bytes; "
                           "add a LIMIT or narrow the query").encode()
    except QueryError as exc:
        return 500, TEXT, exc.reason.encode()
    return 200, f"{media}; charset=utf-8", output.getvalue()


# rdflib's Dataset over a SPARQLStore names the default graph so in default-graph-uri
RDFLIB_DEFAULT_GRAPH = "urn:x-rdflib:default"


def _dataset(query: Query) -> tuple[list, list] | None:
    """The protocol's default-graph-uri and named-graph-uri as Oxigraph graph names (None: the whole store)."""
    if not (query.default_graphs or query.named_graphs):
        return None
    default = [ox.DefaultGraph() if iri == RDFLIB_DEFAULT_GRAPH else _iri(iri, "default-graph-uri")
               for iri in query.default_graphs]
    return default, [_iri(iri, "named-graph-uri") for iri in query.named_graphs]


def _iri(value: str, parameter: str) -> ox.NamedNode:
    try:
        return ox.NamedNode(value)
    except ValueError as exc:
        raise QueryError(parameter, f"{parameter} {value!r} is not an IRI ({exc})") from None


class _TooLarge(Exception):
    """The result passed the size limit."""


class _CappedOutput(io.BytesIO):
    """A buffer that refuses a write past `limit` bytes, which stops the serialisation."""

    def __init__(self, limit: int):
        super().__init__()
        self.limit = limit

    def write(self, data) -> int:
        if self.tell() + len(data) > self.limit:
            raise _TooLarge
        return super().write(data)


class Handler(BaseHTTPRequestHandler):
    """SPARQL 1.1 Protocol over `self.server.endpoint` (set by `claimgraph.serve.make_server`)."""

    server_version = "claimgraph"

    def setup(self) -> None:
        self.timeout = self.server.idle_timeout  # a connection idle or half-sent this long is closed
        super().setup()

    def do_OPTIONS(self) -> None:
        self._send(204, "text/plain", b"")

    def do_GET(self) -> None:
        url = urlsplit(self.path)
        if url.path == "/" and not url.query:
            self._send(200, "text/html; charset=utf-8", self.server.endpoint.page)
        elif url.path == "/sparql" and not url.query:
            self._describe()
        else:
            self._query(url, b"")

    def _describe(self) -> None:
        """The service description, in the graph format the client accepts best."""
        media = negotiate(self.headers.get("Accept"), GRAPH_TYPES)
        if media is None:
            self._send_error(ProtocolError(406, f"the service description can be: {', '.join(GRAPH_TYPES)}"))
            return
        host, port = self.server.server_address[:2]
        try:
            body = describe(f"http://{self.headers.get('Host') or f'{host}:{port}'}/sparql", media)
        except ValueError:  # a Host header that makes no IRI
            body = describe(f"http://{host}:{port}/sparql", media)
        self._send(200, f"{media}; charset=utf-8", body)

    def do_POST(self) -> None:
        try:
            body = self._body()
        except ProtocolError as exc:
            self.close_connection = True  # the unread body must not be taken for the next request
            self._send_error(exc)
            return
        self._query(urlsplit(self.path), body)

    def _body(self) -> bytes:
        """The request body, read only once its Content-Length is known to be sound."""
        if "Transfer-Encoding" in self.headers:
            raise ProtocolError(411, "send the body with a Content-Length, not a Transfer-Encoding")
        declared = (self.headers.get("Content-Length") or "0").strip()
        if not re.fullmatch(r"[0-9]+", declared):
            raise ProtocolError(400, f"Content-Length {declared[:40]!r} is not a whole number of bytes")
        if len(declared) > 9 or int(declared) > MAX_REQUEST_BYTES:
            raise ProtocolError(413, f"the request is larger than {MAX_REQUEST_BYTES} bytes")
        try:
            body = self.rfile.read(int(declared))
        except TimeoutError:
            raise ProtocolError(408, f"the body did not arrive within {self.timeout:g} s") from None
        if len(body) < int(declared):
            raise ProtocolError(400, f"the body ended after {len(body)} of its {declared} bytes")
        return body

    def _query(self, url, body: bytes) -> None:
        try:
            if url.path not in ("/", "/sparql"):
                raise ProtocolError(404, "the SPARQL endpoint is /sparql")
            query = query_text(self.command, url.query, self.headers.get("Content-Type", ""), body)
            status, media, data = self.server.endpoint.answer(query, self.headers.get("Accept"))
        except ProtocolError as exc:
            self._send_error(exc)
            return
        self._send(status, media, data)

    def _send_error(self, error: ProtocolError) -> None:
        self._send(error.status, TEXT, (error.message + "\n").encode())

    def _send(self, status: int, media: str, body: bytes) -> None:
        self.send_response(status)
        for name, value in {**CORS, "Content-Type": media, "Content-Length": str(len(body))}.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)
