"""The interactive page, driven in a real headless Chromium with the network blocked.

Needs Debian's chromium (`apt-get install chromium`, as .ci/run does; without it these
tests skip and say so) and the playwright package (`pip install -e '.[test]'`);
playwright's own browser download is never used.
"""

from __future__ import annotations

import math
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import networkx as nx
import pytest

import claimgraph
from claimgraph.viz import page as viz_page, payload as viz_payload, to_networkx, write_page

from .conftest import CHROMIUM, CORPUS, needs_chromium, rows
from .test_serve import start, stop
from .test_serve_page import network_page

pytestmark = needs_chromium
sync_playwright = pytest.importorskip("playwright.sync_api", reason="pip install -e '.[test]'").sync_playwright

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run", "--disable-sync"]
HOSTILE = "<img src=x onerror=alert(1)></script><script>alert(2)</script>"
ID = "https://w3id.org/claimgraph/id/"

ENTITIES = """SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE {
  { GRAPH ?c { ?e ?p ?o } } UNION { GRAPH ?c { ?s ?p ?e } FILTER(STRSTARTS(STR(?e), STR(id:))) } }"""
RELATIONS = """SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE {
  GRAPH ?c { ?s ?p ?o } FILTER(STRSTARTS(STR(?o), STR(id:))) } }"""
SHOWN = "() => [claimgraph.nodes.getIds().sort((a, b) => a - b), claimgraph.edges.getIds().sort()]"


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

    def opener(path: Path | str, width: int = 1400, height: int = 900) -> Opened:
        """The page in a file, or at a URL (str): any other request is recorded and refused."""
        url = path if isinstance(path, str) else path.as_uri()
        context = browser.new_context(viewport={"width": width, "height": height})
        contexts.append(context)
        opened = Opened(context.new_page())
        context.route("**/*", lambda route: _only_page(route, url, opened.requests))
        opened.page.on("console", lambda m: m.type == "error" and opened.errors.append(m.text))
        opened.page.on("pageerror", lambda exc: opened.errors.append(str(exc)))
        opened.page.on("dialog", lambda d: (opened.dialogs.append(d.message), d.dismiss()))
        opened.page.goto(url)
        opened.page.wait_for_function("() => window.claimgraph && window.claimgraph.ready", timeout=60_000)
        return opened

    yield opener
    for context in contexts:
        context.close()


def _only_page(route, url: str, attempted: list[str]) -> None:
    if route.request.url.startswith("file:") or route.request.url == url:
        route.continue_()
    else:
        attempted.append(route.request.url)
        route.abort()


@pytest.fixture(scope="module")
def bundled_page(tmp_path_factory) -> Path:
    """The committed graph's page, written beside nothing: texts come from its corpus folder."""
    return write_page(CORPUS / "karabakh-2020.trig", tmp_path_factory.mktemp("page") / "karabakh-2020.html").output


@pytest.fixture(scope="module")
def large_page(tmp_path_factory) -> Path:
    page = tmp_path_factory.mktemp("large") / "large.html"
    page.write_text(viz_page.render(_synthetic(700), "large"), encoding="utf-8")
    return page


def test_page_draws_every_entity_and_relation_offline_without_errors(open_page, bundled_page):
    store = claimgraph.open_store(CORPUS / "karabakh-2020.trig")
    opened = open_page(bundled_page)
    nodes, edges = opened.js(SHOWN)
    assert len(nodes) == int(rows(store, ENTITIES)[0]["n"]) and len(edges) == int(rows(store, RELATIONS)[0]["n"])
    assert opened.js("() => claimgraph.nodes.getIds().every(i => claimgraph.nodeAt(claimgraph.items[i]) === i)")
    assert opened.requests == [] and opened.errors == []
    assert _painted_pixels(opened) > 10_000


def test_the_page_served_by_claimgraph_serve_draws_every_entity_offline(open_page):
    server, url = start(CORPUS / "karabakh-2020.trig")
    try:
        with httpx.Client(base_url=url, timeout=30) as client:
            assert network_page(client).status_code == 200
        opened = open_page(url + "/network")
        nodes, edges = opened.js(SHOWN)
        painted = _painted_pixels(opened)
    finally:
        stop(server)
    store = claimgraph.open_store(CORPUS / "karabakh-2020.trig")
    assert len(nodes) == int(rows(store, ENTITIES)[0]["n"]) and len(edges) == int(rows(store, RELATIONS)[0]["n"])
    assert opened.requests == [] and opened.errors == [] and painted > 10_000


