"""`claimgraph serve` under hostile use: federated queries, broken requests, idle clients, lost workers.

A real server on a free loopback port, asked by httpx or by a raw socket where the
request must be malformed on purpose.
"""

from __future__ import annotations

import asyncio
import contextlib
import multiprocessing
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import quote

import httpx
import pytest

from claimgraph.serve import make_server
from claimgraph.serve import pool as pool_module
from claimgraph.serve.pool import Pool
from claimgraph.serve.app import answer
from claimgraph.serve.protocol import ProtocolError, Query

from .test_serve import asked_once_a_worker_is_free, start, stop


class Listener:
    """A TCP port on 127.0.0.1 that counts the connections made to it."""

    def __init__(self):
        self.socket = socket.create_server(("127.0.0.1", 0))
        self.port = self.socket.getsockname()[1]
        self.accepted = 0
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                connection, _ = self.socket.accept()
            except OSError:
                return
            self.accepted += 1
            connection.close()

    def close(self) -> None:
        self.socket.close()


@pytest.fixture
def listener():
    port = Listener()
    yield port
    port.close()


@pytest.fixture(scope="module")
def endpoint(built):
    server, url = start(built, workers=1)
    yield server, url
    stop(server)


def federated(port: int) -> list[str]:
    """SERVICE clauses in the shapes a filter might miss, all aimed at `port`."""
    target = f"<http://127.0.0.1:{port}/sparql>"
    return [
        f"SELECT * WHERE {{ SERVICE {target} {{ ?s ?p ?o }} }}",
        f"select * where {{ service silent {target} {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ ?a ?b ?c .SERVICE {target} {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ # a comment }}\n SERVICE {target} {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ SERV\\u0049CE {target} {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ BIND({target} AS ?u) SERVICE ?u {{ ?s ?p ?o }} }}",
    ]


def test_service_is_refused_and_no_connection_is_opened(endpoint, listener):
    _, url = endpoint
    for sparql in federated(listener.port):
        response = httpx.post(url + "/sparql", data={"query": sparql}, timeout=30)
        assert response.status_code == 400, sparql
        assert "SERVICE" in response.text and "refused" in response.text, response.text
    time.sleep(0.2)
    assert listener.accepted == 0


def test_the_word_service_in_names_strings_and_iris_is_not_a_service_clause(endpoint):
    _, url = endpoint
    sparql = ('SELECT ?service WHERE { BIND("SERVICE <http://x/> {}" AS ?service) '
              'FILTER(?service != <http://example.org/SERVICE>) } # SERVICE')
    response = httpx.get(url + "/sparql", params={"query": sparql}, headers={"Accept": "text/csv"})
    assert response.status_code == 200 and "SERVICE <http://x/> {}" in response.text


def test_a_failing_service_when_allowed_is_an_error_and_the_worker_lives_on(built):
    server, url = start(built, workers=1, allow_service=True)
    try:
        workers = server.endpoint.pool.pids()
        response = httpx.get(url + "/sparql", params={"query": "SELECT * WHERE { SERVICE <ftp://127.0.0.1/> { ?s ?p ?o } }"},
                             timeout=30)
        assert response.status_code == 500 and "ftp" in response.text
        after = httpx.get(url + "/sparql", params={"query": "ASK { ?s a cg:Source }"}, timeout=30)
        assert after.json()["boolean"] is True
        assert server.endpoint.pool.pids() == workers  # the same process answered: it was not killed
    finally:
        stop(server)


ENDLESS = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i FILTER(STRLEN(STR(?a)) + STRLEN(STR(?g)) = 1) }"


