"""What the endpoint answers: `/` is the query page, `/sparql` the read-only SPARQL endpoint,
`/network` the network page `claimgraph viz` writes (network.py builds it in the background).

Queries run in the Pool's worker processes, each holding the graph open (pool.py): a
query that runs past `timeout` gets a 503 and its worker is killed (so the work really
stops) and replaced in the background. The result-size limit is enforced while the
result is written, so an oversized result stops early. Every answer has CORS headers,
and every query's answer the ETag of the graph version that answered it.
"""

from __future__ import annotations

import functools
import hashlib
import io
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import pyoxigraph as ox

from ..errors import QueryError
from ..store.query import execute, is_update, write
from .description import describe
from .http import Request, Response
from .network import NetworkPage
from .pool import Pool
from .protocol import GRAPH_TYPES, SOLUTION_TYPES, ProtocolError, Query, negotiate, query_text

CORS = {"Access-Control-Allow-Origin": "*", "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
        "Access-Control-Allow-Headers": "Content-Type, Accept", "Access-Control-Max-Age": "86400"}
TEXT = "text/plain; charset=utf-8"


@dataclass
class Endpoint:
    """What every request shares: the graph's worker pool, the limits, the page."""

    graph: Path
    page: bytes
    timeout: float = 30.0
    max_bytes: int = 50_000_000
    workers: int = 2
    allow_service: bool = False
    page_timeout: float = 600.0

    def __post_init__(self):
        self.network = NetworkPage(self.graph, self.page_timeout)
        self.pool = Pool(self.graph, self.workers, self.timeout, switched=self.network.refresh)

    def start(self) -> None:
        """Open the graph in every worker; a GraphFileError if it cannot be opened."""
        self.pool.start()

    def begin(self) -> None:
        """In the server's event loop, once it runs: start building the network page."""
        self.network.refresh(self.pool.current)

    def stop(self) -> None:
        self.network.stop()
        self.pool.stop()

    async def respond(self, request: Request, address: tuple) -> Response:
        """The answer to one request (a ProtocolError becomes a plain-text answer with its status)."""
        try:
            response = await self._route(request, address)
        except ProtocolError as exc:
            return refused(exc)
        response.headers.update(CORS)
        return response

    async def _route(self, request: Request, address: tuple) -> Response:
        url = urlsplit(request.target)
        if request.method == "OPTIONS":
            return Response(204, "text/plain", b"")
        if request.method not in ("GET", "POST"):
            raise ProtocolError(501, f"{request.method[:20]} is not supported: use GET or POST")
        if url.path == "/network":
            return self._network(request)
        if url.path not in ("/", "/sparql"):
            raise ProtocolError(404, "the SPARQL endpoint is /sparql, the network page /network")
        if request.method == "GET" and not url.query:
            return Response(200, "text/html; charset=utf-8", self.page) if url.path == "/" else \
                self._describe(request, address)
        query = query_text(request.method, url.query, request.headers.get("content-type", ""), request.body)
        return await self.answer(query, request.headers.get("accept"))

    def _network(self, request: Request) -> Response:
        """The network page of the version served (a graph rebuilt since is noticed here too)."""
        if request.method != "GET":
            raise ProtocolError(405, "the network page is read with GET")
        self.pool.notice()
        self.network.refresh(self.pool.current)
        return self.network.respond(self.pool.current, request.headers.get("if-none-match"))

    def _describe(self, request: Request, address: tuple) -> Response:
        """The service description, in the graph format the client accepts best."""
        media = negotiate(request.headers.get("accept"), GRAPH_TYPES)
        if media is None:
            raise ProtocolError(406, f"the service description can be: {', '.join(GRAPH_TYPES)}")
        host, port = address[:2]
        try:
            body = describe(f"http://{request.headers.get('host') or f'{host}:{port}'}/sparql", media)
        except ValueError:  # a Host header that makes no IRI
            body = describe(f"http://{host}:{port}/sparql", media)
        return Response(200, f"{media}; charset=utf-8", body)

    async def answer(self, query: Query, accept: str | None) -> Response:
        """The answer to `query`, from one version of the graph, which its ETag names."""
        if is_update(query.sparql):
            raise ProtocolError(403, "this endpoint is read-only: SPARQL Update is refused")
        (status, media, body), held = await self.pool.run(answer, (query, accept, self.max_bytes, self.allow_service))
        return Response(status, media, body, {"ETag": etag(held, media), "Vary": "Accept"})


def refused(error: ProtocolError) -> Response:
    """The plain-text answer to a request the endpoint will not or cannot answer."""
    return Response(error.status, TEXT, (error.message + "\n").encode(), dict(CORS))


@functools.lru_cache(maxsize=64)  # one per version and format: hashed once, not per answer
def etag(held: tuple | None, media: str) -> str:
    """The entity tag of one answer: the graph version (`store.version`) and the format it is written in.

    One query gives a different body per Accept, so each format has its own tag (RFC 9110 8.8.3).
    """
    return '"' + hashlib.sha256(repr((held, media)).encode()).hexdigest()[:16] + '"'


def answer(store: ox.Store, query: Query, accept: str | None, max_bytes: int,
           allow_service: bool = False) -> tuple[int, str, bytes]:
    """Run in a worker: the status, media type and body for a query (errors are answers too)."""
    try:
        result = execute(store, query.sparql, "query", allow_service=allow_service, dataset=_dataset(query))
    except QueryError as exc:
        return 400, TEXT, (exc.reason + "\n").encode()
    offers = GRAPH_TYPES if isinstance(result, ox.QueryTriples) else SOLUTION_TYPES
    media = negotiate(accept, offers)
    if media is None:
        return 406, TEXT, f"cannot answer in {accept}; this result can be: {', '.join(offers)}\n".encode()
    output = _CappedOutput(max_bytes)
    try:
        write(result, offers[media], output)
    except _TooLarge:
        return 400, TEXT, (f"the result is larger than this server's limit of {max_bytes} bytes; "
                           "add a LIMIT or narrow the query\n").encode()
    except QueryError as exc:
        return 500, TEXT, (exc.reason + "\n").encode()
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
