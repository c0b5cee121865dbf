"""Write the README's pictures of the bundled graph's page: overview, focus, a disputed claim.

    python docs/screenshot.py [GRAPH.trig] [OUT_FOLDER]

Writes the page of the graph (default: graphs/karabakh-2020/karabakh-2020.trig, with its
source texts from the corpus folder) to a temporary file, opens it in headless Chromium
(Debian's /usr/bin/chromium) with the network blocked, and saves into OUT_FOLDER
(default: docs/):

  karabakh-2020-overview.png  the page as it opens
  karabakh-2020-focus.png     the war the sources tell, focused: its neighbourhood, the rest dimmed
  karabakh-2020-disputed.png  a contradicted claim with its holder, its sentence and the other side
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from claimgraph.viz import write_page

ROOT = Path(__file__).resolve().parents[1]
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run", "--disable-sync"]
FOCUS = "second-nagorno-karabakh-war"
DISPUTED = """() => claimgraph.data.claims.map((c, k) => claimgraph.claimAt(k))
  .find(c => c.others.length && c.holders.length && claimgraph.data.kinds[c.kind][0] === 'Contradicts')
  || claimgraph.data.claims.map((c, k) => claimgraph.claimAt(k)).find(c => c.others.length)"""


def main(graph: Path, out: Path) -> None:
    page_path = write_page(graph, Path(tempfile.mkdtemp()) / "page.html", title=f"claimgraph: {graph.stem}").output
    stem = graph.stem
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        page = browser.new_page(viewport={"width": 1500, "height": 900}, device_scale_factor=1)
        page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort())
        page.goto(page_path.as_uri())
        page.wait_for_function("() => window.claimgraph && window.claimgraph.ready", timeout=60_000)
        page.screenshot(path=str(out / f"{stem}-overview.png"))
        page.evaluate("(slug) => claimgraph.goTo(claimgraph.indexOf(slug))", FOCUS)
        page.screenshot(path=str(out / f"{stem}-focus.png"))
        claim = page.evaluate(DISPUTED)
        page.evaluate("(i) => claimgraph.goTo(i)", claim["subject"])
        item = page.locator("#panel .claim-group > ol > li.claim", has=page.locator(":scope > .other-side")).first
        item.locator(":scope > .other-side > summary").click()
        item.scroll_into_view_if_needed()
        page.evaluate("(e) => e.scrollIntoView({block: 'start'})", item.element_handle())
        page.screenshot(path=str(out / f"{stem}-disputed.png"))
        browser.close()
    print(f"wrote {stem}-overview.png, {stem}-focus.png, {stem}-disputed.png in {out}")


if __name__ == "__main__":
    args = sys.argv[1:]
    main(Path(args[0]) if args else ROOT / "graphs" / "karabakh-2020" / "karabakh-2020.trig",
         Path(args[1]) if len(args) > 1 else ROOT / "docs")