def test_when_no_worker_can_be_started_requests_get_a_503_not_a_hang(built, tmp_path):
    graph = tmp_path / "moved.trig"
    shutil.copy(built, graph)
    server, url = start(graph, timeout=0.5, workers=1)
    try:
        graph.rename(tmp_path / "elsewhere.trig")
        assert httpx.get(url + "/sparql", params={"query": ENDLESS}, timeout=30).status_code == 503
        for _ in range(3):  # "stayed busy" while the killed worker's replacement is still failing to start
            response = asked_once_a_worker_is_free(url, "ASK {}")
            assert response.status_code == 503 and "no query worker can be started" in response.text
            assert "moved.trig" in response.text
        (tmp_path / "elsewhere.trig").rename(graph)  # the graph is back: the next request starts a worker
        assert httpx.get(url + "/sparql", params={"query": "ASK { ?s a cg:Source }"}, timeout=30).json()["boolean"]
    finally:
        stop(server)


def raw(url: str, request: bytes, wait: float = 10.0) -> bytes:
    """Send bytes as they are and read the whole answer (the server closes the connection)."""
    host, port = url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=wait) as connection:
        connection.sendall(request)
        answer = b""
        while chunk := connection.recv(65536):
            answer += chunk
    return answer


@pytest.mark.parametrize("length, status", [("-1", b"400"), ("abc", b"400"), ("1e3", b"400"),
                                            ("99999999999999999999999", b"413"), ("2000000", b"413")])
def test_a_bad_content_length_is_refused_without_reading_the_body(endpoint, capfd, length, status):
    _, url = endpoint
    head = (f"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
            f"Content-Length: {length}\r\n\r\n").encode()
    started = time.monotonic()
    answer = raw(url, head + b"ASK {}")  # no more body comes: a server that waits for it would hang
    assert answer.split(b"\r\n")[0].split(b" ")[1] == status, answer
    assert time.monotonic() - started < 5
    assert b"Content-Length" in answer.split(b"\r\n\r\n")[1] or status == b"413"
    assert "Traceback" not in capfd.readouterr().err


def test_idle_and_half_sent_connections_are_closed(endpoint, capfd):
    server, url = endpoint
    server.idle_timeout = 0.5
    try:
        started = time.monotonic()
        assert raw(url, b"") == b""  # said nothing: closed
        assert raw(url, b"GET /sparql?query=ASK%20%7B%7D HTTP/1.1\r\nHost:") == b""  # half a head: closed
        body = raw(url, b"POST /sparql HTTP/1.1\r\nContent-Type: application/sparql-query\r\n"
                        b"Content-Length: 100\r\n\r\nASK {")  # half a body: 408
        assert body.startswith(b"HTTP/1.0 408") and b"did not arrive" in body
        assert time.monotonic() - started < 5
    finally:
        server.idle_timeout = 10.0
    assert "Traceback" not in capfd.readouterr().err


def test_a_burst_of_connections_waits_in_the_backlog_instead_of_being_dropped(built):
    """200 clients connect before the server accepts any: the backlog must hold them all."""
    server = make_server(built, port=0, workers=1)
    clients = []
    try:
        for _ in range(200):
            clients.append(socket.create_connection(("127.0.0.1", server.server_port), timeout=0.5))
            clients[-1].sendall(b"GET /sparql?query=ASK%20%7B%7D HTTP/1.0\r\n\r\n")
        threading.Thread(target=server.serve_forever, daemon=True).start()
        for client in clients:
            client.settimeout(30)
            assert client.recv(12) == b"HTTP/1.0 200"
    finally:
        for client in clients:
            client.close()
        stop(server)


COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


def _rebuilt(graph, extra: int) -> None:
    """The graph replaced as a build replaces it (a new file renamed into place), `extra` triples longer."""
    fresh = graph.with_name(".rebuilt.tmp")
    fresh.write_bytes(graph.read_bytes() + b"".join(
        b'<https://ex.org/s> <https://ex.org/p> "%d" .\n' % n for n in range(extra)))
    fresh.replace(graph)


