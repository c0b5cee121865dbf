"""Views of a built graph for people and for other tools: a networkx graph and a page.

    G = claimgraph.to_networkx("graphs/karabakh-2020/karabakh-2020.trig")
    claimgraph.viz.write_page("graphs/karabakh-2020/karabakh-2020.trig", Path("out.html"))
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from ..rdf.trig import atomic_write_bytes
from .network import to_networkx
from .page import LAYOUT_THRESHOLD, needs_layout, relations, render

__all__ = ["LAYOUT_THRESHOLD", "PageSummary", "to_networkx", "write_page"]


@dataclass
class PageSummary:
    """What a page shows: counts for people and tests, the output path for scripts."""

    output: Path
    nodes: int
    edges: int
    physics: bool


def write_page(dataset: ox.Store | str | Path, output: Path, sources=None, title: str | None = None) -> PageSummary:
    """Write the interactive page of a graph (file path or store) to `output`, atomically."""
    graph = to_networkx(dataset, sources)
    if title is None:
        title = f"claimgraph: {Path(dataset).stem}" if not isinstance(dataset, ox.Store) else "claimgraph"
    html = render(graph, title)
    atomic_write_bytes(Path(output), html.encode("utf-8"))
    return PageSummary(Path(output), graph.number_of_nodes(), len(relations(graph)),
                       physics=not needs_layout(graph))
