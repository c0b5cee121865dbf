"""Benchmark: the network page of a realistic corpus, measured in headless Chromium.

    python bench/viz.py [--articles 1000] [--graph BUILT.trig] [--work DIR]

Generates a corpus shaped like real reporting (bench/corpus.py: stories told by several
outlets, entities by a Zipf law), builds it (or takes --graph, a graph already built in
its corpus folder), writes its page with `claimgraph.viz.write_page` and prints, against
the targets of issue #19:

  page size (<= 15 MB), first readable frame (<= 2 s: navigation to the first drawing
  with its labels), click / search keystroke / filter / zoom step (each <= 100 ms: the
  page's handler with a synchronous redraw, as recorded in `claimgraph.timings`, and the
  time to the next animation frame), drawn labels that overlap (0) and the smallest
  drawn label (>= 11 px) over a range of zoom levels, and nodes covering one another (0).

Not a test: numbers depend on the machine. Needs Debian's chromium (/usr/bin/chromium).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

import claimgraph
from claimgraph.viz import write_page

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus as generator  # noqa: E402

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run", "--disable-sync"]
ZOOMS = (0.03, 0.06, 0.12, 0.25, 0.5, 1, 2, 4)
OVERLAPS = """() => { const l = claimgraph.labels; let n = 0;
  for (let a = 0; a < l.length; a++) for (let b = a + 1; b < l.length; b++)
    if (l[a].x < l[b].x + l[b].w && l[b].x < l[a].x + l[a].w && l[a].y < l[b].y + l[b].h && l[b].y < l[a].y + l[a].h) n++;
  return [l.length, n, l.length ? Math.min(...l.map(x => x.px)) : null]; }"""
COVERED = """() => { const ids = claimgraph.nodes.getIds(), pos = claimgraph.network.getPositions(ids); let n = 0;
  for (let a = 0; a < ids.length; a++) for (let b = a + 1; b < ids.length; b++) {
    const p = pos[ids[a]], q = pos[ids[b]];
    if (Math.hypot(p.x - q.x, p.y - q.y) < claimgraph.items[ids[a]].r + claimgraph.items[ids[b]].r) n++; }
  return n; }"""
ZOOM_STEP = """(s) => { const net = claimgraph.network, t0 = performance.now();
  net.moveTo({scale: s, animation: false}); net.redraw(); return performance.now() - t0; }"""


def build(work: Path, articles: int) -> Path:
    folder = work / "corpus"
    words = generator.write(folder, articles)
    print(f"corpus: {articles} articles, {words:,} words, in {folder}")
    start = time.perf_counter()
    summary = claimgraph.build_corpus(folder, folder / "bench.trig")
    print(f"built in {time.perf_counter() - start:.0f} s: {summary}")
    return folder / "bench.trig"


def write(graph: Path, output: Path) -> Path:
    start = time.perf_counter()
    summary = write_page(graph, output, title="bench")
    print(f"page: {summary.nodes} entities, {summary.edges} relations, {summary.texts} source texts; "
          f"written in {time.perf_counter() - start:.0f} s")
    return output


def timings(page, name: str) -> str:
    found = page.evaluate("(n) => claimgraph.timings.filter(t => t.name === n)", name)
    if not found:
        return f"{name:16s} -"
    ms = [t["ms"] for t in found]
    frames = [t["frameMs"] for t in found if t["frameMs"] is not None]
    return (f"{name:16s} n={len(ms):2d}  handler median {statistics.median(ms):6.1f} ms, max {max(ms):6.1f} ms;"
            f"  to next frame median {statistics.median(frames) if frames else float('nan'):6.1f} ms,"
            f" max {max(frames) if frames else float('nan'):6.1f} ms")


def interact(page) -> None:
    """Clicks on the ten most important entities, a search typed key by key, filters, a group opened."""
    page.evaluate("() => claimgraph.timings.length = 0")
    hubs = page.evaluate("""() => claimgraph.items.filter(n => !n.isGroup && claimgraph.nodes.get(n.i))
        .sort((a, b) => b.importance - a.importance).slice(0, 10).map(n => n.i)""")
    for hub in hubs:
        page.evaluate("(i) => claimgraph.network.moveTo({position: {x: claimgraph.items[i].x, y: claimgraph.items[i].y}, scale: 0.6, animation: false})", hub)
        page.wait_for_timeout(150)  # the redraw of the move is not the click's
        box = page.locator("#network").bounding_box()
        page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        page.wait_for_timeout(50)
    page.click("#reset")
    page.click("#search")
    page.keyboard.type("karabakh", delay=60)
    page.fill("#search", "")
    page.keyboard.type("shelling started", delay=60)
    for selector in ("#class-filter input[value=Event]", "#kind-filter input >> nth=0", "#source-list input >> nth=0"):
        page.click(selector)
        page.wait_for_timeout(50)
        page.click(selector)
        page.wait_for_timeout(50)
    page.evaluate("() => claimgraph.setDates('2020-01', '2021-12')")
    page.evaluate("() => claimgraph.setDates(null, null)")
    group = page.evaluate("() => claimgraph.items.filter(n => n.isGroup).sort((a, b) => b.members.length - a.members.length)[0]")
    if group:
        page.evaluate("(g) => claimgraph.goTo(g)", group["i"])
        page.click("#panel button.action")
        page.wait_for_timeout(50)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--graph", type=Path, help="a graph built in its corpus folder (skips generating and building)")
    parser.add_argument("--page", type=Path, help="measure a page already written (skips writing it)")
    parser.add_argument("--work", type=Path, help="where to write the corpus and the page (default: a new temporary folder)")
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="claimgraph-viz-"))
    output = args.page or write(args.graph or build(work, args.articles), work / "page.html")
    print(f"page size {output.stat().st_size / 1e6:.1f} MB (target <= 15 MB)")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort())
        page.goto(output.resolve().as_uri())
        page.wait_for_function("() => window.claimgraph && window.claimgraph.ready", timeout=120_000)
        ready = page.evaluate("() => claimgraph.readyAt")
        shown = page.evaluate("() => [claimgraph.nodes.length, claimgraph.edges.length, claimgraph.labels.length]")
        print(f"first readable frame: {ready / 1000:.2f} s (target <= 2 s); overview: {shown[0]} nodes, "
              f"{shown[1]} links, {shown[2]} labels drawn")
        print(f"nodes covering another in the overview: {page.evaluate(COVERED)} (target 0)")
        steps, worst, smallest, drawn = [], 0, None, []
        for scale in ZOOMS:
            steps.append(page.evaluate(ZOOM_STEP, scale))
            count, overlapping, px = page.evaluate(OVERLAPS)
            worst, drawn = max(worst, overlapping), drawn + [count]
            smallest = px if smallest is None or (px is not None and px < smallest) else smallest
        print(f"zoom step (redraw with labels) over scales {ZOOMS}: median {statistics.median(steps):.1f} ms, "
              f"max {max(steps):.1f} ms (target <= 100 ms)")
        print(f"labels drawn per zoom level {drawn}; overlapping pairs at worst {worst} (target 0); "
              f"smallest drawn label {smallest} px (target >= 11)")
        interact(page)
        page.wait_for_timeout(200)
        for name in ("click", "search", "filter", "goto", "open"):
            print(timings(page, name))
        print(f"after opening the largest group: nodes covering another {page.evaluate(COVERED)}")
        browser.close()


if __name__ == "__main__":
    main()