def test_filtering_by_one_source_keeps_only_what_it_claims(open_page, bundled_page):
    opened = open_page(bundled_page)
    everything = opened.js(SHOWN)
    for index, sid in enumerate(sorted(to_networkx(CORPUS / "karabakh-2020.trig").graph["sources"])):
        opened.page.fill("#source-search", sid[:6])
        opened.page.check(f"#source-list input[value='{index}']")
        nodes, edges = opened.js(SHOWN)
        assert 0 < len(nodes) < len(everything[0]) and 0 < len(edges) < len(everything[1])
        assert opened.js("(s) => claimgraph.nodes.getIds().every(i => claimgraph.items[i].srcs.has(s))", index)
        opened.js("(i) => claimgraph.showNode(i)", nodes[0])
        shown = opened.js("() => [...document.querySelectorAll('#panel .claim-group > ol > li > .claim-head .claim-source')]"
                          ".map(e => e.textContent)")
        assert shown and set(shown) == {sid}
        opened.page.click("#source-clear")
        assert opened.js(SHOWN) == everything
    assert opened.errors == []


def test_filters_by_class_verdict_and_dates(open_page, bundled_page):
    opened = open_page(bundled_page)
    opened.page.uncheck("#class-filter input[value=Event]")
    classes = opened.js("() => claimgraph.nodes.getIds().map(i => claimgraph.items[i].cls)")
    assert "Event" not in classes and classes.count("Actor") > 10
    opened.page.check("#class-filter input[value=Event]")
    kinds = opened.js("() => claimgraph.data.kinds.map(k => k[0])")
    assert {"Contradicts", "Corroborated", "NamedDifferently"} <= set(kinds)
    opened.js("() => claimgraph.setKinds(['Contradicts'])")
    contradicted = opened.js("""() => claimgraph.edges.getIds().map(id => claimgraph.edgesList.find(e => e.id === id))
        .map(e => e.claims.some(k => claimgraph.data.kinds[claimgraph.data.claims[k][4]][0] === 'Contradicts'))""")
    assert contradicted and all(contradicted)
    opened.js("() => claimgraph.setKinds(claimgraph.data.kinds.map(k => k[0]))")
    dated = opened.js("() => claimgraph.items.filter(n => n.dates.length).map(n => [n.i, n.dates])")
    opened.js("() => claimgraph.setDates('2020-01', '2020-12')")
    shown = set(opened.js("() => claimgraph.nodes.getIds()"))
    for i, dates in dated:
        assert (i in shown) == any("2020-01" <= d[:7] <= "2020-12" for d in dates)
    assert opened.errors == []


def test_search_ignores_accents_finds_aliases_and_quotes_and_zooms_to_the_result(open_page, bundled_page):
    opened = open_page(bundled_page)
    opened.page.fill("#search", "daglik karabag")
    first = opened.page.locator("#search-results li button").first
    assert first.text_content() == "Nagorno-Karabakh"
    scale = opened.js("() => claimgraph.network.getScale()")
    opened.page.press("#search", "Enter")
    focus = opened.js("() => claimgraph.state.focus")
    assert opened.js("(i) => claimgraph.items[i].slug", focus) == "nagorno-karabakh"
    x, y = _dom_point(opened, focus)
    box = opened.page.locator("#network").bounding_box()
    assert abs(x - box["x"] - box["width"] / 2) < 2 and abs(y - box["y"] - box["height"] / 2) < 2
    assert opened.js("() => claimgraph.network.getScale()") >= max(scale, 1.1) - 1e-9
    assert opened.page.locator("#panel .panel-title").text_content() == "Nagorno-Karabakh"
    opened.page.fill("#search", "JIHADIST")
    why = opened.js("() => [...document.querySelectorAll('#search-results .result-why')].map(e => e.textContent)")
    assert any("jihadist" in text for text in why)


