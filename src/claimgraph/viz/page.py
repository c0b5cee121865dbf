"""The interactive page: a self-contained HTML file that works with no network at all.

The page is our own template (`page.html`) with vis-network, its CSS, our script (SCRIPTS,
joined into one function) and `panel.css` inlined (pyvis's template fetches Bootstrap from a CDN whatever
`cdn_resources` says; pyvis is used for its copy of vis-network). The graph travels as
one compact JSON block (`payload.py`: arrays and index tables, not one object per claim)
inside `<script type="application/json">`, with `<`, `>`, `&` escaped by `tojson`; the
page puts every text into the document with `textContent` only, never as HTML. The source
texts (a third of the page at 1,000 articles) come after the scripts, one block each
(`cg-text-<source index>`): the page draws before the parser has read them, and a panel
parses only the text it quotes (one 4 MB block took 40-100 ms to parse on a first click).

Positions are always computed here (`layout.py`), with physics off in the browser: the
page opens at once and no node covers another.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import jinja2
import networkx as nx
import pyoxigraph as ox
import pyvis
from markupsafe import Markup

from ..errors import GraphFileError
from ..rdf.trig import atomic_write_bytes
from .network import to_networkx
from .payload import payload, relations
from .texts import corpus_texts

VIS = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"
SCRIPTS = ("state.js", "draw.js", "panel.js")  # one script in three parts, run in this order in one scope


def render(graph: nx.MultiDiGraph, title: str, texts: dict[str, str] | None = None) -> str:
    """The page for a graph from `to_networkx`, as one HTML string (the graph is not changed).

    `texts` maps source ids to their text as stored (the one offsets count into); with
    it the page shows each quote in its sentence and the paragraph around it.
    """
    data = payload(graph, title, texts or {})
    data["options"] = vis_options()
    texts = [(index, _json(text)) for index, text in data.pop("texts").items()]
    return _template().render(data=_json(data), texts=texts, title=title, assets=_assets())


def _json(data: dict) -> Markup:
    """Compact JSON safe inside <script>: `<`, `>`, `&`, `'` escaped as jinja's tojson does
    (its own dumps puts a space after every comma: 1.5 MB more at 1,000 articles)."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for char, code in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e"), ("'", "\\u0027")):
        text = text.replace(char, code)
    return Markup(text)


def vis_options() -> dict:
    """vis-network options: it is the camera only (pan, zoom, pinch, click), with no nodes
    or edges of its own (the page draws them: draw.js), physics off, no selection, hover
    or keyboard handling (the page keeps its own focus and tooltips)."""
    return {
        "physics": {"enabled": False},
        "interaction": {"hover": False, "selectable": False, "dragNodes": False, "keyboard": {"enabled": False}},
        "layout": {"randomSeed": 7, "improvedLayout": False},
    }


def _assets() -> dict[str, str]:
    here = resources.files(__package__)
    assets = {
        "vis_js": (VIS / "vis-network.min.js").read_text(encoding="utf-8"),
        "vis_css": (VIS / "vis-network.css").read_text(encoding="utf-8"),
        "panel_js": "(function () {\n\"use strict\";\n"
                    + "".join(here.joinpath(name).read_text(encoding="utf-8") for name in SCRIPTS) + "})();\n",
        "panel_css": here.joinpath("panel.css").read_text(encoding="utf-8"),
    }
    for name, text in assets.items():
        if "</script" in text.lower() or "</style" in text.lower():
            raise ValueError(f"{name} cannot be inlined: it contains a closing tag")
    return assets


def _template() -> jinja2.Template:
    env = jinja2.Environment(loader=jinja2.PackageLoader(__package__, ""), autoescape=True,
                             keep_trailing_newline=True)
    return env.get_template("page.html")


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
