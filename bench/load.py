"""Benchmark: the endpoint under load, with idle connections held open meanwhile.

    python bench/load.py                           # 10,000 queries, concurrency 50, 200 idle connections
    python bench/load.py --queries 2000 --graph STORE_OR_FILE
    git worktree add /tmp/base main && python bench/load.py --baseline /tmp/base/src --rounds 3
    python bench/load.py --floor --rounds 3        # and a server that answers without any work

Starts `claimgraph serve` on a free loopback port as a real process, opens `--idle`
connections that send nothing (the server closes them after its idle timeout; they are
reopened as they close, so that many stay open for the whole run), then sends `--queries`
SELECT and ASK queries, `--concurrency` at a time, each on a new connection that sends
one HTTP/1.0 request and reads the answer to its end. Prints the errors (any status but
200, a body shorter than its Content-Length, any exception), the latency p50/p99/max, the
CPU per query of the server with its workers and of this client, their resident memory
before and after, and the load average of the machine when the run ended.

The client runs on the same machine and competes with the server for the cores, and so
does anyone else's work: numbers from a shared machine move with its load. `--baseline
SRC` serves the same graph from another source tree too (PYTHONPATH=SRC), alternating
the two `--rounds` times, so that both are measured under the same load. `--floor` adds a
server that sends a fixed answer without reading the query: what the client and the
machine cost by themselves. The client is one thread with non-blocking sockets on one
epoll (Client): http.client took about 2.5 times the CPU per request of plain sockets, and
plain sockets on a thread per connection 146-229 us per query, with the threads queueing
for the interpreter lock (a latency that was the client's, counted as the server's).
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import os
import resource
import socket
import select
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parents[1]
QUERIES = [
    "SELECT ?s ?title WHERE { ?s a cg:Source ; dcterms:title ?title } ORDER BY ?s",
    "ASK { ?s a cg:Source }",
    "SELECT ?e WHERE { GRAPH ?c { ?e a ?class } ?class rdfs:subClassOf* cg:Event } LIMIT 20",
]


def main() -> None:
    args = _arguments()
    trees = {"this tree": ROOT / "src"} | ({"baseline": args.baseline} if args.baseline else {}) | \
        ({"fixed answer": None} if args.floor else {})
    for round_ in range(args.rounds):
        for name, src in trees.items():
            print(f"{name} ({src or 'no query is run'}), round {round_ + 1} of {args.rounds}:")
            _report(args, *_run(args, src))


def _run(args, src: Path | None) -> tuple:
    server, port = _serve(args.graph, args.workers, src) if src else _fixed()
    try:
        before, cpu_before = _memory(server.pid), _cpu(server.pid)
        client_before, began = _own_cpu(), time.perf_counter()
        latencies, errors, reopened = _load(port, args.queries, args.concurrency, args.idle)
        client, seconds = _own_cpu() - client_before, time.perf_counter() - began
        after, cpu = _memory(server.pid), _cpu(server.pid) - cpu_before
    finally:
        server.terminate()
        server.join() if isinstance(server, multiprocessing.Process) else server.wait()
    return latencies, errors, seconds, before, after, cpu, client, reopened


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--graph", type=Path, default=ROOT / "graphs" / "karabakh-2020" / "karabakh-2020.trig")
    parser.add_argument("--queries", type=int, default=10_000)
    parser.add_argument("--concurrency", type=int, default=50)
    parser.add_argument("--idle", type=int, default=200)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--baseline", type=Path, metavar="SRC", help="another source tree to measure alternately")
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--floor", action="store_true", help="also measure a server that answers without any work")
    return parser.parse_args()


def _serve(graph: Path, workers: int, src: Path) -> tuple[subprocess.Popen, int]:
    """`claimgraph serve` on a free port, once it says it is serving."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "claimgraph", "serve", str(graph), "--port", str(port),
                               "--workers", str(workers)], stderr=subprocess.PIPE, text=True,
                              env={**os.environ, "PYTHONPATH": str(src)})
    for line in server.stderr:
        if line.startswith("serving"):
            break
    threading.Thread(target=server.stderr.read, daemon=True).start()  # drain the request log
    _settled(port)
    return server, port


def _settled(port: int, seconds: float = 120.0) -> None:
    """Wait until the server has built its network page, the work it does once when it starts.

    The page is built in a process of its own (about 1 s of CPU on the bundled graph):
    measured from the start, the first second of queries shares the cores with it, and
    the p99 measures the start rather than the queries.
    """
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and _round_trip(port, b"GET /network HTTP/1.0\r\n\r\n")[9:12] == b"503":
        time.sleep(0.1)


