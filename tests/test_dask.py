"""The Dask path: per-source extraction on a real two-worker cluster, the same bytes as a local build."""

from __future__ import annotations

import pytest

import claimgraph
from claimgraph.errors import SourceError

from .conftest import CORPUS

distributed = pytest.importorskip("dask.distributed")


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as local:
        yield local


def test_a_dask_build_gives_the_same_bytes_as_a_local_build(cluster, built, tmp_path):
    out = tmp_path / "dask.trig"
    summary = claimgraph.build_corpus(CORPUS, out, dask=cluster.scheduler_address)
    assert summary.sources == 2 and summary.claims > 250
    assert out.read_bytes() == built.read_bytes()


def test_a_bad_source_on_a_dask_worker_is_the_same_one_line_error(cluster, corpus_copy, tmp_path):
    (corpus_copy / "sources" / "hovhannisyan-2024.txt").write_bytes(b"")
    with pytest.raises(SourceError, match=r"hovhannisyan-2024\.txt: file is empty"):
        claimgraph.build_corpus(corpus_copy, tmp_path / "out.trig", dask=cluster.scheduler_address)
