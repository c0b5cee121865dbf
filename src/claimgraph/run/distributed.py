"""Per-source extraction on a Dask cluster (the optional `dask` extra).

`run_dask` sends each source to the cluster at `address` ("local" starts a LocalCluster
on this machine) and yields the extractions in the order of the sources, keeping only a
window of them in flight, so the cluster never holds the whole corpus. Workers read the
sources themselves: they must see the corpus folder at the same absolute path (the
same machine, or a shared file system). The default recognisers are built once per
worker process; recognisers given as objects are sent to every worker once.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from ..errors import ClaimgraphError
from ..model import Extraction, SourceMeta
from ..recognise import Recogniser
from .parallel import Extract, Failure, guarded, unwrap, worker_recognisers

IN_FLIGHT_PER_THREAD = 8


class DaskError(ClaimgraphError):
    """The Dask extra is missing or the scheduler cannot be reached."""


def run_dask(extract: Extract, sources: Iterable[SourceMeta], base: Path,
             recognisers: Sequence[Recogniser] | None, address: str) -> Iterator[Extraction]:
    with _client(address) as client:
        shipped = client.scatter(list(recognisers), broadcast=True) if recognisers is not None else None
        window = IN_FLIGHT_PER_THREAD * max(1, sum(client.nthreads().values()))
        pending: deque = deque()
        for meta in sources:
            pending.append(client.submit(call_on_worker, extract, meta, base.resolve(), shipped, pure=False))
            if len(pending) >= window:
                yield unwrap(pending.popleft().result())
        while pending:
            yield unwrap(pending.popleft().result())


def call_on_worker(extract: Extract, meta: SourceMeta, base: Path,
                   recognisers: Sequence[Recogniser] | None) -> Extraction | Failure:
    return guarded(extract, meta, base, recognisers if recognisers is not None else worker_recognisers())


def _client(address: str):
    try:
        from dask.distributed import Client
    except ImportError:
        raise DaskError("--dask", "dask is not installed; pip install 'claimgraph[dask]'") from None
    try:
        if address == "local":
            return Client(processes=True, threads_per_worker=1)  # its own LocalCluster, closed with it
        return Client(address, timeout="10s")
    except OSError as exc:
        raise DaskError(address, f"cannot reach the Dask scheduler: {exc}") from None