def test_clicking_a_node_focuses_its_neighbourhood_and_back_reset_fit_return(open_page, bundled_page):
    opened = open_page(bundled_page)
    hub = opened.js("() => claimgraph.indexOf('azerbaijan')")
    x, y = _dom_point(opened, hub)
    opened.page.mouse.click(x, y)
    assert opened.js("() => claimgraph.state.focus") == hub
    near = set(opened.js("() => [...claimgraph.state.near]"))
    neighbours = {e["from"] if e["to"] == hub else e["to"] for e in opened.js("() => claimgraph.edgesList")
                  if hub in (e["from"], e["to"])}
    assert near == neighbours | {hub} and len(near) > 5
    assert opened.page.locator("#panel .panel-title").text_content() == "Azerbaijan"
    opened.page.click("#back")
    assert opened.js("() => claimgraph.state.focus") is None
    opened.page.mouse.click(x, y)
    opened.page.click("#reset")
    assert opened.js("() => [claimgraph.state.focus, claimgraph.state.near]") == [None, None]
    opened.page.click("#fit")
    inside = opened.js("""() => { const net = claimgraph.network, box = document.getElementById('network');
        return claimgraph.nodes.getIds().every(i => { const p = net.canvasToDOM(claimgraph.items[i]);
          return p.x >= 0 && p.y >= 0 && p.x <= box.clientWidth && p.y <= box.clientHeight; }); }""")
    assert inside and opened.errors == []


def test_clicking_a_link_lists_its_claims(open_page, bundled_page):
    opened = open_page(bundled_page)
    edge_id, x, y = _link_point(opened)
    opened.page.mouse.click(x, y)
    edge = opened.js("(id) => claimgraph.edgesList.find(e => e.id === id)", edge_id)
    title = opened.page.locator("#panel .panel-title").text_content()
    assert title.count("\u2192") == 2 and edge["predicate"] in title
    assert opened.page.locator("#panel .claim-group > ol > li.claim").count() == min(len(edge["claims"]), 8)


def test_hovering_a_link_says_who_says_what(open_page, bundled_page):
    opened = open_page(bundled_page)
    edge_id, x, y = _link_point(opened)
    opened.page.mouse.move(x, y)
    tip = opened.page.locator("#tooltip")
    tip.wait_for(state="visible")
    edge = opened.js("(id) => claimgraph.edgesList.find(e => e.id === id)", edge_id)
    first = opened.js("(k) => claimgraph.claimAt(k)", edge["claims"][0])
    source = opened.js("(s) => claimgraph.data.sources[s][0]", first["source"])
    lines = opened.js("() => [...document.querySelectorAll('#tooltip > div')].map(d => d.textContent)")
    assert edge["predicate"] in lines[0] and lines[0].count("\u2192") == 2
    assert any(line.startswith(source) and first["quotes"][0]["exact"][:100] in line for line in lines[2:])
    opened.page.mouse.move(2, 2)
    tip.wait_for(state="hidden")


def test_links_are_drawn_on_their_layer_which_follows_a_zoom_and_then_redraws(open_page, bundled_page):
    opened = open_page(bundled_page)
    painted = _painted_pixels(opened, "#links")
    assert painted > 2_000
    opened.js("""() => { window.seenTransforms = [];
        new MutationObserver(() => window.seenTransforms.push(document.getElementById('links').style.transform))
          .observe(document.getElementById('links'), { attributes: true, attributeFilter: ['style'] }); }""")
    opened.page.click("#zoom-in")
    # recorded in the page: the layer may already have settled and redrawn by the time a slow machine asks
    opened.page.wait_for_function("() => window.seenTransforms.length > 0")
    assert opened.js("() => window.seenTransforms[0]").startswith("matrix(1.5")
    opened.page.wait_for_function("() => document.getElementById('links').style.transform === ''")
    assert _painted_pixels(opened, "#links") != painted
    opened.page.click("#fit")
    opened.page.wait_for_function("() => document.getElementById('links').style.transform === ''")
    opened.page.uncheck("#class-filter input[value=Event]")
    assert 0 < _painted_pixels(opened, "#links") < painted


