"""HTTP/1.0 as an asyncio Protocol: one request per connection, read within a time limit, answered, closed.

What the endpoint needs of HTTP and no more: a request line, headers, and a body whose
Content-Length is checked before a byte of it is read (a negative, non-numeric or huge
length is refused, never trusted). A client that sends nothing, or half a head, within
`idle_timeout` seconds is disconnected without an answer; one whose body stops short
gets a 408. Every answer closes its connection (`Connection: close`).

A Protocol rather than asyncio's streams: a connection is one object and one timer until
its request is whole, and a task only while it is answered (streams add a reader, a
writer and a task per connection, and a timeout context per read). Measured with a
server that answers without work under bench/load.py: 62-93 us of its CPU per request
against 77-110 us with streams.
"""

from __future__ import annotations

import asyncio
import functools
import re
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from email.utils import formatdate
from http import HTTPStatus

from .protocol import ProtocolError

MAX_HEAD_BYTES = 65_536
MAX_REQUEST_BYTES = 1_000_000
END_OF_HEAD = b"\r\n\r\n"


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


class Connection(asyncio.Protocol):
    """One client connection: its request read within `idle_timeout`, answered by `answer`, then closed.

    `answer` gets the request, or the ProtocolError that makes it unreadable (malformed,
    too large, its body cut short or late), and returns the response; it must not raise.
    An answer the server could not give (500, 503) is one line to `log`, and so is an
    answer the client stopped reading (it is let go after `idle_timeout`).
    """

    def __init__(self, loop: asyncio.AbstractEventLoop, answer: Callable[[Request | ProtocolError], Awaitable[Response]],
                 idle_timeout: float, log: Callable[[str], None]):
        self.loop, self.answer, self.idle_timeout, self.log = loop, answer, idle_timeout, log
        self.buffer = bytearray()
        self.request: Request | None = None  # once its head is read
        self.length = 0  # of its body
        self.transport: asyncio.Transport | None = None
        self.timer: asyncio.TimerHandle | None = None
        self.task: asyncio.Task | None = None  # answering
        self.sending = False  # the answer did not fit the socket at once

    def connection_made(self, transport) -> None:
        self.transport = transport
        self.timer = self.loop.call_later(self.idle_timeout, self._late)

    def data_received(self, data: bytes) -> None:
        if self.task is not None:  # an unreadable request is being answered: what else comes is dropped
            return
        searched = max(0, len(self.buffer) - len(END_OF_HEAD) + 1)
        self.buffer += data
        try:
            if self.request is None and not self._head(searched):
                return
            if len(self.buffer) >= self.length:
                self.request.body = bytes(self.buffer[:self.length])
                self._answer(self.request)
        except ProtocolError as error:
            self._answer(error)

    def eof_received(self) -> bool:
        if self.request is None and self.task is None:  # said nothing, or half a head: nothing to answer
            self.transport.close()
        else:
            self._answer(ProtocolError(400, f"the body ended after {len(self.buffer)} of its {self.length} bytes"))
        return True  # the answer is still to be written

    def connection_lost(self, error: Exception | None) -> None:
        self.timer.cancel()
        if error is not None and self.sending:
            self._ended(f"{type(error).__name__}: {error}")

    def _head(self, searched: int) -> bool:
        """Whether the head is whole; it is then parsed and the body's length checked."""
        end = self.buffer.find(END_OF_HEAD, searched)
        if end < 0 and len(self.buffer) <= MAX_HEAD_BYTES + len(END_OF_HEAD) - 1:
            return False
        if end < 0 or end > MAX_HEAD_BYTES:
            raise ProtocolError(431, f"the request head is larger than {MAX_HEAD_BYTES} bytes")
        self.request = _parse_head(self.buffer[:end].decode("latin-1"))
        self.length = _content_length(self.request.headers)
        del self.buffer[:end + len(END_OF_HEAD)]
        return True

    def _late(self) -> None:
        """The request did not arrive within the idle time."""
        if self.request is None:
            self.transport.close()
        else:
            self._answer(ProtocolError(408, f"the body did not arrive within {self.idle_timeout:g} s"))

    def _answer(self, request: Request | ProtocolError) -> None:
        if self.task is not None:
            return
        self.timer.cancel()
        if isinstance(request, Request):  # one request per connection: what follows is not read
            self.transport.pause_reading()
        self.task = self.loop.create_task(self._respond(request))

    async def _respond(self, request: Request | ProtocolError) -> None:
        response = await self.answer(request)
        if response.status in (500, 503):  # the server could not answer: a worker failed, overran or was busy
            self._logged(f"{response.status} {response.body[:200].decode(errors='replace').strip()}")
        if self.transport.is_closing():  # the client is gone
            return
        self.transport.write(encode(response))
        if self.transport.get_write_buffer_size():  # not all sent at once: a client that stops reading is let go
            self.sending = True
            self.timer = self.loop.call_later(self.idle_timeout, self._stalled)
        self.transport.close()  # once the answer is sent

    def _stalled(self) -> None:
        self.sending = False
        self._ended(f"TimeoutError: the client read none of its answer for {self.idle_timeout:g} s")
        self.transport.abort()

    def _ended(self, why: str) -> None:
        self._logged(f"connection ended: {why}")

    def _logged(self, line: str) -> None:
        host, port = (self.transport.get_extra_info("peername") or ("?", 0))[:2]
        self.log(f"{host}:{port}: {line}")


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
