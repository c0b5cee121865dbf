"""The network page at `/network`: the page `claimgraph viz` writes, built from the served graph.

Building it takes long (about 85 s at 1,000 articles), so it is built once per graph
version, in the background, in a worker process of its own (worker.py: it opens the
graph and reads it with SPARQL, as `to_networkx` does; the query workers stay free for
queries), under its own time limit `timeout`, and kept in memory. A build starts when
the server starts and whenever the pool switches to a new version. Until the page of
the version being served is ready, a request gets a 503 with Retry-After and a small page
that says so and reloads itself (a browser waits without a click); a build that
failed or overran gets the reason, and is not tried again for that version.

The page's ETag is the SHA-256 of its bytes (computed in the worker): a rebuilt graph
whose page is the same keeps its tag, and `If-None-Match` with it gets a 304.
"""

from __future__ import annotations

import asyncio
import hashlib
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from ..errors import ClaimgraphError
from ..store.worker import QueryWorker, WorkerLost, WorkerOverran
from .http import Response
from .protocol import ProtocolError

HTML = "text/html; charset=utf-8"
RETRY_SECONDS = 5
BUILDING = ("<!doctype html><title>The network page of this graph is being built</title>"  # the title first: the log shows it
            f'<meta charset="utf-8"><meta http-equiv="refresh" content="{RETRY_SECONDS}">'
            f"<p>The network page of this graph is being built; this page reloads itself every {RETRY_SECONDS} s.\n"
            ).encode()


@dataclass(frozen=True)
class Built:
    """A finished build: the version it read, and its page with the page's tag, or why there is none."""

    version: tuple | None
    body: bytes = b""
    tag: str = ""
    failure: ProtocolError | None = None


class NetworkPage:
    """The network page of the graph at `graph`, built per version within `timeout` seconds."""

    def __init__(self, graph: Path, timeout: float):
        self.graph, self.timeout = graph, timeout
        self.built: Built | None = None
        self._wanted: tuple | None = None  # the version the running or last build was started for
        self._latest: tuple | None = None  # the version served, as last told
        self._worker: QueryWorker | None = None
        self._task: asyncio.Task | None = None
        self._stopped = False

    def refresh(self, current: tuple | None) -> None:
        """Build the page of version `current` unless it is built or tried (call in the loop).

        While another build runs, `current` is remembered and built after it.
        """
        self._latest = current
        if self._task is not None and not self._task.done():
            return
        if current in (self._wanted, self.built and self.built.version):
            return
        self._wanted = current
        self._task = asyncio.get_running_loop().create_task(self._build())
        self._task.add_done_callback(lambda task: task.cancelled() or self.refresh(self._latest))

    def respond(self, current: tuple | None, if_none_match: str | None) -> Response:
        """The page of version `current`, a 304 if the client holds it, else a 503 saying why not."""
        built = self.built
        if built is None or built.version != current:
            return Response(503, HTML, BUILDING, {"Retry-After": str(RETRY_SECONDS)})
        if built.failure is not None:
            raise built.failure
        headers = {"ETag": built.tag, "Cache-Control": "no-cache"}
        if _matches(if_none_match, built.tag):
            return Response(304, HTML, b"", headers)
        return Response(200, HTML, built.body, headers)

    def stop(self) -> None:
        """End a build under way (its worker process, also one still opening the graph)."""
        self._stopped = True
        if self._worker is not None:
            self._worker.close()

    def _started(self, worker: QueryWorker) -> None:
        """Known to `stop` from the moment its process runs (called in the thread that opens it)."""
        self._worker = worker
        if self._stopped:
            raise WorkerLost("the network page", "was not built: the server is stopping")

    async def _build(self) -> None:
        loop = asyncio.get_running_loop()
        try:
            worker = await loop.run_in_executor(None, QueryWorker, self.graph, self._started)
        except (ClaimgraphError, OSError) as exc:
            self.built = Built(self._wanted, failure=ProtocolError(503, f"the network page cannot be built: {exc}"))
            return
        try:
            body, tag = await worker.run_async(page, (self.graph,), self.timeout, "network page")
            self.built = Built(worker.version, body, tag)
        except WorkerOverran:
            self._failed(worker, f"took longer than {self.timeout:g} s (serve --page-timeout)")
        except WorkerLost as exc:
            self._failed(worker, f"lost its worker: {exc.reason}")
        except ClaimgraphError as exc:
            self.built = Built(worker.version, failure=ProtocolError(500, f"the network page was not built: {exc}"))
        except BaseException:  # cancelled: the server stops
            worker.close()
            raise
        finally:
            self._worker = None
        await loop.run_in_executor(None, worker.close)

    def _failed(self, worker: QueryWorker, why: str) -> None:
        self.built = Built(worker.version, failure=ProtocolError(503, f"the network page was not built: it {why}"))


def page(store: ox.Store, graph: Path) -> tuple[bytes, str]:
    """Run in a worker: the page `claimgraph viz GRAPH` writes, read from `store`, and its ETag."""
    from ..viz import page_html  # here: networkx and pyvis are slow to load, and only this job needs them

    body = page_html(store, path=graph)[0].encode("utf-8")
    return body, '"' + hashlib.sha256(body).hexdigest()[:32] + '"'


def _matches(if_none_match: str | None, tag: str) -> bool:
    """Whether an If-None-Match header names `tag` (weak comparison, RFC 9110 13.1.2) or is `*`."""
    if not if_none_match:
        return False
    tags = {item.strip().removeprefix("W/") for item in if_none_match.split(",")}
    return "*" in tags or tag in tags
