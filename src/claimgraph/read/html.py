"""HTML to its main text, leaving navigation, scripts and styles behind.

trafilatura is made for this job (main-content extraction); its output is the text the
offsets point into, so no markup or entity ever reaches a quote.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import SourceError
from .decode import decode


def html_to_text(data: bytes, path: Path, encoding: str | None = None) -> str:
    import trafilatura

    markup = decode(data, path, encoding)
    text = trafilatura.extract(markup, include_comments=False, include_tables=True,
                               favor_recall=True, deduplicate=False)
    if not text:
        raise SourceError(path, "no main text found in the HTML")
    return text
