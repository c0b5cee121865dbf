"""The interactive page: a self-contained HTML file that works with no network at all.

pyvis assembles the vis-network nodes and edges; the page itself is our own template
(`page.html`), because pyvis's template fetches Bootstrap from a CDN whatever
`cdn_resources` says. vis-network, its CSS, `panel.js` and `panel.css` are inlined.

Every text that comes from a source (labels, quotes, titles) travels as JSON inside a
`<script type="application/json">` block (`<`, `>`, `&` escaped by `tojson`), and the
page puts it into the document with `textContent` only, never as HTML. Tooltips are
plain strings, which vis-network 9 shows with `innerText`.

Graphs above LAYOUT_THRESHOLD nodes get positions from networkx beforehand and open
with physics off: DESIGN.md measured 475 s of physics for 5,000 nodes, 1-2 s without.
"""

from __future__ import annotations

import math
from collections import defaultdict
from importlib import resources
from pathlib import Path

import jinja2
import networkx as nx
import pyvis
from pyvis.network import Network

LAYOUT_THRESHOLD = 500

CLASS_STYLES = {
    "Actor": {"color": "#4e79a7", "shape": "dot"},
    "Place": {"color": "#59a14f", "shape": "square"},
    "Agreement": {"color": "#b07aa1", "shape": "diamond"},
    "Event": {"color": "#edc948", "shape": "triangle"},
    "Other": {"color": "#bab0ac", "shape": "dot"},
}
SOURCE_COLORS = ("#f28e2b", "#17becf", "#8c564b", "#e377c2", "#bcbd22", "#7f7f7f")
EDGE_STYLES = {
    "shared": {"color": "#3b3b3b", "width": 3, "dashes": False,
               "legend": "claimed by two or more sources"},
    "single": {"color": None, "width": 1.5, "dashes": False,
               "legend": "claimed by one source only (in that source's colour)"},
    "disputed": {"color": "#d62728", "width": 3, "dashes": [8, 5],
                 "legend": "disputed: denied, unconfirmed, or contradicted by another source"},
}
DISPUTED_RING = EDGE_STYLES["disputed"]["color"]
VIS = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"


def render(graph: nx.MultiDiGraph, title: str) -> str:
    """The page for a graph from `to_networkx`, as one HTML string (the graph is not changed)."""
    sources = {sid: {"title": name, "color": SOURCE_COLORS[i % len(SOURCE_COLORS)]}
               for i, (sid, name) in enumerate(sorted(graph.graph.get("sources", {}).items()))}
    positions = layout(graph) if needs_layout(graph) else {}
    net = Network(directed=True, cdn_resources="in_line")
    for node_id, data in graph.nodes(data=True):
        net.add_node(node_id, **node_options(node_id, data, graph, positions.get(node_id)))
    for edge in relations(graph):
        options = edge_options(edge, sources)
        net.add_edge(options.pop("from"), options.pop("to"), **options)
    payload = {
        "title": title, "nodes": net.nodes, "edges": net.edges, "sources": sources,
        "classes": CLASS_STYLES, "edgeStyles": EDGE_STYLES, "disputedRing": DISPUTED_RING,
        "options": vis_options(physics=not positions),
    }
    return _template().render(data=payload, title=title, assets=_assets())


def needs_layout(graph: nx.MultiDiGraph) -> bool:
    """Whether the graph is too large for in-browser physics: then positions come from here."""
    return graph.number_of_nodes() > LAYOUT_THRESHOLD


def relations(graph: nx.MultiDiGraph) -> list[dict]:
    """One drawn edge per (subject, predicate, object), with all the claims behind it."""
    grouped: dict[tuple[str, str, str], list[dict]] = defaultdict(list)
    for subject, obj, claim in graph.edges(data=True):
        grouped[(subject, claim["predicate"], obj)].append(claim)
    edges = []
    for (subject, predicate, obj), claims in sorted(grouped.items()):
        srcs = sorted({c["source"] for c in claims})
        disputed = any(c["disputed"] for c in claims)
        kind = "disputed" if disputed else "shared" if len(srcs) > 1 else "single"
        edges.append({"from": subject, "to": obj, "predicate": predicate, "sources": srcs,
                      "kind": kind, "claims": [_claim(c) for c in claims]})
    return edges


