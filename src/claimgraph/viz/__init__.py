"""Views of a built graph for people and for other tools: a networkx graph and a page.

    G = claimgraph.to_networkx("graphs/karabakh-2020/karabakh-2020.trig")
    claimgraph.viz.write_page("graphs/karabakh-2020/karabakh-2020.trig", Path("out.html"))
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import networkx as nx
import pyoxigraph as ox

from ..errors import GraphFileError
from ..rdf.trig import atomic_write_bytes
from .network import to_networkx
from .page import render
from .payload import relations
from .texts import corpus_texts

__all__ = ["PageSummary", "page_html", "to_networkx", "write_page"]


@dataclass
class PageSummary:
    """What a page shows: counts for people and tests, the output path for scripts."""

    output: Path
    nodes: int
    edges: int
    texts: int


def write_page(dataset: ox.Store | str | Path, output: Path, sources=None, title: str | None = None,
               texts: dict[str, str] | None = None) -> PageSummary:
    """Write the interactive page of a graph (file path or store) to `output`, atomically.

    `texts` (source id -> text) lets the page show each quote in its sentence; by default
    they are read from the corpus folder beside a graph file (its `sources.toml`), each
    kept only if its SHA-256 is the one the graph records. An unknown source id, or a
    selection with no claims, is a GraphFileError and nothing is written.
    """
    html, graph, texts = page_html(dataset, sources, title, texts)
    atomic_write_bytes(Path(output), html.encode("utf-8"))
    return PageSummary(Path(output), graph.number_of_nodes(), len(relations(graph)), len(texts))


def page_html(dataset: ox.Store | str | Path, sources=None, title: str | None = None,
              texts: dict[str, str] | None = None, path: Path | None = None) -> tuple[str, nx.MultiDiGraph, dict]:
    """The page `write_page` writes, with the graph and the texts it shows.

    `path` names the graph file or folder an open store was read from (`claimgraph serve`
    holds the store): the page then has the title and texts it has when `dataset` is that path.
    """
    graph = to_networkx(dataset, sources)
    path = path or (None if isinstance(dataset, ox.Store) else Path(dataset))
    if graph.number_of_nodes() == 0:
        chosen = f"source {', '.join(sources)}" if sources else "graph"
        raise GraphFileError(str(path or "graph"), f"the {chosen} has no claims to draw")
    if title is None:
        title = f"claimgraph: {path.stem}" if path else "claimgraph"
    if texts is None:
        texts = corpus_texts(path, graph.graph["source_meta"]) if path else {}
    return render(graph, title, texts), graph, texts
