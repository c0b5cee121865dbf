"""The query workers behind the endpoint: handed out first come, first served, one graph version at a time.

Each QueryWorker is a process holding the graph open (worker.py); it answers one query
at a time and is killed when a query overruns. The pool lives on the server's event
loop, which waits for a worker's answer like for any socket; only starting or ending a
process (which blocks) runs on a small thread pool.

Requests waiting for a worker are served in arrival order, so under load every request
waits about as long as the others (a free-for-all lets late arrivals overtake and
stretches the tail). A request waits at most `timeout` for a worker.

Versions: a graph rebuilt while served (a new file renamed into place, a store folder
reloaded) must not give one answer from the old graph and the next from the new. The
pool serves one version, `current`. When a request finds the graph on disk changed, the
pool opens a full set of workers on the new graph in the background, then switches in
one step: from then on only new workers answer, and the old ones end as they come back.
A replacement worker (after a timeout) that finds a newer graph is not used for the old
version; it triggers the switch instead. Every answer says its version (`ETag`), and
`switched` is told each new version (the network page is built per version).

A worker that cannot be started (the graph moved away) leaves a `Lost` in its place: the
request that takes it tries once more and, failing, gets a 503 naming the reason, so no
request waits for a worker that will never come.
"""

from __future__ import annotations

import asyncio
import threading
from collections import deque
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from ..errors import ClaimgraphError
from ..store.graph import version
from ..store.worker import QueryWorker, WorkerLost
from .protocol import ProtocolError


@dataclass
class Lost:
    """The place of a worker that could not be started, and why."""

    reason: str
    version: tuple | None = None

    def close(self) -> None:
        """Nothing to end: no process was started."""