def node_options(node_id: str, data: dict, graph: nx.MultiDiGraph, xy: tuple[int, int] | None) -> dict:
    style = CLASS_STYLES[data["cls"]]
    srcs = sorted({c["source"] for c in data["claims"]}
                  | {d["source"] for *_, d in graph.in_edges(node_id, data=True)}
                  | {d["source"] for *_, d in graph.out_edges(node_id, data=True)})
    names = sorted({c["object"] for c in data["claims"] if c["predicate"] == "altLabel"})
    disputed = any(c["disputed"] for c in data["claims"])
    options = {
        "label": data["label"], "shape": style["shape"],
        "color": {"background": style["color"], "border": DISPUTED_RING if disputed else style["color"],
                  "highlight": {"background": style["color"], "border": "#26323f"},
                  "hover": {"background": style["color"], "border": "#26323f"}},
        "borderWidth": 4 if disputed else 1,
        "size": round(8 + 5 * math.sqrt(data["mentions"]), 1),
        "title": f"{data['label']} ({', '.join(data['types']) or data['cls']}): {data['mentions']} claims",
        "cls": data["cls"], "classes": data["classes"], "types": data["types"], "names": names,
        "mentions": data["mentions"], "dates": data["dates"], "sources": srcs,
        "claims": [_claim(c) for c in data["claims"]],
    }
    if xy:
        options.update(x=xy[0], y=xy[1])
    return options


def edge_options(edge: dict, sources: dict) -> dict:
    style = EDGE_STYLES[edge["kind"]]
    color = style["color"] or sources.get(edge["sources"][0], {}).get("color", "#7f7f7f")
    who = ", ".join(edge["sources"])
    return {
        **edge, "id": f"{edge['from']} {edge['predicate']} {edge['to']}", "label": edge["predicate"],
        "title": f"{edge['predicate']}: {len(edge['claims'])} claims ({who}){' - disputed' if edge['kind'] == 'disputed' else ''}",
        "color": color, "width": style["width"], "dashes": style["dashes"],
    }


def layout(graph: nx.MultiDiGraph) -> dict[str, tuple[int, int]]:
    """Positions for a large graph, computed once here so the browser needs no physics.

    Spring iterations are budgeted: networkx's sparse spring layout (scipy, from 500
    nodes) costs about 1 s per iteration at 3,000 nodes on a laptop core.
    """
    simple = nx.Graph(graph.to_undirected(as_view=True))
    n = max(simple.number_of_nodes(), 1)
    pos = nx.spring_layout(simple, k=2 / math.sqrt(n), iterations=min(50, max(10, 10_000 // n)),
                           seed=7, scale=40 * math.sqrt(n))
    return {node: (round(float(x)), round(float(y))) for node, (x, y) in pos.items()}


def vis_options(physics: bool) -> dict:
    return {
        "nodes": {"borderWidth": 1, "font": {"size": 15, "face": "system-ui, sans-serif",
                                             "strokeWidth": 4, "strokeColor": "#ffffff"}},
        "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.45}},
                  "font": {"size": 10, "color": "#666666", "strokeWidth": 3, "align": "middle"},
                  "smooth": {"type": "continuous"} if physics else False,
                  "selectionWidth": 2},
        "physics": {"enabled": physics, "solver": "forceAtlas2Based",
                    "forceAtlas2Based": {"gravitationalConstant": -90, "springLength": 130,
                                         "springConstant": 0.06, "avoidOverlap": 0.4},
                    "stabilization": {"enabled": physics, "iterations": 400, "updateInterval": 50}},
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": not physics},
        "layout": {"randomSeed": 7, "improvedLayout": physics},
    }


def _claim(claim: dict) -> dict:
    """What the side panel shows for a claim."""
    keys = ("claim", "source", "predicate", "object", "exact", "start", "end", "modality", "disputed")
    return {k: claim[k] for k in keys}


def _assets() -> dict[str, str]:
    here = resources.files(__package__)
    assets = {
        "vis_js": (VIS / "vis-network.min.js").read_text(encoding="utf-8"),
        "vis_css": (VIS / "vis-network.css").read_text(encoding="utf-8"),
        "panel_js": here.joinpath("panel.js").read_text(encoding="utf-8"),
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
