"""Every engine gives the same answers, and the Python API (`claimgraph.open`, `.query`) is stable.

The contract: each saved query, with the example parameters of its usage line, returns
identical rows from Oxigraph (pyoxigraph directly), rdflib's memory store and Oxigraph
behind rdflib's Dataset API (oxrdflib). Rows compare as sorted tuples of strings
(`conftest.comparable`).
"""

from __future__ import annotations

import importlib.util

import pyoxigraph as ox
import pytest
import rdflib

import claimgraph
from claimgraph.store import saved
from claimgraph.store.query import bind

from .conftest import comparable

ENGINES = ("oxigraph", "rdflib", "oxrdflib")
SAVED = saved.all_queries()
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")  # rdflib's own SPARQL internals




@pytest.fixture(scope="module")
def graphs(built):
    return {engine: claimgraph.open(built, engine) for engine in ENGINES}


@pytest.mark.parametrize("query", SAVED, ids=[q.name for q in SAVED])
def test_every_saved_query_gives_the_same_rows_on_every_engine(graphs, query):
    assert set(query.parameters) <= set(query.example_params), (
        f"{query.name}.rq: add a usage line with an example --param for each of {query.parameters}")
    text = bind(query.text, query.example_params, query.name)
    answers = {engine: comparable(claimgraph.query(graph, text), text) for engine, graph in graphs.items()}
    assert answers["oxigraph"], f"{query.name}: the example returns no rows, so it shows nothing"
    assert answers["rdflib"] == answers["oxigraph"]
    assert answers["oxrdflib"] == answers["oxigraph"]


def test_open_gives_each_engine_its_own_kind_of_graph(graphs):
    assert isinstance(graphs["oxigraph"], ox.Store)
    assert isinstance(graphs["rdflib"], rdflib.Dataset) and isinstance(graphs["oxrdflib"], rdflib.Dataset)
    assert graphs["oxrdflib"].store.__class__.__name__ == "OxigraphStore"
    assert graphs["rdflib"].store.__class__.__name__ == "Memory"


def test_the_default_graph_is_the_provenance_not_the_union(graphs):
    sparql = "SELECT ?e WHERE { ?e a cg:Event } LIMIT 1"  # typing claims live in claim graphs only
    assert all(claimgraph.query(graph, sparql) == [] for graph in graphs.values())


def test_query_returns_dicts_of_strings_with_none_where_unbound(built):
    rows = claimgraph.query(built, "SELECT ?s ?missing WHERE { ?s a cg:Source OPTIONAL { ?s <urn:x> ?missing } } "
                                   "ORDER BY ?s")
    assert rows[0] == {"s": "https://w3id.org/claimgraph/source/asker-ozpinar-2021", "missing": None}


def test_query_binds_parameters_as_values_not_sparql(built):
    sparql = "SELECT ?s WHERE { ?s dcterms:identifier $id }"
    assert claimgraph.query(built, sparql, {"id": "hovhannisyan-2024"}) == [
        {"s": "https://w3id.org/claimgraph/source/hovhannisyan-2024"}]
    assert claimgraph.query(built, sparql, {"id": '" } ?s ?p ?o { "'}) == []


def test_query_refuses_an_update_on_every_engine(graphs):
    for graph in graphs.values():
        with pytest.raises(claimgraph.QueryError, match="read-only"):
            claimgraph.query(graph, "INSERT DATA { <urn:a> <urn:b> <urn:c> }")


def test_query_as_a_dataframe(built):
    if importlib.util.find_spec("pandas") is None:
        with pytest.raises(ImportError, match="pip install pandas"):
            claimgraph.query(built, "SELECT ?s WHERE { ?s a cg:Source }", dataframe=True)
        return
    frame = claimgraph.query(built, "SELECT ?s ?t WHERE { ?s a cg:Source ; dcterms:title ?t }", dataframe=True)
    assert list(frame.columns) == ["s", "t"] and len(frame) == 2


def test_public_api_names_all_exist():
    for name in claimgraph.__all__:
        assert hasattr(claimgraph, name), name
    assert {"open", "query", "open_store", "open_dataset", "load_store", "push", "PushError", "Step"} <= set(claimgraph.__all__)
    assert callable(claimgraph.query) and callable(claimgraph.open)
