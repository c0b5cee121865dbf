"""The page at `/`: a query box, the saved queries as examples, results as a table.

Everything is inline (no CDN), so it works offline. The saved queries travel as JSON in
a `<script type="application/json">` with `<` escaped, and every value is shown with
`textContent`, so no text from a query or a source is ever read as HTML.
"""

from __future__ import annotations

import html
import json
from pathlib import Path

from ..store import saved
from ..store.query import bind

TEMPLATE = Path(__file__).with_name("page.html")


def render(title: str) -> bytes:
    """The page for the graph called `title`, with each saved query and its example parameters bound."""
    examples = [{"name": q.name, "description": q.description, "text": bind(q.text, q.example_params, q.name)}
                for q in saved.all_queries() if set(q.parameters) <= set(q.example_params)]
    data = json.dumps(examples, ensure_ascii=False).replace("<", "\\u003c")
    page = TEMPLATE.read_text(encoding="utf-8")
    return page.replace("{{title}}", html.escape(title)).replace("{{examples}}", data).encode()
