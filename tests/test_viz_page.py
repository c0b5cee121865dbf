"""The interactive page, driven in a real headless Chromium with the network blocked.

Needs Debian's chromium (installed by .ci/run; without it these tests skip) and the
playwright package; playwright's own browser download is never used.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx
import pytest
from playwright.sync_api import sync_playwright

import claimgraph
from claimgraph.viz import page as viz_page, to_networkx, write_page

from .conftest import CHROMIUM, needs_chromium, rows

pytestmark = needs_chromium
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run", "--disable-sync"]
HOSTILE = "<img src=x onerror=alert(1)></script><script>alert(2)</script>"

ENTITIES = """SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE {
  { GRAPH ?c { ?e ?p ?o } } UNION { GRAPH ?c { ?s ?p ?e } FILTER(STRSTARTS(STR(?e), STR(id:))) } }"""
RELATIONS = """SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE {
  GRAPH ?c { ?s ?p ?o } FILTER(STRSTARTS(STR(?o), STR(id:))) } }"""


@dataclass
class Opened:
    """A page opened in the browser, with what it tried to fetch and what it logged."""

    page: object
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def js(self, expression: str, arg=None):
        return self.page.evaluate(expression, arg)


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def open_page(browser):
    contexts = []

    def opener(path: Path) -> Opened:
        context = browser.new_context(viewport={"width": 1400, "height": 900})
        contexts.append(context)
        opened = Opened(context.new_page())
        context.route("**/*", lambda route: _only_files(route, opened.requests))
        opened.page.on("console", lambda m: m.type == "error" and opened.errors.append(m.text))
        opened.page.on("pageerror", lambda exc: opened.errors.append(str(exc)))
        opened.page.on("dialog", lambda d: (opened.dialogs.append(d.message), d.dismiss()))
        opened.page.goto(path.as_uri())
        opened.page.wait_for_function("() => window.claimgraph && window.claimgraph.ready", timeout=60_000)
        return opened

    yield opener
    for context in contexts:
        context.close()


def _only_files(route, attempted: list[str]) -> None:
    if route.request.url.startswith("file:"):
        route.continue_()
    else:
        attempted.append(route.request.url)
        route.abort()


@pytest.fixture(scope="module")
def bundled_page(built, tmp_path_factory) -> Path:
    return write_page(built, tmp_path_factory.mktemp("page") / "karabakh-2020.html").output


def test_page_draws_every_entity_and_relation_offline_without_errors(open_page, bundled_page, store):
    opened = open_page(bundled_page)
    entities = int(rows(store, ENTITIES)[0]["n"])
    relations = int(rows(store, RELATIONS)[0]["n"])
    drawn = opened.js("""() => [claimgraph.nodes.length, claimgraph.edges.length,
                                Object.keys(claimgraph.network.getPositions()).length,
                                claimgraph.nodes.get({filter: n => !n.hidden}).length,
                                claimgraph.edges.get({filter: e => !e.hidden}).length]""")
    assert drawn == [entities, relations, entities, entities, relations]
    assert opened.requests == [] and opened.errors == []
    assert _painted_pixels(opened) > 10_000


def test_filtering_by_one_source_hides_the_other_sources_claims(open_page, bundled_page, built):
    opened = open_page(bundled_page)
    sources = sorted(to_networkx(built).graph["sources"])
    assert len(sources) == 2
    for mine, other in (sources, sources[::-1]):
        opened.page.select_option("#source-filter", mine)
        shown = opened.js("""() => [claimgraph.nodes.get({filter: n => !n.hidden}).map(n => n.sources),
                                    claimgraph.edges.get({filter: e => !e.hidden}).map(e => e.sources),
                                    claimgraph.edges.get({filter: e => e.hidden}).map(e => e.sources)]""")
        nodes, edges, hidden = shown
        only_mine = to_networkx(built, sources=[mine])
        assert len(nodes) == only_mine.number_of_nodes()
        assert len(edges) == len(viz_page.relations(only_mine))
        assert all(mine in s for s in nodes + edges)
        assert hidden and all(s == [other] for s in hidden)
        opened.page.click("#network", position={"x": 5, "y": 5})
        _click_first_edge(opened)
        panel_sources = opened.js("() => [...document.querySelectorAll('#panel .claim-source')].map(e => e.textContent)")
        assert panel_sources and set(panel_sources) == {mine}
    opened.page.select_option("#source-filter", "")
    assert opened.js("() => claimgraph.edges.get({filter: e => e.hidden}).length") == 0
    assert opened.errors == []


def test_filters_by_class_and_by_name(open_page, bundled_page):
    opened = open_page(bundled_page)
    opened.page.uncheck("#class-filter input[value=Event]")
    assert opened.js("() => claimgraph.nodes.get({filter: n => !n.hidden && n.cls === 'Event'}).length") == 0
    assert opened.js("() => claimgraph.nodes.get({filter: n => !n.hidden && n.cls === 'Actor'}).length") > 10
    opened.page.check("#class-filter input[value=Event]")
    opened.page.fill("#search", "Artsakh")
    shown = opened.js("() => claimgraph.nodes.get({filter: n => !n.hidden}).map(n => [n.label, n.names])")
    assert 0 < len(shown) < 40
    assert any("Artsakh" in label or any("Artsakh" in name for name in names) for label, names in shown)


def test_clicking_an_edge_shows_each_claims_quote_source_and_modality(open_page, bundled_page):
    opened = open_page(bundled_page)
    edge = _click_first_edge(opened)
    panel = opened.js("() => document.getElementById('panel').innerText")
    for claim in edge["claims"]:
        assert claim["exact"] in panel.replace("\n", " ") or claim["exact"] in panel
        assert claim["source"] in panel and claim["modality"] in panel


def test_clicking_a_node_lists_its_claims_and_hover_shows_a_tooltip(open_page, bundled_page):
    opened = open_page(bundled_page)
    node = opened.js("() => claimgraph.data.nodes.find(n => n.label === 'Azerbaijan')")
    x, y = _dom_point(opened, node["id"])
    opened.page.mouse.move(x, y)
    opened.page.wait_for_selector("div.vis-tooltip", state="visible")
    assert opened.js("() => document.querySelector('div.vis-tooltip').textContent") == node["title"]
    opened.page.mouse.click(x, y)
    assert opened.js("() => document.querySelector('#panel .panel-title').textContent") == "Azerbaijan"
    quotes = opened.js("() => [...document.querySelectorAll('#panel .quote')].map(q => q.textContent)")
    assert len(quotes) >= node["mentions"] and {c["exact"] for c in node["claims"]} <= set(quotes)


def test_a_hostile_label_and_quote_stay_text(open_page, built, tmp_path):
    graph = tmp_path / "hostile.trig"
    text = built.read_text(encoding="utf-8")
    assert 'rdfs:label "Armenia"@en' in text and 'oa:exact "Armenia"' in text
    text = text.replace('rdfs:label "Armenia"@en', f'rdfs:label "Armenia {HOSTILE}"@en')
    graph.write_text(text.replace('oa:exact "Armenia"', f'oa:exact "Armenia {HOSTILE}"'), encoding="utf-8")
    opened = open_page(write_page(graph, tmp_path / "hostile.html", title=HOSTILE).output)
    node = opened.js("() => claimgraph.data.nodes.find(n => n.label.startsWith('Armenia <'))")
    x, y = _dom_point(opened, node["id"])
    opened.page.mouse.move(x, y)
    opened.page.wait_for_selector("div.vis-tooltip", state="visible")
    opened.page.mouse.click(x, y)
    opened.page.fill("#search", HOSTILE)
    assert opened.js("() => document.querySelector('#panel .panel-title').textContent") == f"Armenia {HOSTILE}"
    assert f"Armenia {HOSTILE}" in opened.js("() => [...document.querySelectorAll('#panel .quote')].map(q => q.textContent)")
    assert HOSTILE in opened.js("() => document.querySelector('div.vis-tooltip').textContent")
    assert opened.js("() => document.getElementById('title').textContent") == HOSTILE
    assert opened.js("() => [document.images.length, document.scripts.length]") == [0, 3]
    assert opened.dialogs == [] and opened.errors == [] and opened.requests == []


def test_a_large_graph_opens_with_precomputed_positions_and_physics_off(open_page, tmp_path, monkeypatch):
    monkeypatch.setattr(viz_page, "LAYOUT_THRESHOLD", 60)  # the same path as 500+ nodes, faster
    graph = _synthetic(80)
    page = tmp_path / "large.html"
    page.write_text(viz_page.render(graph, "large"), encoding="utf-8")
    opened = open_page(page)
    state = opened.js("""() => [claimgraph.network.physics.options.enabled, claimgraph.nodes.length,
                                claimgraph.data.nodes.filter(n => {
                                  const p = claimgraph.network.getPositions([n.id])[n.id];
                                  return p.x === n.x && p.y === n.y; }).length]""")
    assert state == [False, graph.number_of_nodes(), graph.number_of_nodes()]
    assert opened.errors == []


def test_rendering_is_deterministic_and_leaves_the_graph_unchanged(built):
    graph = to_networkx(built)
    before = nx.to_dict_of_dicts(graph), dict(graph.nodes(data=True))
    assert viz_page.render(graph, "t") == viz_page.render(graph, "t")
    assert (nx.to_dict_of_dicts(graph), dict(graph.nodes(data=True))) == before


def test_the_committed_page_shows_the_committed_graph():
    """Regenerate with: claimgraph viz graphs/karabakh-2020/karabakh-2020.trig -o graphs/karabakh-2020/karabakh-2020.html"""
    corpus = Path(claimgraph.__file__).resolve().parents[2] / "graphs" / "karabakh-2020"
    expected = viz_page.render(to_networkx(corpus / "karabakh-2020.trig"), "claimgraph: karabakh-2020")
    assert (corpus / "karabakh-2020.html").read_text(encoding="utf-8") == expected


def _painted_pixels(opened: Opened) -> int:
    return opened.js("""() => { const c = document.querySelector('#network canvas');
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        let n = 0; for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++; return n; }""")


def _dom_point(opened: Opened, node_id: str) -> tuple[float, float]:
    """Page coordinates of a node's centre."""
    return tuple(opened.js("""(id) => { const net = claimgraph.network;
        const p = net.canvasToDOM(net.getPositions([id])[id]);
        const box = document.getElementById('network').getBoundingClientRect();
        return [box.left + p.x, box.top + p.y]; }""", node_id))


