"""Shared fixtures: the bundled corpus, built once per session with the real pipeline."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import claimgraph
from claimgraph.read import manifest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "graphs" / "karabakh-2020"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def corpus() -> manifest.Manifest:
    return manifest.load(CORPUS / "sources.toml")


@pytest.fixture(scope="session")
def built(tmp_path_factory) -> Path:
    """The bundled corpus built into a fresh file (the committed one is not touched)."""
    out = tmp_path_factory.mktemp("built") / "karabakh-2020.trig"
    claimgraph.build_corpus(CORPUS, out)
    return out


@pytest.fixture(scope="session")
def store(built):
    return claimgraph.open_store(built)


@pytest.fixture
def corpus_copy(tmp_path) -> Path:
    """A writable copy of the bundled corpus folder, for tests that damage it."""
    target = tmp_path / "karabakh-2020"
    shutil.copytree(CORPUS / "sources", target / "sources")
    shutil.copy(CORPUS / "sources.toml", target / "sources.toml")
    return target


def rows(store, sparql: str) -> list[dict]:
    return claimgraph.select(store, sparql).rows