def test_a_disputed_claim_shows_its_verdict_holder_the_other_side_and_its_sentence(open_page, bundled_page):
    opened = open_page(bundled_page)
    claim = opened.js("""() => claimgraph.data.claims.map((c, k) => claimgraph.claimAt(k))
        .find(c => c.holders.length && c.others.length && claimgraph.data.kinds[c.kind][0] === 'Alleged')""")
    assert claim, "the bundled graph has an alleged claim attributed to someone (Armenia's, of foreign fighters)"
    opened.js("(i) => claimgraph.showNode(i)", claim["subject"])
    mark = opened.page.locator(":scope > .quote mark").filter(has_text=re.compile(f"^{re.escape(claim['quotes'][0]['exact'])}$"))
    item = opened.page.locator("#panel .claim-group > ol > li.claim", has=opened.page.locator(":scope > .holder")).filter(
        has=mark).first
    assert "alleged" in item.locator(":scope > .claim-head .tag.kind").text_content()
    holder = opened.js("(h) => typeof h === 'number' ? claimgraph.items[h].label : h", claim["holders"][0])
    assert item.locator(":scope > .holder").first.text_content() == f"held by {holder}"
    item.locator(":scope > .other-side > summary").click()
    others = item.locator(":scope > .other-side > ol > li.claim")
    others.first.wait_for()
    assert others.count() == len(claim["others"])
    other_sources = {opened.js("(k) => claimgraph.data.sources[claimgraph.data.claims[k][0]][0]", k) for k in claim["others"]}
    assert {others.nth(i).locator(".claim-source").text_content() for i in range(others.count())} == other_sources
    quote = item.locator(":scope > .quote").first
    assert quote.locator("mark").text_content() == claim["quotes"][0]["exact"]
    sentence = quote.text_content()
    assert len(sentence) > len(claim["quotes"][0]["exact"]) and "\n\n" not in sentence
    quote.locator("button.more").click()
    assert len(quote.text_content()) >= len(sentence)
    item.locator(":scope > .claim-head .source-card > summary").click()
    card = item.locator(":scope > .claim-head .source-card")
    assert "Asker" in card.text_content() and card.locator("a").get_attribute("href").startswith("https://doi.org/")


def test_a_hostile_label_and_quote_stay_text(open_page, built, tmp_path):
    graph = tmp_path / "hostile.trig"
    text = built.read_text(encoding="utf-8")
    assert 'rdfs:label "Armenia"@en' in text and 'oa:exact "Armenia"' in text
    text = text.replace('rdfs:label "Armenia"@en', f'rdfs:label "Armenia {HOSTILE}"@en')
    graph.write_text(text.replace('oa:exact "Armenia"', f'oa:exact "Armenia {HOSTILE}"'), encoding="utf-8")
    opened = open_page(write_page(graph, tmp_path / "hostile.html", title=HOSTILE).output)
    node = opened.js("() => claimgraph.indexOf('armenia')")
    x, y = _dom_point(opened, node)
    opened.page.mouse.move(x, y)
    opened.page.wait_for_selector("#tooltip", state="visible")
    opened.page.mouse.click(x, y)
    assert opened.page.locator("#panel .panel-title").text_content() == f"Armenia {HOSTILE}"
    assert f"Armenia {HOSTILE}" in opened.js("() => [...document.querySelectorAll('#panel .quote')].map(q => q.textContent)")
    assert HOSTILE in opened.page.locator("#tooltip").text_content()
    opened.page.fill("#search", "onerror")
    assert f"Armenia {HOSTILE}" in opened.js("() => [...document.querySelectorAll('#search-results button')].map(b => b.textContent)")
    assert opened.page.locator("#title").text_content() == HOSTILE
    assert opened.js("() => [document.images.length, [...document.scripts].filter(s => s.type !== 'application/json').length]") == [0, 2]
    assert opened.dialogs == [] and opened.errors == [] and opened.requests == []


def test_a_large_graph_shows_groups_until_opened_with_no_node_covering_another(open_page, large_page):
    opened = open_page(large_page)
    groups = opened.js("() => claimgraph.items.filter(n => n.isGroup).map(n => [n.i, n.members])")
    assert groups and all(len(members) > 1 for _, members in groups)
    shown = set(opened.js("() => claimgraph.nodes.getIds()"))
    assert {g for g, _ in groups} <= shown and not shown & {m for _, ms in groups for m in ms}
    assert _covered(opened) == 0
    group, members = groups[0]
    opened.js("(g) => claimgraph.goTo(g)", group)
    opened.page.click("#panel button.action")
    shown = set(opened.js("() => claimgraph.nodes.getIds()"))
    assert group not in shown and set(members) <= shown
    assert _covered(opened) == 0
    opened.page.click("#back")
    assert group in set(opened.js("() => claimgraph.nodes.getIds()"))
    assert opened.errors == []


