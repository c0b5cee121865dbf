"""`claimgraph serve`: a read-only SPARQL 1.1 Protocol endpoint over a graph file or store folder.

    server = make_server("graphs/karabakh-2020/karabakh-2020.trig", port=0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    # http://127.0.0.1:<server.server_port>/sparql?query=...

protocol.py reads requests and negotiates formats, app.py answers them, page.py renders
the query page at `/`. The standard library's ThreadingHTTPServer is enough: the work is
in Oxigraph, and a graph this size needs no async framework.
"""

from __future__ import annotations

from http.server import ThreadingHTTPServer
from pathlib import Path

from .app import Endpoint, Handler
from .page import render

__all__ = ["make_server"]


def make_server(graph: str | Path, host: str = "127.0.0.1", port: int = 7878, timeout: float = 30.0,
                max_bytes: int = 50_000_000, workers: int = 2) -> ThreadingHTTPServer:
    """A server bound to (host, port) and ready to `serve_forever`; port 0 picks a free one.

    `workers` processes each hold the graph open and answer one query at a time; call
    `server.endpoint.stop()` after `server_close()` to end them.
    """
    endpoint = Endpoint(Path(graph), render(Path(graph).name), timeout, max_bytes, workers)
    endpoint.start()
    try:
        server = ThreadingHTTPServer((host, port), Handler)
    except OSError:
        endpoint.stop()
        raise
    server.daemon_threads = True
    server.endpoint = endpoint
    return server
