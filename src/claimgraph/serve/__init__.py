"""`claimgraph serve`: a read-only SPARQL 1.1 Protocol endpoint over a graph file or store folder.

    server = make_server("graphs/karabakh-2020/karabakh-2020.trig", port=0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    # http://127.0.0.1:<server.server_port>/sparql?query=...

protocol.py reads requests and negotiates formats, app.py answers them, page.py renders
the query page at `/`. The standard library's ThreadingHTTPServer is enough: the work is
in Oxigraph, and a graph this size needs no async framework.
"""

from __future__ import annotations

import sys
from http.server import ThreadingHTTPServer
from pathlib import Path

from .app import Endpoint, Handler
from .page import render

__all__ = ["Server", "make_server"]


def make_server(graph: str | Path, host: str = "127.0.0.1", port: int = 7878, timeout: float = 30.0,
                max_bytes: int = 50_000_000, workers: int = 2, allow_service: bool = False) -> Server:
    """A server bound to (host, port) and ready to `serve_forever`; port 0 picks a free one.

    `workers` processes each hold the graph open and answer one query at a time; call
    `server.endpoint.stop()` after `server_close()` to end them. SERVICE clauses are
    refused unless `allow_service` (the server would open connections anyone names).
    """
    endpoint = Endpoint(Path(graph), render(Path(graph).name), timeout, max_bytes, workers, allow_service)
    endpoint.start()
    try:
        server = Server((host, port), Handler)
    except OSError:
        endpoint.stop()
        raise
    server.endpoint = endpoint
    return server


class Server(ThreadingHTTPServer):
    """A thread per connection, a listen backlog for bursts, one log line for a broken connection.

    A connection that sends nothing (or half a request) for `idle_timeout` seconds is
    closed, so idle clients cannot hold threads for ever.

    The standard library's backlog of 5 overflows at a few dozen concurrent clients (the
    kernel then drops connection attempts, which retry after a second or more).
    """

    daemon_threads = True
    request_queue_size = 1024
    idle_timeout = 10.0  # seconds a connection may wait idle or half-sent before it is closed

    def handle_error(self, request, client_address) -> None:
        error = sys.exc_info()[1]
        print(f"{client_address[0]}:{client_address[1]}: connection ended: {type(error).__name__}: {error}",
              file=sys.stderr)
