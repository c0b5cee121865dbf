"""HTTP/1.0 on the event loop's own sockets: one request per connection, read within a time limit, answered, closed.

What the endpoint needs of HTTP and no more: a request line, headers, and a body whose
Content-Length is checked before a byte of it is read (a negative, non-numeric or huge
length is refused, never trusted). A client that sends nothing, or half a head, within
`idle_timeout` seconds is disconnected without an answer; one whose body stops short
gets a 408. Every answer closes its connection (`Connection: close`); a client that
reads nothing of it for `idle_timeout` seconds is let go (a slow reader is not).

The loop watches the sockets itself (add_reader / add_writer), without asyncio's
transports or streams: a connection is one object and one timer until its request is
whole, and a task only while it is answered. A transport costs a task to accept, two
system calls more (non-blocking mode, the peer's address) and a dozen callbacks;
streams add a reader, a writer, a task and a timeout context per read. Measured with
servers that answer without work under bench/load.py, CPU per request: streams 77-110 us,
a Protocol on transports 62-93 us, the sockets themselves 46-60 us.
"""

from __future__ import annotations

import asyncio
import fcntl
import functools
import re
import socket
import struct
import termios
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from email.utils import formatdate
from http import HTTPStatus

from .protocol import ProtocolError

MAX_HEAD_BYTES = 65_536
MAX_REQUEST_BYTES = 1_000_000
END_OF_HEAD = b"\r\n\r\n"
CHUNK = 262_144  # bytes read at a time
ACCEPT_PAUSE = 1.0  # seconds without accepting after the system refused a connection (no file descriptor left)
ACCEPTED_AT_ONCE = 64  # connections taken from the backlog per turn of the loop: the others' requests go on meanwhile


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


Answer = Callable[["Request | ProtocolError"], Awaitable[Response]]


class Listener:
    """Accepts connections on `listening` in `loop`, each answered by `answer` (see Connection).

    `settings()` gives (idle_timeout, log) when a connection is accepted, so a changed
    idle time holds for the next connections.
    """

    def __init__(self, loop: asyncio.AbstractEventLoop, listening: socket.socket, answer: Answer,
                 settings: Callable[[], tuple[float, Callable[[str], None]]]):
        self.loop, self.listening, self.answer, self.settings = loop, listening, answer, settings
        self.open: set[Connection] = set()
        listening.setblocking(False)
        loop.add_reader(listening.fileno(), self._accept)

    def close(self) -> None:
        """Stop accepting, and close every connection still open (the listening socket stays open)."""
        self.loop.remove_reader(self.listening.fileno())
        for connection in list(self.open):
            connection.close()

    def _accept(self) -> None:
        idle_timeout, log = self.settings()
        for _ in range(ACCEPTED_AT_ONCE):
            try:
                client, address = self.listening.accept()
            except (BlockingIOError, InterruptedError):
                return
            except ConnectionAbortedError:  # the client gave up before it was accepted
                continue
            except OSError as error:  # out of file descriptors or memory: accepting pauses, the others go on
                log(f"accepting connections paused for {ACCEPT_PAUSE:g} s: {type(error).__name__}: {error}")
                self.loop.remove_reader(self.listening.fileno())
                self.loop.call_later(ACCEPT_PAUSE, self._resume)
                return
            if client.gettimeout() is not None:  # socket.setdefaulttimeout was called: Python would wait in recv
                client.setblocking(False)
            connection = Connection(self, client, address, idle_timeout, log)
            self.open.add(connection)
            connection.start()

    def _resume(self) -> None:
        if self.listening.fileno() >= 0:
            self.loop.add_reader(self.listening.fileno(), self._accept)