def test_drawn_labels_never_overlap_and_are_at_least_11_px_at_every_zoom(open_page, large_page):
    opened = open_page(large_page)
    counts = []
    for scale in (0.05, 0.2, 0.5, 1, 2.5):
        opened.js("(s) => { claimgraph.network.moveTo({scale: s, animation: false}); claimgraph.network.redraw(); }", scale)
        labels = opened.js("() => claimgraph.labels")
        counts.append(len(labels))
        assert all(label["px"] >= 11 for label in labels)
        for i, a in enumerate(labels):
            for b in labels[i + 1:]:
                assert not (a["x"] < b["x"] + b["w"] and b["x"] < a["x"] + a["w"]
                            and a["y"] < b["y"] + b["h"] and b["y"] < a["y"] + a["h"]), (scale, a, b)
    assert counts[0] > 0 and max(counts) > counts[0]


def test_on_a_phone_the_graph_takes_the_screen_and_every_control_is_reachable(open_page, bundled_page):
    opened = open_page(bundled_page, width=390, height=844)
    box = opened.page.locator("#network").bounding_box()
    assert box["width"] * box["height"] >= 0.6 * 390 * 844
    opened.page.click("#open-controls")
    opened.page.wait_for_timeout(300)
    controls = opened.page.locator("#controls input, #controls button")
    assert controls.count() > 10
    for i in range(controls.count()):
        control = controls.nth(i)
        control.scroll_into_view_if_needed()
        assert _hit(opened, control), opened.js("(e) => e.outerHTML", control.element_handle())
    opened.page.click("#controls .drawer-close")
    opened.page.wait_for_timeout(300)
    for selector in ("#back", "#reset", "#fit", "#zoom-in", "#zoom-out", "#open-panel"):
        assert _hit(opened, opened.page.locator(selector))
    x, y = _dom_point(opened, opened.js("() => claimgraph.indexOf('azerbaijan')"))
    opened.page.mouse.click(x, y)
    opened.page.wait_for_timeout(300)
    assert opened.page.locator("#panel .panel-title").text_content() == "Azerbaijan"
    assert _hit(opened, opened.page.locator("#panel .drawer-close"))
    assert opened.errors == []


def test_rendering_is_deterministic_and_leaves_the_graph_unchanged(built):
    graph = to_networkx(built)
    before = nx.to_dict_of_dicts(graph), dict(graph.nodes(data=True))
    assert viz_page.render(graph, "t") == viz_page.render(graph, "t")
    assert (nx.to_dict_of_dicts(graph), dict(graph.nodes(data=True))) == before


def test_the_committed_page_shows_the_committed_graph(tmp_path):
    """Regenerate with: claimgraph viz graphs/karabakh-2020/karabakh-2020.trig -o graphs/karabakh-2020/karabakh-2020.html"""
    written = write_page(CORPUS / "karabakh-2020.trig", tmp_path / "page.html", title="claimgraph: karabakh-2020")
    assert (CORPUS / "karabakh-2020.html").read_bytes() == written.output.read_bytes()


def test_viz_refuses_an_unknown_source_or_an_empty_graph_and_writes_nothing(tmp_path):
    empty = tmp_path / "empty.trig"
    empty.write_text('<https://w3id.org/claimgraph/source/x> a <https://w3id.org/claimgraph/ontology#Source> ;\n'
                     '  <http://purl.org/dc/terms/identifier> "x" .\n', encoding="utf-8")
    for graph, extra, reason in ((CORPUS / "karabakh-2020.trig", ["--source", "nosuch"], "no source 'nosuch'"),
                                 (empty, [], "no claims to draw")):
        out = tmp_path / "page.html"
        done = subprocess.run([sys.executable, "-m", "claimgraph", "viz", str(graph), "-o", str(out), *extra],
                              capture_output=True, text=True)
        lines = done.stderr.strip().splitlines()
        assert done.returncode != 0 and len(lines) == 1 and lines[0].startswith("Error: ") and reason in lines[0]
        assert not out.exists()