class Pool:
    """`size` workers on the graph at `graph`; `run` a job on one of them, within `timeout` seconds."""

    def __init__(self, graph: Path, size: int, timeout: float, switched: Callable[[tuple], None] | None = None):
        self.graph, self.size, self.timeout, self.switched = graph, size, timeout, switched
        self._threads = ThreadPoolExecutor(max_workers=size + 2, thread_name_prefix="query-worker")
        self._idle: deque = deque()
        self._waiting: deque[asyncio.Future] = deque()
        self._busy: set = set()
        self._switching = False
        self._tasks: set[asyncio.Task] = set()  # background work, held until done
        self.current: tuple | None = None
        self._unopened: tuple | None = None  # a version on disk the last switch could not open
        self._lock = threading.Lock()  # guards the two below: workers start on the pool's threads
        self._processes: set[QueryWorker] = set()  # every worker started, from the moment its process runs
        self._stopped = False

    def start(self) -> None:
        """Open the graph in every worker (blocking); a GraphFileError if it cannot be opened (none is left running)."""
        try:
            workers = [self._open() for _ in range(self.size)]
        except BaseException:
            self.stop()
            raise
        self.current = workers[0].version
        self._idle.extend(workers)

    def pids(self) -> list[int]:
        """The process ids of the workers started, idle or busy (a Lost has none)."""
        return [worker.pid for worker in [*self._idle, *self._busy] if not isinstance(worker, Lost)]

    def stop(self) -> None:
        """End every worker process, those still opening the graph too, and wait until they have ended."""
        with self._lock:
            self._stopped = True
            processes = list(self._processes)
        for worker in processes:
            worker.kill()  # a worker still opening: the thread opening it gets a WorkerLost and ends
        self._threads.shutdown(wait=True, cancel_futures=True)
        for worker in processes:
            worker.close()
        self._idle.clear()
        self._busy.clear()

    def _open(self) -> QueryWorker:
        """A new worker on the graph (blocking), known to `stop` from the moment its process runs."""
        return QueryWorker(self.graph, started=self._own)

    def _own(self, worker: QueryWorker) -> None:
        with self._lock:
            if self._stopped:
                raise WorkerLost("the query worker", "was not started: the server is stopping")
            self._processes = {known for known in self._processes if known.alive} | {worker}

    def notice(self) -> None:
        """Start switching to the graph on disk if it changed since the current version was opened."""
        if version(self.graph) not in (None, self.current, self._unopened):
            self._start_switch()

    async def run(self, job, args: tuple) -> tuple:
        """`job(store, *args)` on a worker of the current version, and that version (`store.version`).

        A ProtocolError 503 when no worker can answer.
        """
        self.notice()
        worker = await self._take()
        self._busy.add(worker)
        try:
            reply = await worker.run_async(job, args, self.timeout)
        except WorkerLost as exc:  # overran or died: no answer, and the worker is replaced
            self._busy.discard(worker)
            self._spawn(self._replace(worker))
            raise ProtocolError(503, f"the query {exc.reason}") from None
        except ClaimgraphError as exc:  # the job failed in a sound worker: a server error, the worker goes on
            self._busy.discard(worker)
            self._give(worker)
            raise ProtocolError(500, f"the query {exc.reason}") from None
        except BaseException:  # cancelled while the server stops: what the worker is doing is unknown
            self._busy.discard(worker)
            worker.close()
            raise
        self._busy.discard(worker)
        self._give(worker)
        return reply, worker.version

    async def _take(self):
        if self._idle and not self._waiting:
            worker = self._idle.popleft()
        else:
            turn = asyncio.get_running_loop().create_future()
            self._waiting.append(turn)
            try:
                worker = await asyncio.wait_for(turn, self.timeout)
            except asyncio.TimeoutError:
                if not turn.done() or turn.cancelled():
                    raise ProtocolError(503, f"all {self.size} query workers stayed busy for {self.timeout:g} s; "
                                             "try again later") from None
                worker = turn.result()  # handed over in the loop step that timed out (Python >= 3.12): not lost
            finally:
                if turn in self._waiting:
                    self._waiting.remove(turn)
        if isinstance(worker, Lost):
            worker = await self._started()
            if isinstance(worker, Lost):
                self._give(worker)
                raise ProtocolError(503, f"no query worker can be started: {worker.reason}")
            if worker.version != self.current:  # the graph was rebuilt: not for this version
                self._give(Lost("replaced by the new version", self.current))
                asyncio.get_running_loop().run_in_executor(self._threads, worker.close)
                self._start_switch()
                raise ProtocolError(503, "the graph was rebuilt and is being reopened; try again in a moment")
        return worker

    def _give(self, worker) -> None:
        """Back to the pool: to the first request waiting, else idle; a worker of an old version ends."""
        if worker.version not in (None, self.current):
            asyncio.get_running_loop().run_in_executor(self._threads, worker.close)
            return
        while self._waiting:
            turn = self._waiting.popleft()
            if not turn.done():
                turn.set_result(worker)
                return
        self._idle.append(worker)

    async def _replace(self, worker) -> None:
        loop = asyncio.get_running_loop()
        await loop.run_in_executor(self._threads, worker.close)
        fresh = await self._started()
        if isinstance(fresh, Lost) or fresh.version == self.current:
            self._give(fresh)
            return
        self._give(Lost("replaced by the new version", self.current))  # keeps the old version's count
        await loop.run_in_executor(self._threads, fresh.close)
        self._start_switch()

    def _start_switch(self) -> None:
        if not self._switching:
            self._switching = True
            self._spawn(self._switch())

    def _spawn(self, work) -> None:
        task = asyncio.get_running_loop().create_task(work)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _started(self):
        try:
            return await asyncio.get_running_loop().run_in_executor(self._threads, self._open)
        except (ClaimgraphError, OSError) as exc:
            return Lost(str(exc))

    async def _switch(self) -> None:
        """Open a full set of workers on the graph as it is now, then serve from them alone."""
        loop = asyncio.get_running_loop()
        try:
            on_disk = version(self.graph)
            fresh = await asyncio.gather(*(self._started() for _ in range(self.size)))
            versions = {worker.version for worker in fresh}
            if any(isinstance(worker, Lost) for worker in fresh) or len(versions) != 1:
                for worker in fresh:  # the graph is being replaced again, or is broken: keep serving the old one
                    loop.run_in_executor(self._threads, worker.close)
                self._unopened = on_disk  # tried again only once the graph on disk changes again
                return
            self.current = versions.pop()
            old, self._idle = self._idle, deque()
            for worker in old:
                loop.run_in_executor(self._threads, worker.close)
            for worker in fresh:
                self._give(worker)
            if self.switched is not None:
                self.switched(self.current)
        finally:
            self._switching = False