class Connection:
    """One client connection: its request read within `idle_timeout`, answered by `answer`, then closed.

    `answer` gets the request, or the ProtocolError that makes it unreadable (malformed,
    too large, its body cut short or late), and returns the response; it must not raise.
    An answer the server could not give (500, 503) is one line to `log`, and so is an
    answer the client stopped reading. The socket is read and written with MSG_DONTWAIT, and
    made non-blocking at accept only where `socket.setdefaulttimeout` would give it a timeout.

    `start` reads at once what the client has sent: most clients send their request as
    soon as they are connected, and it is there by the time the connection is accepted.
    Such a request is answered without the loop ever watching its socket or timing it
    (under bench/load.py: about 90% of requests; two epoll_ctl calls and a timer fewer each).
    Only a connection whose request is not yet whole is watched, within `idle_timeout`.
    """

    __slots__ = ("listener", "loop", "socket", "fd", "address", "idle_timeout", "log", "buffer", "request",
                 "length", "timer", "task", "reading", "writing", "rest", "unread", "whole")

    def __init__(self, listener: Listener, client: socket.socket, address: tuple, idle_timeout: float,
                 log: Callable[[str], None]):
        self.listener, self.loop, self.socket, self.fd = listener, listener.loop, client, client.fileno()
        self.address, self.idle_timeout, self.log = address, idle_timeout, log
        self.buffer = bytearray()
        self.request: Request | None = None  # once its head is read
        self.length = 0  # of its body
        self.task: asyncio.Task | None = None  # answering
        self.rest: memoryview | None = None  # of the answer, while it is being sent
        self.unread = 0  # bytes of the answer the client had not read at the last look
        self.reading, self.writing = False, False  # whether the loop watches the socket for either
        self.whole = False  # the request is whole, or the input ended: nothing more is waited for
        self.timer: asyncio.TimerHandle | None = None  # the idle time, while something is waited for

    def start(self) -> None:
        """Read what has come; watch the socket (within the idle time) only if more is to come."""
        self._readable()
        if not self.whole and self.socket.fileno() >= 0:
            self.loop.add_reader(self.fd, self._readable)
            self.reading = True
            if self.task is None:
                self.timer = self.loop.call_later(self.idle_timeout, self._late)

    def close(self) -> None:
        if self.socket.fileno() < 0:
            return
        if self.timer is not None:
            self.timer.cancel()
        if self.reading:
            self.loop.remove_reader(self.fd)
        if self.writing:
            self.loop.remove_writer(self.fd)
        self.socket.close()
        self.listener.open.discard(self)

    def _readable(self) -> None:
        try:
            data = self.socket.recv(CHUNK, socket.MSG_DONTWAIT)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:  # reset by the client: nobody to answer
            data = None
        if not data:
            self._ended_input(data is None)
        elif self.task is None:  # else an unreadable request is being answered: what else comes is dropped
            self._received(data)

    def _received(self, data: bytes) -> None:
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

    def _ended_input(self, reset: bool) -> None:
        """The client sent all it will send (or reset the connection)."""
        self.whole = True
        if self.reading:
            self.loop.remove_reader(self.fd)
            self.reading = False
        if reset or (self.request is None and self.task is None):  # said nothing, or half a head: nothing to answer
            self.close()
        else:
            self._answer(ProtocolError(400, f"the body ended after {len(self.buffer)} of its {self.length} bytes"))

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
            self.close()
        else:
            self._answer(ProtocolError(408, f"the body did not arrive within {self.idle_timeout:g} s"))

    def _answer(self, request: Request | ProtocolError) -> None:
        if self.task is not None:
            return
        if self.timer is not None:
            self.timer.cancel()
        if isinstance(request, Request):  # one request per connection: what follows is not read
            self.whole = True
            if self.reading:
                self.loop.remove_reader(self.fd)
                self.reading = False
        self.task = self.loop.create_task(self._respond(request))

    async def _respond(self, request: Request | ProtocolError) -> None:
        response = await self.listener.answer(request)
        if response.status in (500, 503):  # the server could not answer: a worker failed, overran or was busy
            self._logged(f"{response.status} {response.body[:200].decode(errors='replace').strip()}")
        if self.socket.fileno() >= 0:  # else the client is gone
            self.rest = memoryview(encode(response))
            self._send()

    def _send(self) -> None:
        """Send what the socket takes now, the rest as it takes more; a client that reads nothing for long is let go."""
        try:
            sent = self.socket.send(self.rest, socket.MSG_DONTWAIT)
        except (BlockingIOError, InterruptedError):
            sent = 0
        except OSError as error:
            if self.writing:  # it had part of its answer; one that left before (gave up waiting) is no error here
                self._logged(f"connection ended: {type(error).__name__}: {error}")
            self.close()
            return
        self.rest = self.rest[sent:]
        if not self.rest:
            self.close()
        elif not self.writing:
            self.loop.add_writer(self.fd, self._send)
            self.writing = True
            self.unread = len(self.rest) + _queued(self.socket)
            self.timer = self.loop.call_later(self.idle_timeout, self._stalled)

    def _stalled(self) -> None:
        """`idle_timeout` after the last look: let go unless the client has read some of the answer since."""
        unread = len(self.rest) + _queued(self.socket)
        if unread < self.unread:
            self.unread = unread
            self.timer = self.loop.call_later(self.idle_timeout, self._stalled)
            return
        self._logged(f"connection ended: the client read nothing of its answer for {self.idle_timeout:g} s")
        self.close()

    def _logged(self, line: str) -> None:
        host, port = self.address[:2]
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
    headers = {"Server": server, "Date": _date(int(time.time())), **response.headers,
               "Content-Type": response.media, "Content-Length": str(len(response.body)), "Connection": "close"}
    if response.status == 304:  # its Content-Length would be the full answer's (RFC 9110 8.6): none is sent
        del headers["Content-Type"], headers["Content-Length"]
    head = f"HTTP/1.0 {response.status} {REASONS.get(response.status, '')}\r\n" + \
        "".join([f"{k}: {v}\r\n" for k, v in headers.items()])
    return head.encode("latin-1") + b"\r\n" + response.body


def _queued(client: socket.socket) -> int:
    """Bytes sent to the socket that the client has not read yet: Linux's TIOCOUTQ (0 where the
    system does not say; the module needs POSIX `fcntl` and `termios`)."""
    try:
        return struct.unpack("i", fcntl.ioctl(client.fileno(), termios.TIOCOUTQ, b"\0\0\0\0"))[0]
    except OSError:
        return 0


REASONS = {status.value: status.phrase for status in HTTPStatus}


@functools.lru_cache(maxsize=2)
def _date(second: int) -> str:
    """The Date header of a second, formatted once (requests come by the hundred per second)."""
    return formatdate(second, usegmt=True)
