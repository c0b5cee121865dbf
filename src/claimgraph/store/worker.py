"""Queries under a time limit that really stops them: a child process, killed when a query overruns.

pyoxigraph has no per-query timeout, and a thread cannot be stopped from outside while
Oxigraph evaluates (a FILTER that rejects everything, a sort or an aggregate runs to its
end before yielding anything). A child process can be. A `QueryWorker` opens the graph
once in a child process, then runs jobs one at a time; a job is a module-level function
`job(store, *args)` whose result is sent back. When a job overruns its time, the child
is killed and `run` raises a WorkerLost; the worker is then closed for good. A job that
fails raises its own error and leaves the worker sound. Opening the graph is not counted
in any job's time.

`version` is the graph's `store.version` as the worker opened it, so that a server can
tell workers holding a graph rebuilt since from the others (a graph replaced while it
was being opened is opened again).
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import pickle
import select
import signal
from collections.abc import Callable
from pathlib import Path

from ..errors import ClaimgraphError, GraphFileError, QueryError
from .graph import open_store, version


class WorkerLost(QueryError):
    """The worker's process is gone or overran its time: the job has no answer and the worker must be replaced."""


class WorkerOverran(WorkerLost):
    """The job ran past its time and its worker was stopped (told apart from a crash by what happened,
    not by a clock: an event loop's cached time may read a timer's expiry as a little early)."""


class QueryWorker:
    """A child process holding the graph at `graph` open (a file or a store folder)."""

    def __init__(self, graph: str | Path, started: Callable[[QueryWorker], None] | None = None):
        """Start the process and wait until it has opened the graph.

        `started(worker)` is called as soon as the process runs, before the graph is open,
        so that an owner can `kill` a worker still opening it; it may raise to refuse the
        worker, which is then closed.
        """
        self._conn, child_conn = multiprocessing.Pipe()
        self._fd = self._conn.fileno()
        self._loop: asyncio.AbstractEventLoop | None = None  # the loop watching the pipe, from the first run_async
        self._answer: asyncio.Future | None = None  # the answer run_async waits for
        self._process = multiprocessing.Process(target=_main, args=(child_conn, self._conn, Path(graph), os.getpid()),
                                                daemon=True)
        self._process.start()
        child_conn.close()
        try:
            if started is not None:
                started(self)
            self.version = self._reply(None, "open")
        except BaseException:
            self.close()
            raise

    def run(self, job: Callable, args: tuple, seconds: float | None, name: str = "query"):
        """`job(store, *args)` in the child; a WorkerLost if it runs longer than `seconds`."""
        self._conn.send((job, args))
        return self._reply(seconds, name)

    @property
    def pid(self) -> int:
        return self._process.pid

    @property
    def alive(self) -> bool:
        return self._process.exitcode is None

    def kill(self) -> None:
        """End the process at once, from any thread: whoever waits on it (`run`, opening) gets a WorkerLost."""
        self._process.kill()

    def close(self) -> None:
        """End the process and let go of its pipe, from any thread (the loop watching the pipe lets go of it itself)."""
        self._process.kill()
        self._process.join()
        loop = self._loop
        if loop is None or _running() is loop:
            self._let_go()
            return
        try:
            loop.call_soon_threadsafe(self._let_go)
        except RuntimeError:  # the loop is closed, and its watch with it
            self._loop = None
            self._conn.close()

    def __enter__(self) -> QueryWorker:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    async def run_async(self, job: Callable, args: tuple, seconds: float, name: str = "query"):
        """`run` for an asyncio event loop: it waits for the answer without blocking the loop or a thread.

        The pipe is watched by the loop from the first job to the worker's end (one reader,
        not one per job: adding and removing it are two system calls of the loop's time).
        On a timeout the worker is left to the caller to close (closing waits for the process).
        """
        loop = asyncio.get_running_loop()
        if self._loop is None:
            self._loop = loop
            loop.add_reader(self._fd, self._readable)
            os.set_blocking(self._fd, True)  # uvloop makes what it watches non-blocking: `recv` must read an answer whole
        try:
            self._conn.send_bytes(pickle.dumps((job, args)))  # what `send` does, without its reducer's buffer
        except OSError:  # the process ended while idle (killed from outside)
            raise WorkerLost(name, f"found its worker process ended (exit code {self._end()})") from None
        self._answer = answer = loop.create_future()
        overrun = loop.call_later(seconds, _expire, answer)
        try:
            message = await answer
        finally:
            overrun.cancel()
            self._answer = None
        if message is _OVERRAN:
            raise WorkerOverran(name, _overran(seconds))
        if message is _ENDED:
            raise WorkerLost(name, f"ended its process without an answer (exit code {self._end()})")
        return self._unpack(message)

    def _readable(self) -> None:
        """In the loop: the job's answer came, or the process ended (the pipe is then let go)."""
        try:
            message = self._conn.recv()
        except (EOFError, OSError):
            self._detach()
            message = _ENDED
        answer = self._answer
        if answer is not None and not answer.done():
            answer.set_result(message)

    def _end(self) -> int | None:
        """The exit code of a process whose pipe failed. It is killed first, so the wait is bounded even
        when the pipe broke with the process alive (a message read in part); one that ended keeps its code."""
        self._process.kill()
        self._process.join()
        return self._process.exitcode

    def _detach(self) -> None:
        """In the loop: stop watching the pipe (before it is closed: a closed descriptor's number is reused)."""
        if self._loop is not None:
            self._loop.remove_reader(self._fd)
            self._loop = None

    def _let_go(self) -> None:
        self._detach()
        self._conn.close()

    def _reply(self, seconds: float | None, name: str):
        if not self._conn.poll(seconds):
            self.close()
            raise WorkerOverran(name, _overran(seconds))
        return self._receive(name)

    def _receive(self, name: str):
        try:
            message = self._conn.recv()
        except EOFError:
            raise WorkerLost(name, f"ended its process without an answer (exit code {self._end()})") from None
        return self._unpack(message)

    @staticmethod
    def _unpack(message: tuple):
        """A job's result, or its error raised again."""
        if message[0] == "error":
            _, cls, subject, reason = message
            raise cls(subject, reason)
        return message[1]