def _round_trip(port: int, request: bytes) -> bytes:
    """The whole answer to one request, on a blocking socket."""
    with socket.create_connection(("127.0.0.1", port), timeout=60) as connection:
        connection.sendall(request)
        answer = b""
        while chunk := connection.recv(65536):
            answer += chunk
    return answer


def _fixed() -> tuple[multiprocessing.Process, int]:
    """A server on a free port that answers every request with the same small result, reading only its head."""
    listening = socket.create_server(("127.0.0.1", 0), backlog=1024)
    server = multiprocessing.Process(target=_answer_fixed, args=(listening,), daemon=True)
    server.start()
    port = listening.getsockname()[1]
    listening.close()
    return server, port


def _answer_fixed(listening: socket.socket) -> None:
    body = b'{"head":{},"boolean":true}'
    answer = (b"HTTP/1.0 200 OK\r\nContent-Type: application/sparql-results+json\r\n"
              b"Content-Length: %d\r\nConnection: close\r\n\r\n%s" % (len(body), body))

    async def one(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            await reader.readuntil(b"\r\n\r\n")
            writer.write(answer)
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        writer.close()

    async def serve() -> None:
        async with await asyncio.start_server(one, sock=listening, backlog=1024):  # its default, 100, drops a burst
            await asyncio.Event().wait()

    asyncio.run(serve())


def _request(sparql: str) -> bytes:
    body = urlencode({"query": sparql}).encode()
    return (b"POST /sparql HTTP/1.0\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
            b"Content-Length: %d\r\n\r\n%s" % (len(body), body))


def _load(port: int, total: int, concurrency: int, idle: int) -> tuple[list[float], list[str], int]:
    """`total` requests, `concurrency` at a time, with `idle` silent connections held open meanwhile.

    One thread and one epoll watch every socket: the latencies, the errors, and how many
    idle connections the server closed (each is reopened at once). The idle connections
    are opened first, and the load starts once the server has accepted them (a request
    sent after them is answered: the listen backlog is first in, first out); opened with
    the first queries, the 250 connections at once made a fifth of the p99's queries.
    """
    client = Client(port, [_request(sparql) for sparql in QUERIES], total)
    for _ in range(idle):
        client.hold()
    _round_trip(port, _request(QUERIES[1]))  # answered once the server has accepted the idle ones before it
    for _ in range(min(concurrency, total)):
        client.send()
    client.run()
    return client.latencies, client.errors, client.reopened


class Client:
    """Non-blocking sockets on one epoll: each query a new connection, one request, read to its end.

    A query costs the system calls it needs (socket, connect, send, recv until the end,
    close) and a few dictionary operations: no thread waits for another.
    """

    WAIT = 60.0  # seconds without any event before every open query counts as failed

    def __init__(self, port: int, requests: list[bytes], total: int):
        self.address, self.requests, self.total = ("127.0.0.1", port), requests, total
        self.poll = select.epoll()
        self.open: dict[int, list] = {}  # fd -> [socket, started (None: idle), request, chunks]
        self.started = self.finished = self.reopened = 0
        self.latencies: list[float] = []
        self.errors: list[str] = []

    def hold(self) -> None:
        """Open one connection that sends nothing."""
        sock = socket.socket()
        sock.setblocking(False)
        sock.connect_ex(self.address)
        self.open[sock.fileno()] = [sock, None, b"", None]
        self.poll.register(sock, select.EPOLLIN | select.EPOLLRDHUP)

    def send(self) -> None:
        """Start the next query: connect, and send its request at once if the connection is up (loopback)."""
        request = self.requests[self.started % len(self.requests)]
        self.started += 1
        started = time.perf_counter()
        sock = socket.socket()
        sock.setblocking(False)
        sock.connect_ex(self.address)
        state = [sock, started, request, []]
        self.open[sock.fileno()] = state
        try:
            sent = sock.send(request)
        except BlockingIOError:  # not connected yet (the server's backlog is full): sent when writable
            self.poll.register(sock, select.EPOLLOUT)
            return
        except OSError as exc:
            self._done(state, f"{type(exc).__name__}: {exc}")
            return
        state[2] = request[sent:]
        self.poll.register(sock, select.EPOLLOUT if state[2] else select.EPOLLIN)

    def run(self) -> None:
        while self.finished < self.total:
            events = self.poll.poll(self.WAIT)
            if not events:
                for state in [s for s in self.open.values() if s[1] is not None]:
                    self._done(state, f"no answer within {self.WAIT:g} s")
                return
            for fd, event in events:
                state = self.open.get(fd)
                if state is None:
                    continue
                if state[1] is None:
                    self._reopen(state)
                elif event & select.EPOLLOUT:
                    self._writable(state)
                else:
                    self._readable(state)
        for state in list(self.open.values()):
            self._close(state)
        self.poll.close()

    def _writable(self, state: list) -> None:
        sock = state[0]
        try:
            state[2] = state[2][sock.send(state[2]):]
        except BlockingIOError:
            return
        except OSError as exc:
            self._done(state, f"{type(exc).__name__}: {exc}")
            return
        if not state[2]:
            self.poll.modify(sock, select.EPOLLIN)

    def _readable(self, state: list) -> None:
        try:
            chunk = state[0].recv(65536)
        except BlockingIOError:
            return
        except OSError as exc:
            self._done(state, f"{type(exc).__name__}: {exc}")
            return
        if chunk:
            state[3].append(chunk)
        else:
            self._done(state, _checked(b"".join(state[3])))

    def _done(self, state: list, error: str | None) -> None:
        self.latencies.append(time.perf_counter() - state[1])
        self._close(state)
        if error:
            self.errors.append(error)
        self.finished += 1
        if self.started < self.total:
            self.send()

    def _reopen(self, state: list) -> None:
        """An idle connection the server closed (or refused): counted, and another opened."""
        self._close(state)
        self.reopened += 1
        self.hold()

    def _close(self, state: list) -> None:
        """Closed, and so gone from the epoll (a closed descriptor leaves it without a call)."""
        sock = state[0]
        self.open.pop(sock.fileno(), None)
        sock.close()


def _checked(answer: bytes) -> str | None:
    """What is wrong with an HTTP answer: a status but 200, a body shorter than its Content-Length; None if nothing."""
    head, _, body = answer.partition(b"\r\n\r\n")
    status = head[9:12].decode(errors="replace")
    if status != "200":
        return f"HTTP {status or '(no answer)'}"
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length" and int(value) != len(body):
            return f"a body of {len(body)} bytes, not the {int(value)} its Content-Length says"
    return None


def _own_cpu() -> float:
    """CPU seconds this process (the client) has used."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _family(pid: int) -> list[int]:
    """A process and its children (the query workers, the resource tracker)."""
    pids = [pid]
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            pids += [int(p) for p in (task / "children").read_text().split()]
        except FileNotFoundError:  # a thread that ended meanwhile
            continue
    return pids


def _memory(pid: int) -> int:
    """Resident bytes of a process and its children."""
    total = 0
    for p in _family(pid):
        for line in Path(f"/proc/{p}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                total += int(line.split()[1]) * 1024
    return total


def _cpu(pid: int) -> float:
    """CPU seconds (user + system) of a process and its living children."""
    ticks = 0
    for p in _family(pid):
        fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
        ticks += int(fields[11]) + int(fields[12])
    return ticks / os.sysconf("SC_CLK_TCK")


def _report(args, latencies, errors, seconds, before, after, cpu, client, reopened) -> None:
    ms = sorted(1000 * t for t in latencies)
    p99 = ms[min(len(ms) - 1, int(len(ms) * 0.99))]
    print(f"  {len(ms)} queries, concurrency {args.concurrency}, {args.idle} idle connections held open "
          f"({reopened} reopened after the server closed them), {args.workers} workers, {os.cpu_count()} cores")
    print(f"  errors: {len(errors)}" + (f" (first: {errors[0]})" if errors else ""))
    print(f"  latency: p50 {statistics.median(ms):.1f} ms, p99 {p99:.1f} ms, max {ms[-1]:.1f} ms, "
          f"mean {statistics.fmean(ms):.1f} ms; {len(ms) / seconds:.0f} queries/s")
    print(f"  CPU per query: server with its workers {1e6 * cpu / len(ms):.0f} us, client {1e6 * client / len(ms):.0f} us")
    print(f"  server memory (with its workers): {before / 2**20:.0f} MiB before, {after / 2**20:.0f} MiB after")
    print("  load average: " + " ".join(f"{n:.2f}" for n in os.getloadavg()), flush=True)


if __name__ == "__main__":
    main()