def _click_first_edge(opened: Opened) -> dict:
    """Click, with the mouse, the middle of the first visible edge that no node covers."""
    found = opened.js("""() => { const net = claimgraph.network;
        const box = document.getElementById('network').getBoundingClientRect();
        for (const e of claimgraph.edges.get({filter: e => !e.hidden})) {
          const pos = net.getPositions([e.from, e.to]);
          const mid = net.canvasToDOM({x: (pos[e.from].x + pos[e.to].x) / 2, y: (pos[e.from].y + pos[e.to].y) / 2});
          if (mid.x < 5 || mid.y < 5 || mid.x > box.width - 5 || mid.y > box.height - 5) continue;
          if (net.getNodeAt(mid) === undefined && net.getEdgeAt(mid) === e.id)
            return [e.id, box.left + mid.x, box.top + mid.y];
        } return null; }""")
    assert found, "no visible edge could be clicked"
    edge_id, x, y = found
    opened.page.mouse.click(x, y)
    assert opened.js("() => document.querySelector('#panel .panel-title').textContent").count("\u2192") == 2
    return opened.js("(id) => claimgraph.data.edges.find(e => e.id === id)", edge_id)


def _synthetic(n: int) -> nx.MultiDiGraph:
    """A graph shaped like `to_networkx` output: n entities, about two claims each."""
    graph = nx.MultiDiGraph(sources={"a": "Source A", "b": "Source B"})
    for i in range(n):
        graph.add_node(f"e{i}", label=f"entity {i}", types=[], classes=["Actor"], cls="Actor",
                       mentions=1 + i % 7, dates=[], claims=[])
    for i in range(1, n):
        for j, target in enumerate({i // 2, int(math.sqrt(i))}):
            claim = {"claim": f"c{i}-{j}", "source": "ab"[(i + j) % 2], "predicate": "hasActor",
                     "object": f"e{target}", "exact": f"entity {i} and entity {target}", "start": 0,
                     "end": 10, "modality": "Asserted", "disputed": False}
            graph.add_edge(f"e{i}", f"e{target}", key=claim["claim"], **claim)
    return graph
