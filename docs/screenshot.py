"""Write docs/karabakh-2020.png, the README's picture of the bundled page.

    python docs/screenshot.py [PAGE.html] [OUT.png]

Opens the committed page in headless Chromium (Debian's /usr/bin/chromium) with the
network blocked, selects the 2020 ceasefire agreement so the claims panel is filled, and
takes a screenshot.
"""

from __future__ import annotations

import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[1]
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run", "--disable-sync"]
FOCUS = "https://w3id.org/claimgraph/id/2020-nagorno-karabakh-ceasefire-agreement"


def main(page_path: Path, out: Path) -> None:
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        page = browser.new_page(viewport={"width": 1500, "height": 900}, device_scale_factor=1)
        page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort())
        page.goto(page_path.resolve().as_uri())
        page.wait_for_function("() => window.claimgraph && window.claimgraph.ready", timeout=60_000)
        page.evaluate("(id) => { claimgraph.network.selectNodes([id]); claimgraph.showNode(id); }", FOCUS)
        page.screenshot(path=str(out))
        browser.close()


if __name__ == "__main__":
    args = sys.argv[1:]
    main(Path(args[0]) if args else ROOT / "graphs" / "karabakh-2020" / "karabakh-2020.html",
         Path(args[1]) if len(args) > 1 else ROOT / "docs" / "karabakh-2020.png")
