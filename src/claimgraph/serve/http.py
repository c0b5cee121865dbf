"""HTTP/1.0 on asyncio streams: one request per connection, read within a time limit, answered, closed.

What the endpoint needs of HTTP and no more: a request line, headers, and a body whose
Content-Length is checked before a byte of it is read (a negative, non-numeric or huge
length is refused, never trusted). A client that sends nothing, or half a head, within
`idle_timeout` seconds is disconnected without an answer; one whose body stops short
gets a 408. Every answer closes its connection (`Connection: close`).
"""

from __future__ import annotations

import asyncio
import functools
import re
import time
from dataclasses import dataclass, field
from email.utils import formatdate
from http import HTTPStatus

from .protocol import ProtocolError

MAX_HEAD_BYTES = 65_536
MAX_REQUEST_BYTES = 1_000_000


@dataclass
class Request:
    method: str
    target: str
    headers: dict[str, str]  # names in lower case
    body: bytes = b""


@dataclass
class Response:
    status: int
    media: str
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)


class Disconnect(Exception):
    """The client sent no complete head in time, or closed: nothing to answer."""


async def read_request(reader: asyncio.StreamReader, idle_timeout: float) -> Request:
    """The next request, or Disconnect; a ProtocolError for one that is malformed or too large."""
    request = None
    try:
        async with asyncio.timeout(idle_timeout):  # one deadline for head and body: a timer per request, not two
            head = await reader.readuntil(b"\r\n\r\n")
            request = _parse_head(head.decode("latin-1"))
            length = _content_length(request.headers)
            if length:
                request.body = await reader.readexactly(length)
    except asyncio.LimitOverrunError:
        raise ProtocolError(431, f"the request head is larger than {MAX_HEAD_BYTES} bytes") from None
    except asyncio.TimeoutError:
        if request is None:
            raise Disconnect from None
        raise ProtocolError(408, f"the body did not arrive within {idle_timeout:g} s") from None
    except asyncio.IncompleteReadError as exc:
        if request is None:
            raise Disconnect from None
        raise ProtocolError(400, f"the body ended after {len(exc.partial)} of its {length} bytes") from None
    except ConnectionError:
        raise Disconnect from None
    return request


def _parse_head(head: str) -> Request:
    line, *fields = head.split("\r\n")
    parts = line.split(" ")
    if len(parts) != 3 or not parts[2].startswith("HTTP/"):
        raise ProtocolError(400, f"not an HTTP request line: {line[:80]!r}")
    headers = {}
    for text in fields:
        name, colon, value = text.partition(":")
        if colon:
            headers[name.strip().lower()] = value.strip()
    return Request(parts[0], parts[1], headers)


def _content_length(headers: dict[str, str]) -> int:
    """The body's declared length, refused unless it is a whole number within the limit."""
    if "transfer-encoding" in headers:
        raise ProtocolError(411, "send the body with a Content-Length, not a Transfer-Encoding")
    declared = headers.get("content-length", "0")
    if not re.fullmatch(r"[0-9]+", declared):
        raise ProtocolError(400, f"Content-Length {declared[:40]!r} is not a whole number of bytes")
    if len(declared) > 9 or int(declared) > MAX_REQUEST_BYTES:
        raise ProtocolError(413, f"the request is larger than {MAX_REQUEST_BYTES} bytes")
    return int(declared)


def encode(response: Response, server: str = "claimgraph") -> bytes:
    """The response as bytes on the wire."""
    reason = HTTPStatus(response.status).phrase if response.status in HTTPStatus._value2member_map_ else ""
    headers = {"Server": server, "Date": _date(int(time.time())), **response.headers,
               "Content-Type": response.media, "Content-Length": str(len(response.body)), "Connection": "close"}
    if response.status == 304:  # its Content-Length would be the full answer's (RFC 9110 8.6): none is sent
        del headers["Content-Type"], headers["Content-Length"]
    head = f"HTTP/1.0 {response.status} {reason}\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers.items())
    return head.encode("latin-1") + b"\r\n" + response.body


@functools.lru_cache(maxsize=2)
def _date(second: int) -> str:
    """The Date header of a second, formatted once (requests come by the hundred per second)."""
    return formatdate(second, usegmt=True)
