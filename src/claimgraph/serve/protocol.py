"""The SPARQL 1.1 Protocol, read-only: the query in a request, and the result format by Accept.

A query comes as `GET ?query=`, a form-encoded POST (`query=`), or a POST whose body is
the query (`application/sparql-query`), with any number of `default-graph-uri` and
`named-graph-uri` parameters naming its dataset. Updates (`update=`,
`application/sparql-update`) are refused with 403. Media types are matched with their q-values; when the client
accepts anything, the first offer (SPARQL JSON, Turtle) is given.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from urllib.parse import parse_qs

SOLUTION_TYPES = {
    "application/sparql-results+json": "json", "application/json": "json",
    "application/sparql-results+xml": "xml", "application/xml": "xml",
    "text/csv": "csv", "text/tab-separated-values": "tsv",
}
GRAPH_TYPES = {
    "text/turtle": "turtle", "application/trig": "trig", "application/n-triples": "nquads",
    "application/n-quads": "nquads", "application/ld+json": "jsonld", "application/rdf+xml": "rdfxml",
}


@dataclass
class ProtocolError(Exception):
    """A request the endpoint will not answer: the HTTP status and a message for the client."""

    status: int
    message: str


@dataclass(frozen=True)
class Query:
    """A protocol request's query and the dataset it names (empty: the endpoint's own)."""

    sparql: str
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()


CACHED_BODY_BYTES = 8192  # requests with a body up to this size are remembered (256 of them: 2 MB at most)


def query_text(method: str, query_string: str, content_type: str, body: bytes) -> Query:
    """The SPARQL query a request carries, or a ProtocolError saying what is wrong with it.

    Clients send the same queries again and again (a page's queries, a dashboard's):
    the query of a request seen lately is remembered, not parsed again (parsing a form
    took 10 us, 4% of the event loop's time per query under bench/load.py).
    """
    if len(body) <= CACHED_BODY_BYTES:
        return _cached_query(method, query_string, content_type, body)
    return _query(method, query_string, content_type, body)


@functools.lru_cache(maxsize=256)
def _cached_query(method: str, query_string: str, content_type: str, body: bytes) -> Query:
    return _query(method, query_string, content_type, body)


def _query(method: str, query_string: str, content_type: str, body: bytes) -> Query:
    params = parse_qs(query_string, keep_blank_values=True)
    media = content_type.split(";")[0].strip().lower()
    if method == "POST" and media == "application/x-www-form-urlencoded":
        params.update(parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True))
    elif method == "POST" and media == "application/sparql-update":
        params["update"] = [body.decode("utf-8", "replace")]
    elif method == "POST" and media == "application/sparql-query":
        params["query"] = [body.decode("utf-8", "replace")]
    elif method == "POST":
        raise ProtocolError(415, "POST the query as application/sparql-query or application/x-www-form-urlencoded")
    if "update" in params:
        raise ProtocolError(403, "this endpoint is read-only: SPARQL Update is refused")
    queries = params.get("query", [])
    if len(queries) != 1 or not queries[0].strip():
        raise ProtocolError(400, "give exactly one non-empty 'query' parameter")
    return Query(queries[0], tuple(params.get("default-graph-uri", ())), tuple(params.get("named-graph-uri", ())))


def negotiate(accept: str | None, offers: dict[str, str]) -> str | None:
    """The offered media type the Accept header likes best (ties: the first offer), or None."""
    return _negotiate(accept or "*/*", tuple(offers))


@functools.lru_cache(maxsize=256)  # clients send the same few Accept headers; matching one took a quarter of an ASK
def _negotiate(accept: str, offers: tuple[str, ...]) -> str | None:
    ranges = _ranges(accept)
    best, best_q = None, 0.0
    for offer in offers:
        q = _quality(offer, ranges)
        if q > best_q:
            best, best_q = offer, q
    return best


def _ranges(accept: str) -> list[tuple[str, float]]:
    ranges = []
    for item in accept.split(","):
        media, *params = (part.strip() for part in item.split(";"))
        q = 1.0
        for param in params:
            key, _, value = param.partition("=")
            if key.strip() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        if media:
            ranges.append((media.lower(), q))
    return ranges


def _quality(offer: str, ranges: list[tuple[str, float]]) -> float:
    """The q of the most specific range matching `offer` (exact, then type/*, then */*)."""
    kind = offer.split("/")[0]
    for pattern in (offer, f"{kind}/*", "*/*"):
        matches = [q for media, q in ranges if media == pattern]
        if matches:
            return max(matches)
    return 0.0
