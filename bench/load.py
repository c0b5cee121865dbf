"""Benchmark: the endpoint under load, with idle connections held open meanwhile.

    python bench/load.py                           # 10,000 queries, concurrency 50, 200 idle connections
    python bench/load.py --queries 2000 --graph STORE_OR_FILE
    git worktree add /tmp/base main && python bench/load.py --baseline /tmp/base/src --rounds 3
    python bench/load.py --floor --rounds 3        # and a server that answers without any work

Starts `claimgraph serve` on a free loopback port as a real process, opens `--idle`
connections that send nothing (the server closes them after its idle timeout; they are
reopened as they close, so that many stay open for the whole run), then sends `--queries`
SELECT and ASK queries from `--concurrency` threads, each a new connection that sends
one HTTP/1.0 request and reads the answer to its end. Prints the errors (any status but
200, a body shorter than its Content-Length, any exception), the latency p50/p99/max, the
CPU per query of the server with its workers and of this client, their resident memory
before and after, and the load average of the machine when the run ended.

The client runs on the same machine and competes with the server for the cores, and so
does anyone else's work: numbers from a shared machine move with its load. `--baseline
SRC` serves the same graph from another source tree too (PYTHONPATH=SRC), alternating
the two `--rounds` times, so that both are measured under the same load. `--floor` adds a
server that sends a fixed answer without reading the query: what the client and the
machine cost by themselves. The client writes its requests as bytes and reads answers
with plain sockets (http.client took about 2.5 times the CPU per request and made the
client, not the server, the larger part of a query's latency).
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import os
import resource
import socket
import statistics
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
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
        idle = IdleConnections(port, args.idle)
        client_before, began = _own_cpu(), time.perf_counter()
        latencies, errors = _load(port, args.queries, args.concurrency)
        client, seconds = _own_cpu() - client_before, time.perf_counter() - began
        idle.stop()
        after, cpu = _memory(server.pid), _cpu(server.pid) - cpu_before
    finally:
        server.terminate()
        server.join() if isinstance(server, multiprocessing.Process) else server.wait()
    return latencies, errors, seconds, before, after, cpu, client, idle.reopened


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
    return server, port


class IdleConnections:
    """`count` connections that send nothing, reopened as the server closes them."""

    def __init__(self, port: int, count: int):
        self.port, self.reopened, self._stopped = port, 0, threading.Event()
        self._threads = [threading.Thread(target=self._hold, daemon=True) for _ in range(count)]
        for thread in self._threads:
            thread.start()

    def _hold(self) -> None:
        while not self._stopped.is_set():
            try:
                connection = socket.create_connection(("127.0.0.1", self.port), timeout=1)
            except TimeoutError:  # a loaded machine: the server accepts late
                continue
            with connection:
                while not self._stopped.is_set():
                    try:
                        if connection.recv(1) == b"":
                            self.reopened += 1  # closed by the server
                            break
                    except TimeoutError:
                        continue

    def stop(self) -> None:
        self._stopped.set()
        for thread in self._threads:
            thread.join()


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
        async with await asyncio.start_server(one, sock=listening):
            await asyncio.Event().wait()

    asyncio.run(serve())


def _request(sparql: str) -> bytes:
    body = urlencode({"query": sparql}).encode()
    return (b"POST /sparql HTTP/1.0\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
            b"Content-Length: %d\r\n\r\n%s" % (len(body), body))


def _load(port: int, total: int, concurrency: int) -> tuple[list[float], list[str]]:
    latencies: list[float] = []
    errors: list[str] = []
    requests = [_request(sparql) for sparql in QUERIES]

    def one(n: int) -> None:
        started = time.perf_counter()
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=60) as connection:
                connection.sendall(requests[n % len(requests)])
                answer = b""
                while chunk := connection.recv(65536):
                    answer += chunk
            error = _checked(answer)
            if error:
                errors.append(error)
        except OSError as exc:
            errors.append(f"{type(exc).__name__}: {exc}")
        latencies.append(time.perf_counter() - started)

    with ThreadPoolExecutor(concurrency) as pool:
        list(pool.map(one, range(total)))
    return latencies, errors


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
