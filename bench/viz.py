"""Benchmark: time to the first stable drawing of a large page in headless Chromium.

    python bench/viz.py [--nodes 3000] [--timeout 600]

Generates a synthetic graph shaped like `claimgraph.to_networkx` output (four classes,
two sources, about two relations per entity), writes it twice, with positions computed
beforehand and physics off (what `claimgraph viz` does above LAYOUT_THRESHOLD nodes) and
with physics in the browser (the baseline), and prints, for each, the time to write the
page and the time from navigation to the first drawing after the layout is stable.
Not a test: numbers depend on the machine.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

import networkx as nx
from playwright.sync_api import sync_playwright

from claimgraph.viz import page as viz_page

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run", "--disable-sync"]
CLASSES = ("Actor", "Place", "Agreement", "Event")


def synthetic(n: int, seed: int = 7) -> nx.MultiDiGraph:
    """n entities; each links to one earlier entity (a tree) and, half the time, to a random one."""
    rng = random.Random(seed)
    graph = nx.MultiDiGraph(sources={"a": "Source A", "b": "Source B"})
    for i in range(n):
        cls = CLASSES[i % 4]
        graph.add_node(f"e{i}", label=f"{cls.lower()} {i}", types=[cls], classes=[cls], cls=cls,
                       mentions=1 + rng.randrange(12), dates=[f"{2020 - i % 30}-0{1 + i % 9}"] if cls == "Event" else [],
                       claims=[])
    for i in range(1, n):
        targets = [rng.randrange(i)] + ([rng.randrange(n)] if rng.random() < 0.5 else [])
        for j, target in enumerate(targets):
            claim = {"claim": f"c{i}-{j}", "source": rng.choice("ab"), "predicate": "hasActor",
                     "object": f"e{target}", "exact": f"entity {i} with entity {target}", "start": 0, "end": 9,
                     "modality": "Denied" if rng.random() < 0.02 else "Asserted", "disputed": False}
            claim["disputed"] = claim["modality"] == "Denied"
            graph.add_edge(f"e{i}", f"e{target}", key=claim["claim"], **claim)
    return graph


def time_to_stable(browser, path: Path, timeout_s: float) -> float | None:
    """Seconds from navigation to the first drawing after the layout settled, None on timeout."""
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort())
    try:
        page.goto(path.as_uri())
        page.wait_for_function("() => window.claimgraph && window.claimgraph.ready", timeout=timeout_s * 1000)
        return page.evaluate("() => window.claimgraph.stableAt") / 1000
    except Exception:  # playwright's TimeoutError: the baseline may not settle in time
        return None
    finally:
        page.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--nodes", type=int, default=3000)
    parser.add_argument("--timeout", type=float, default=600, help="seconds to wait for physics to settle")
    args = parser.parse_args()
    graph = synthetic(args.nodes)
    print(f"synthetic graph: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} claims")
    folder = Path(tempfile.mkdtemp(prefix="claimgraph-bench-"))
    runs = {}
    for name, threshold in (("physics off, positions from networkx", viz_page.LAYOUT_THRESHOLD),
                            ("physics on (baseline)", args.nodes + 1)):
        viz_page.LAYOUT_THRESHOLD = threshold
        start = time.perf_counter()
        path = folder / f"{'off' if threshold < args.nodes else 'on'}.html"
        path.write_text(viz_page.render(graph, "bench"), encoding="utf-8")
        runs[name] = (path, time.perf_counter() - start)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        for name, (path, written) in runs.items():
            stable = time_to_stable(browser, path, args.timeout)
            shown = f"{stable:.1f} s" if stable is not None else f"not stable after {args.timeout:.0f} s"
            print(f"{name:38s} page written in {written:5.1f} s; first stable drawing {shown}")
        browser.close()


if __name__ == "__main__":
    main()