def test_a_graph_rebuilt_while_served_is_answered_from_one_version_then_the_next(built, tmp_path):
    """Old answers never come back once a new one was given, even after a worker was replaced meanwhile."""
    graph = tmp_path / "served.trig"
    shutil.copy(built, graph)
    server, url = start(graph, timeout=1.0, workers=2)
    answers: list[tuple[str, int]] = []
    try:
        with httpx.Client(base_url=url, timeout=30) as client:
            def ask() -> None:
                response = client.get("/sparql", params={"query": COUNT})
                answers.append((response.headers["ETag"], int(response.json()["results"]["bindings"][0]["n"]["value"])))

            ask()
            _rebuilt(graph, extra=3)
            assert client.get("/sparql", params={"query": ENDLESS}).status_code == 503  # a worker is replaced
            deadline = time.monotonic() + 30
            while answers[-1][1] == answers[0][1] and time.monotonic() < deadline:
                ask()
            for _ in range(20):
                ask()
    finally:
        stop(server)
    counts = [n for _, n in answers]
    assert counts[-1] == counts[0] + 3
    switched = counts.index(counts[-1])
    assert counts[:switched] == [counts[0]] * switched and counts[switched:] == [counts[-1]] * (len(counts) - switched)
    assert {tag for tag, n in answers if n == counts[0]}.isdisjoint({tag for tag, n in answers if n == counts[-1]})


def test_a_worker_killed_from_outside_gives_one_503_and_is_replaced(built):
    server, url = start(built, workers=1)
    try:
        (pid,) = server.endpoint.pool.pids()
        os.kill(pid, signal.SIGKILL)
        time.sleep(0.2)
        first = httpx.get(url + "/sparql", params={"query": "ASK { ?s a cg:Source }"}, timeout=30)
        assert first.status_code == 503 and "ended" in first.text
        after = httpx.get(url + "/sparql", params={"query": "ASK { ?s a cg:Source }"}, timeout=30)
        assert after.json()["boolean"] is True and server.endpoint.pool.pids() != [pid]
    finally:
        stop(server)


def test_each_format_of_an_answer_has_its_own_etag_and_says_it_varies_by_accept(endpoint):
    _, url = endpoint
    ask = {"query": "SELECT ?s WHERE { ?s a cg:Source }"}
    tags = {}
    for media in ("application/sparql-results+json", "application/sparql-results+xml", "text/csv"):
        first, again = (httpx.get(url + "/sparql", params=ask, headers={"Accept": media}, timeout=30)
                        for _ in range(2))
        assert first.headers["Vary"] == "Accept" and first.headers["ETag"] == again.headers["ETag"]
        tags[media] = first.headers["ETag"]
    assert len(set(tags.values())) == 3, tags


def failing_job(store, *args):
    """A job whose own code fails (not the query): the worker that ran it is sound."""
    raise ValueError("a bug in the job")


def test_a_job_that_fails_is_a_500_and_its_worker_answers_the_next_one(built):
    async def scenario(pool):
        with pytest.raises(ProtocolError) as failed:
            await pool.run(failing_job, ())
        (status, _, body), _ = await pool.run(answer, (Query("ASK { ?s a cg:Source }"), None, 10**6))
        return failed.value, status, body

    pool = Pool(built, size=1, timeout=30)
    pool.start()
    try:
        workers = pool.pids()
        error, status, body = asyncio.run(scenario(pool))
        assert error.status == 500 and "ValueError: a bug in the job" in error.message
        assert status == 200 and b"true" in body and pool.pids() == workers  # the same process, not replaced
    finally:
        pool.stop()


@pytest.fixture
def slow(tmp_path) -> Path:
    """A graph that takes about a second to open (100,000 quads)."""
    graph = tmp_path / "slow.nq"
    graph.write_text("".join(f'<https://ex.org/s{n}> <https://ex.org/p> "{n}" .\n' for n in range(100_000)))
    return graph


def children() -> set[int]:
    """The worker processes of this process that are running."""
    return {child.pid for child in multiprocessing.active_children()}


