"""`claimgraph serve`: a read-only SPARQL 1.1 Protocol endpoint over a graph file or store folder.

    server = make_server("graphs/karabakh-2020/karabakh-2020.trig", port=0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    # http://127.0.0.1:<server.server_port>/sparql?query=...

http.py reads requests, protocol.py finds the query and negotiates formats, app.py answers
them, pool.py runs the queries in worker processes, page.py renders the query page at `/`,
network.py builds the network page at `/network`.

One asyncio event loop serves every connection. The first design, a thread per
connection (ThreadingHTTPServer), left the query workers idle most of the time: a thread
whose worker had answered waited for the GIL behind dozens of others parsing requests.
Idle or half-sent connections now cost no thread, and a waiting request is handed the
next free worker in arrival order. The loop is the one part every request passes
through, so its work per request is kept small: it is uvloop's loop where installed
(Server), connections are read and written on the loop's own sockets, and a request that
is whole by the time it is accepted is read at once, its socket never watched (http.py); a
worker's pipe is watched for the worker's life (store/worker.py); a query seen lately is
not parsed again (protocol.py). bench/load.py, measured alternately at concurrency 50 on
2 cores at load 2-6: CPU per query (server and workers) 827-1,046 us with threads, 507-565 us
with asyncio streams; at load 5-7, 505-606 us with streams, 380-429 us on the loop's own
sockets (0.71-0.75 of it); the loop's own process 398-413 against 251-256 us. At load 9-10,
the loop's process on uvloop with requests read at accept: 160-203 us against 195-282 us
on asyncio's loop (0.64-0.95, median 0.74, six runs alternating).
"""

from __future__ import annotations

import asyncio
import socket
import threading
from collections.abc import Callable
from pathlib import Path

from .app import CORS, TEXT, Endpoint, refused
from .http import Listener, Request, Response
from .page import render
from .protocol import ProtocolError

try:
    import uvloop
except ImportError:  # a dependency on Linux only: elsewhere asyncio's own loop serves
    uvloop = None

__all__ = ["Server", "make_server"]


def make_server(graph: str | Path, host: str = "127.0.0.1", port: int = 7878, timeout: float = 30.0,
                max_bytes: int = 50_000_000, workers: int = 2, allow_service: bool = False,
                page_timeout: float = 600.0, log: Callable[[str], None] | None = None) -> Server:
    """A server bound to (host, port), listening, and ready to `serve_forever`; port 0 picks a free one.

    `workers` processes each hold the graph open and answer one query at a time; call
    `server.endpoint.stop()` after `server_close()` to end them. SERVICE clauses are
    refused unless `allow_service` (the server would open connections anyone names).
    The network page (`/network`) is built in the background within `page_timeout` seconds.
    `log` hears one line per request the server could not answer (a 500 or 503) and per
    connection that ended badly; nothing else, and never a traceback.
    """
    endpoint = Endpoint(Path(graph), render(Path(graph).name), timeout, max_bytes, workers, allow_service,
                        page_timeout)
    endpoint.start()
    try:
        return Server((host, port), endpoint, log)
    except OSError:
        endpoint.stop()
        raise


class Server:
    """The listening socket and the event loop answering on it.

    The socket listens from the start with a backlog for bursts (the standard library's
    5 overflows at a few dozen concurrent clients; the kernel then drops connection
    attempts, which retry after a second or more). A connection that sends nothing, or
    half a request, for `idle_timeout` seconds is closed. A request whose answer fails
    unexpectedly (a bug) gets a 500; like any other error it is one line to `log`.

    The loop is uvloop's where it is installed (a dependency on Linux), else asyncio's
    own (`loop_factory`). uvloop runs the loop's own work (its selector, handles, timers,
    futures) in C.
    """

    request_queue_size = 1024
    idle_timeout = 10.0  # seconds a connection may wait idle or half-sent before it is closed
    loop_factory = staticmethod(uvloop.new_event_loop if uvloop else asyncio.new_event_loop)

    def __init__(self, address: tuple[str, int], endpoint: Endpoint, log: Callable[[str], None] | None = None):
        self.log = log or (lambda line: None)
        self.socket = socket.create_server(address, backlog=self.request_queue_size)
        self.server_address = self.socket.getsockname()
        self.server_port = self.server_address[1]
        self.endpoint = endpoint
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Event | None = None
        self._state = threading.Lock()  # guards the three below: serve_forever and shutdown run in different threads
        self._serving = False
        self._stopping = False  # shutdown was asked for
        self._done = threading.Event()

    def serve_forever(self) -> None:
        """Answer requests until `shutdown` (from another thread) or Ctrl-C.

        After a `shutdown` that came before it started, it returns at once: a server
        started in a thread and stopped at once must not go on serving.
        """
        with self._state:
            if self._stopping:
                self._stopping = False
                return
            self._serving = True
            self._done.clear()
        try:
            with asyncio.Runner(loop_factory=self.loop_factory) as runner:
                runner.run(self._serve())
        finally:
            with self._state:
                self._serving = self._stopping = False
                self._loop = None
            self._done.set()

    def shutdown(self) -> None:
        """Stop `serve_forever` and wait until it has returned; if it has not started, it returns at once when it does."""
        with self._state:
            self._stopping = True
            if not self._serving:
                return
            if self._loop is not None:
                try:
                    self._loop.call_soon_threadsafe(self._stop.set)
                except RuntimeError:  # the loop closed between its end and `serve_forever`'s finally
                    pass
        self._done.wait()

    def server_close(self) -> None:
        self.socket.close()

    async def _serve(self) -> None:
        with self._state:
            self._loop, self._stop = asyncio.get_running_loop(), asyncio.Event()
            if self._stopping:  # asked for while the loop started
                self._stop.set()
        self._loop.set_exception_handler(self._unexpected)
        listener = Listener(self._loop, self.socket, self._answer, lambda: (self.idle_timeout, self.log))
        try:
            self.endpoint.begin()
            await self._stop.wait()
        finally:
            listener.close()

    async def _answer(self, request: Request | ProtocolError) -> Response:
        """The response to a request, or to the error that made it unreadable; a bug is a 500."""
        if isinstance(request, ProtocolError):
            return refused(request)
        try:
            return await self.endpoint.respond(request, self.server_address)
        except Exception as exc:  # noqa: BLE001 - a bug: the client gets a 500, the log one line
            return Response(500, TEXT, f"the server failed: {type(exc).__name__}: {exc}\n".encode(), dict(CORS))

    def _unexpected(self, loop: asyncio.AbstractEventLoop, context: dict) -> None:
        """What asyncio would log with a traceback (a failed background task), as one line."""
        error = context.get("exception")
        self.log(f"Error: {context['message']}" + (f": {type(error).__name__}: {error}" if error else ""))