_OVERRAN, _ENDED = object(), object()  # what run_async is told instead of an answer


def _expire(answer: asyncio.Future) -> None:
    if not answer.done():
        answer.set_result(_OVERRAN)


def _running() -> asyncio.AbstractEventLoop | None:
    """The event loop running in this thread, if any."""
    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return None


def _overran(seconds: float) -> str:
    return (f"ran longer than {seconds:g} s and was stopped; "
            "narrow it (a LIMIT, a more specific pattern) or allow more time")


def _main(conn, parent_end, graph: Path, parent: int) -> None:
    """The child: open the graph, then answer jobs until the parent closes the pipe or dies."""
    parent_end.close()  # else this process keeps its own pipe open and never sees the parent go
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole process group: the parent ends its workers
    _batch()
    try:
        store, opened = _open(graph)
    except ClaimgraphError as exc:
        conn.send(("error", type(exc), exc.subject, exc.reason))
        return
    except OSError as exc:  # a path the system refuses (too long, a link loop): said as the command line says it
        conn.send(("error", GraphFileError, exc.filename or graph, exc.strerror or str(exc)))
        return
    conn.send(("ok", opened))
    jobs = select.poll()  # one poll object for the worker's life: `conn.poll` makes a selector per call
    jobs.register(conn.fileno(), select.POLLIN)
    while True:
        if not jobs.poll(1000):
            if os.getppid() != parent:  # the parent was killed; nobody will close the pipe
                return
            continue
        try:
            job, args = conn.recv()
        except EOFError:
            return
        try:
            conn.send(("ok", job(store, *args)))
        except ClaimgraphError as exc:
            conn.send(("error", type(exc), exc.subject, exc.reason))
        except Exception as exc:  # noqa: BLE001 - an engine error ends the job, never the worker
            conn.send(("error", QueryError, "query", f"failed in its worker: {type(exc).__name__}: {exc}"))


def _batch() -> None:
    """Schedule this process as batch work (Linux): woken by a job, it no longer preempts the parent.

    A server's one event loop hands every query to a worker; a worker that preempts it the
    moment the job is written stalls every other request for that long (measured under
    bench/load.py: the write of a job took 0.75 ms of the loop's time on average). A batch
    process keeps its fair share of the processor; it only waits its turn when woken.
    """
    if hasattr(os, "sched_setscheduler"):
        try:
            os.sched_setscheduler(0, os.SCHED_BATCH, os.sched_param(0))
        except OSError:  # not allowed here: the default policy answers too
            pass


def _open(graph: Path, attempts: int = 5) -> tuple:
    """The store and the version it holds: opened again while the graph is replaced under it."""
    for _ in range(attempts):
        before = version(graph)
        store = open_store(graph)
        if version(graph) == before:
            break
    return store, before