def test_stopping_the_pool_while_a_replacement_worker_opens_the_graph_ends_that_process_too(slow):
    """A query overruns, its worker is killed and a replacement starts opening the graph; the
    pool is stopped meanwhile. No worker process may outlive `stop`."""
    async def scenario(pool):
        first = set(pool.pids()) | others
        with pytest.raises(ProtocolError) as overran:
            await pool.run(answer, (Query(ENDLESS), None, 10**6))
        assert overran.value.status == 503
        while not children() - first:
            await asyncio.sleep(0.01)  # the replacement's process runs; it is opening the graph

    others = children()  # other tests' servers
    pool = Pool(slow, size=1, timeout=0.5)
    pool.start()
    asyncio.run(scenario(pool))
    pool.stop()
    assert children() <= others
    time.sleep(2)  # long enough for the replacement to have opened the graph, had it been left running
    assert children() <= others


def test_a_server_stopped_while_its_network_page_worker_opens_the_graph_leaves_no_process(slow):
    others = children()
    server, _ = start(slow, workers=1)
    while not children() - others - set(server.endpoint.pool.pids()):
        time.sleep(0.01)  # the network page's worker runs: it opens the graph
    stop(server)
    assert children() <= others
    time.sleep(2)
    assert children() <= others


def _as_from_a_terminal() -> None:
    """A shell starts a command with Ctrl-C's default action and no signal blocked, whatever the test process
    runs with: pytest started as a background job of a shell without job control (`cmd &` in a script, a CI
    step) has SIGINT ignored, and the server would inherit that and never see Ctrl-C."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.pthread_sigmask(signal.SIG_SETMASK, [])


def test_serve_logs_its_url_one_line_per_error_and_no_traceback_when_stopped_with_ctrl_c(built):
    """Ctrl-C reaches the whole process group, the query workers too: they leave the stopping to the server."""
    process = subprocess.Popen([sys.executable, "-m", "claimgraph", "serve", str(built), "--port", "0", "--timeout", "0.5"],
                               stderr=subprocess.PIPE, text=True, start_new_session=True, preexec_fn=_as_from_a_terminal)
    try:
        started = process.stderr.readline()
        url = started.split(" at ")[1].split("/ ")[0]
        assert httpx.get(url + "/sparql", params={"query": ENDLESS}, timeout=30).status_code == 503
        assert httpx.get(url + "/sparql", params={"query": "ASK {"}, timeout=30).status_code == 400  # the client's error
        assert httpx.get(url + "/sparql", params={"query": "ASK { ?s a cg:Source }"}, timeout=30).json()["boolean"]
        time.sleep(1.5)  # every worker process idle, as when someone presses Ctrl-C
        os.killpg(process.pid, signal.SIGINT)
        assert process.wait(timeout=30) == 0
    finally:
        process.kill()
    lines = [started.rstrip("\n"), *process.stderr.read().splitlines()]
    assert lines[0].startswith(f"serving {built} at http://127.0.0.1:") and "Ctrl-C stops" in lines[0]
    assert re.fullmatch(r"127\.0\.0\.1:\d+: 503 the query ran longer than 0.5 s and was stopped; .*", lines[1]), lines
    assert lines[2:] == ["stopped"]
    deadline = time.monotonic() + 1.5  # the workers may take a moment to end after the server
    while group_runs(process.pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    with pytest.raises(ProcessLookupError):  # no worker is left in the group
        os.killpg(process.pid, 0)


def group_runs(pgid: int) -> bool:
    """Whether a process of the group `pgid` is still running."""
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    return True


def test_a_request_whose_answer_fails_unexpectedly_gets_a_500_and_one_line_in_the_log(built, capfd):
    lines = []
    server = make_server(built, port=0, workers=1, log=lines.append)
    threading.Thread(target=server.serve_forever, daemon=True).start()

    def broken(query, accept):
        raise RuntimeError("a bug in the endpoint")

    server.endpoint.answer = broken
    try:
        response = httpx.get(f"http://127.0.0.1:{server.server_port}/sparql", params={"query": "ASK {}"}, timeout=30)
    finally:
        stop(server)
    assert response.status_code == 500 and response.text == "the server failed: RuntimeError: a bug in the endpoint\n"
    (line,) = lines
    assert re.fullmatch(r"127\.0\.0\.1:\d+: 500 the server failed: RuntimeError: a bug in the endpoint", line)
    assert capfd.readouterr().err == ""


def test_a_worker_handed_over_in_the_step_its_wait_times_out_is_used_not_lost(monkeypatch):
    """Python >= 3.12 can end `wait_for` by its timeout although the future got its result in the same step."""
    worker = SimpleNamespace(version=None)

    async def handed_as_it_times_out(turn, timeout):
        turn.set_result(worker)
        raise asyncio.TimeoutError

    pool = Pool(Path("unused.trig"), size=1, timeout=0.01)
    monkeypatch.setattr(pool_module.asyncio, "wait_for", handed_as_it_times_out)
    assert asyncio.run(pool._take()) is worker


def test_a_rebuild_that_cannot_be_opened_is_tried_once_while_the_old_graph_answers(built, tmp_path):
    graph = tmp_path / "served.trig"
    shutil.copy(built, graph)
    server, url = start(graph, workers=1)
    pool, starts = server.endpoint.pool, []
    opened = pool._started

    async def counted():
        starts.append(time.monotonic())
        return await opened()

    pool._started = counted
    try:
        broken = graph.with_name(".broken.tmp")
        broken.write_bytes(b"this is no TriG {")
        broken.replace(graph)
        for _ in range(5):
            response = httpx.get(url + "/sparql", params={"query": "ASK { ?s a cg:Source }"}, timeout=30)
            assert response.status_code == 200 and response.json()["boolean"] is True
            time.sleep(0.3)  # the attempt to open the new graph runs in the background
    finally:
        stop(server)
    assert len(starts) == 1, "each request started another set of workers on the broken graph"


BIG = "SELECT * WHERE { ?s ?p ?o . ?a ?b ?c } LIMIT 30000"  # about 5 MB as CSV: more than the socket buffers hold


def test_a_client_reading_slowly_gets_its_whole_answer_and_one_that_stops_is_let_go(built):
    """The idle time holds while an answer is sent too, counted from the last byte the client read."""
    lines = []
    server = make_server(built, port=0, workers=1, log=lines.append)
    server.idle_timeout = 0.5
    threading.Thread(target=server.serve_forever, daemon=True).start()
    request = f"GET /sparql?query={quote(BIG)} HTTP/1.0\r\nAccept: text/csv\r\n\r\n".encode()

    def client(pause: float) -> tuple[int, int, int]:
        """The answer's declared length, the body bytes read, and the client's port; `pause` s before reading."""
        with socket.socket() as connection:
            connection.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 65_536)
            connection.settimeout(30)
            connection.connect(("127.0.0.1", server.server_port))
            connection.sendall(request)
            time.sleep(pause)
            answer = b""
            with contextlib.suppress(ConnectionResetError):
                while chunk := connection.recv(65_536):
                    answer += chunk
                    time.sleep(0.01)  # about 6 MB/s: the whole answer takes several idle times
            head, _, body = answer.partition(b"\r\n\r\n")
            return int(re.search(rb"Content-Length: (\d+)", head)[1]), len(body), connection.getsockname()[1]

    try:
        started = time.monotonic()
        declared, read, _ = client(pause=0)
        assert declared == read > 4_000_000 and time.monotonic() - started > 2 * server.idle_timeout
        assert lines == []
        declared, read, port = client(pause=2.0)
        assert read < declared
        assert lines == [f"127.0.0.1:{port}: connection ended: the client read nothing of its answer for 0.5 s"]
    finally:
        stop(server)