def _covered(opened: Opened) -> int:
    """How many pairs of drawn nodes overlap, from the positions and sizes the browser holds."""
    return opened.js("""() => { const ids = claimgraph.nodes.getIds(), pos = claimgraph.items;
        let n = 0; for (let a = 0; a < ids.length; a++) for (let b = a + 1; b < ids.length; b++) {
          const p = pos[ids[a]], q = pos[ids[b]], r = p.r + q.r;
          if (Math.hypot(p.x - q.x, p.y - q.y) < r) n++; } return n; }""")


def _hit(opened: Opened, locator) -> bool:
    """Whether a click at the control's centre lands on it (it is on screen and nothing covers it)."""
    box = locator.bounding_box()
    if not box or box["width"] == 0:
        return False
    x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    if not (0 <= x <= 390 * 4 and 0 <= y <= opened.page.viewport_size["height"]):
        return False
    return opened.js("([x, y, e]) => { const hit = document.elementFromPoint(x, y); return hit === e || e.contains(hit) || hit.contains(e) && hit.tagName === 'LABEL'; }",
                     [x, y, locator.element_handle()])


def _link_point(opened: Opened) -> tuple[str, float, float]:
    """A link whose midpoint is in view, on no node and on no other link: its id and that point in the page."""
    return opened.js("""() => { const net = claimgraph.network, box = document.getElementById('network').getBoundingClientRect();
        for (const e of claimgraph.edgesList) {
          const a = claimgraph.items[e.from], b = claimgraph.items[e.to];
          const mid = net.canvasToDOM({x: (a.x + b.x) / 2, y: (a.y + b.y) / 2});
          if (mid.x < 60 || mid.y < 60 || mid.x > box.width - 5 || mid.y > box.height - 5) continue;
          const others = claimgraph.edgesList.filter(o => o !== e && Math.abs(((claimgraph.items[o.to].x - claimgraph.items[o.from].x) *
            (claimgraph.items[o.from].y - (a.y + b.y) / 2)) - ((claimgraph.items[o.from].x - (a.x + b.x) / 2) *
            (claimgraph.items[o.to].y - claimgraph.items[o.from].y))) < 1e-6);
          if (claimgraph.nodeAt(net.DOMtoCanvas(mid)) === null && !others.length) return [e.id, box.left + mid.x, box.top + mid.y];
        } return null; }""")


def _painted_pixels(opened: Opened, canvas: str = "#network .vis-network canvas") -> int:
    return opened.js("""(selector) => { const c = document.querySelector(selector);
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        let n = 0; for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++; return n; }""", canvas)


def _dom_point(opened: Opened, node: int) -> tuple[float, float]:
    """Page coordinates of a node's centre."""
    return tuple(opened.js("(i) => claimgraph.toDOM(i)", node))


def _synthetic(n: int) -> nx.MultiDiGraph:
    """A graph shaped like `to_networkx` output, past GROUP_ABOVE: actors and places with
    Zipf-like weights, and events each told by one source, linked to them."""
    assert n > viz_payload.GROUP_ABOVE
    graph = nx.MultiDiGraph(sources={s: f"Source {s}" for s in "abcd"},
                            source_meta={s: {"title": f"Source {s}", "creators": [], "date": "", "link": "", "publisher": ""}
                                         for s in "abcd"})
    for i in range(n):
        cls = "Event" if i % 3 else ("Actor" if i % 2 else "Place")
        graph.add_node(f"{ID}e{i}", label=f"{cls.lower()} number {i}", types=[cls], classes=[cls], cls=cls,
                       mentions=1 + (n // (i + 1)) % 50, dates=[f"{2019 + i % 4}-0{1 + i % 9}"] if cls == "Event" else [],
                       claims=[])
    for i in range(n):
        if i % 3:
            for j, target in enumerate({3 * int(math.sqrt(i)), 3 * (i // 7)}):
                claim = {"claim": f"c{i}-{j}", "source": "abcd"[i % 4], "predicate": "hasActor", "object": f"{ID}e{target}",
                         "exact": f"event {i} and entity {target}", "start": -1, "end": -1,
                         "evidence": [[f"event {i} and entity {target}", -1, -1]], "modality": "Asserted",
                         "holders": [], "verdicts": [], "comparisons": [], "disputed": False}
                graph.add_edge(f"{ID}e{i}", f"{ID}e{target}", key=claim["claim"], **claim)
    return graph
